import { describe, expect, it } from 'vitest';
import { unsafeEntryName } from './zipArchive';

describe('unsafeEntryName', () => {
  it.each([
    ['../evil.shp', /climbs out/],
    ['a/../../evil.shp', /climbs out/],
    ['a\\..\\evil.shp', /climbs out/],
    ['/etc/passwd', /absolute/],
    ['C:/Windows/evil.dll', /absolute/],
    ['\\\\server\\share', /absolute/],
  ])('refuses %s', (name, why) => {
    expect(unsafeEntryName(name)).toMatch(why);
  });

  it.each(['plots.shp', 'участки/участки.dbf', 'a..b/c.kml', 'doc.kml'])('accepts %s', (name) => {
    expect(unsafeEntryName(name)).toBeNull();
  });
});
