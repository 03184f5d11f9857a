import { describe, expect, it } from 'vitest';
import { unsafeEntryName } from './zipArchive';

describe('unsafeEntryName', () => {
  it.each([
    ['../evil.shp', 'import.zip.climbsOut'],
    ['a/../../evil.shp', 'import.zip.climbsOut'],
    ['a\\..\\evil.shp', 'import.zip.climbsOut'],
    ['/etc/passwd', 'import.zip.absolutePath'],
    ['C:/Windows/evil.dll', 'import.zip.absolutePath'],
    ['\\\\server\\share', 'import.zip.absolutePath'],
  ])('refuses %s', (name, why) => {
    expect(unsafeEntryName(name)).toBe(why);
  });

  it.each(['plots.shp', 'участки/участки.dbf', 'a..b/c.kml', 'doc.kml'])('accepts %s', (name) => {
    expect(unsafeEntryName(name)).toBeNull();
  });
});
