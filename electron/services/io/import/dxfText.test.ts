import { describe, expect, it } from 'vitest';
import { decodeDxf, dxfUnicode } from './dxfText';

const cp1251 = (text: string): Uint8Array => Uint8Array.from(Array.from(text, (c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : 0xc0 + 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя'.indexOf(c))));

describe('decodeDxf', () => {
  it('reads a pre-2007 drawing in the code page $DWGCODEPAGE names', () => {
    const bytes = cp1251('0\nSECTION\n2\nHEADER\n9\n$ACADVER\n1\nAC1015\n9\n$DWGCODEPAGE\n3\nANSI_1251\n0\nENDSEC\n0\nLAYER\n8\nУчастки\n');
    const read = decodeDxf(bytes);
    expect([read.encoding, read.because]).toEqual(['windows-1251', '$DWGCODEPAGE ANSI_1251']);
    expect(read.text).toContain('Участки');
  });

  it('reads AutoCAD 2007 and later as UTF-8 whatever the code page says', () => {
    const bytes = new TextEncoder().encode('0\nSECTION\n2\nHEADER\n9\n$ACADVER\n1\nAC1032\n9\n$DWGCODEPAGE\n3\nANSI_1251\n0\nENDSEC\n8\nУчастки\n');
    const read = decodeDxf(bytes);
    expect(read.encoding).toBe('utf-8');
    expect(read.text).toContain('Участки');
  });

  it('falls back to UTF-8 and says so when the header names no code page', () => {
    expect(decodeDxf(new TextEncoder().encode('0\nSECTION\n2\nENTITIES\n0\nENDSEC\n0\nEOF\n')).because).toBe('no $DWGCODEPAGE');
  });
});

describe('dxfUnicode', () => {
  it('turns \\U+XXXX back into the character, either case', () => {
    expect(dxfUnicode('S = 9600 м\\U+00B2, \\u+2300 10')).toBe('S = 9600 м², ⌀ 10');
    expect(dxfUnicode('62:15:0060201:101')).toBe('62:15:0060201:101');
  });
});
