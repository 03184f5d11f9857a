import { describe, expect, it } from 'vitest';
import { allowsNavigation, allowsPermission, APP_ORIGIN, isAppPage } from './contentsPolicy';

describe('contents policy', () => {
  it('lets a page move only within parkplan://app/', () => {
    expect(allowsNavigation(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(allowsNavigation(`${APP_ORIGIN}/index.html?lang=en#plots`)).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'parkplan://app.evil/index.html',
      'parkplan://other/index.html',
      'parkplan://user:pw@app/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'not a url',
      '',
    ]) {
      expect(allowsNavigation(url), url).toBe(false);
      expect(isAppPage(url), url).toBe(false);
    }
  });

  it('fails every permission check', () => {
    for (const permission of ['clipboard-read', 'geolocation', 'notifications', 'media', 'hid', 'serial', 'usb', 'openExternal', 'fileSystem']) {
      expect(allowsPermission(permission)).toBe(false);
    }
  });
});
