import { describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/contract/channels';
import { createWebBridge } from './bridge';

describe('createWebBridge', () => {
  it('turns a network failure into an internal failure instead of throwing', async () => {
    // Port 9 (discard) on loopback has no web server here: the connection is refused.
    const bridge = createWebBridge('http://127.0.0.1:9');
    const result = await bridge.invoke('project:summary', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).toContain('project:summary');
    }
  });

  it('refuses a channel outside the contract without a request', async () => {
    const bridge = createWebBridge('http://127.0.0.1:9');
    const result = await bridge.invoke('files:delete' as Channel, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel', message: 'Unknown channel: files:delete' } });
  });
});
