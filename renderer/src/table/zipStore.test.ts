import { describe, expect, it } from 'vitest';
import { crc32, zipStore } from './zipStore';
import { readStoredZip } from './zipReader.testSupport';

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('zipStore', () => {
  it('stores entries that read back byte for byte, names in UTF-8', () => {
    const encoder = new TextEncoder();
    const entries = [
      { name: 'a.txt', data: encoder.encode('hello') },
      { name: 'папка/участки.xml', data: encoder.encode('<Участок код="Р-1"/>') },
      { name: 'empty', data: new Uint8Array() },
    ];
    const read = readStoredZip(zipStore(entries));
    expect(read.map((entry) => entry.name)).toEqual(entries.map((entry) => entry.name));
    read.forEach((entry, i) => expect(entry.data).toEqual(entries[i]?.data));
  });
});
