import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, svgImageSource } from './fileTransfer';

describe('file transfer', () => {
  it('writes base64 of UTF-8 Cyrillic as any base64 encoder does', () => {
    // The expected text is what `base64` on the command line prints for the same UTF-8 bytes.
    expect(bytesToBase64(new TextEncoder().encode('Рязанский'))).toBe('0KDRj9C30LDQvdGB0LrQuNC5');
    expect(bytesToBase64(Uint8Array.of(0, 255, 128, 1))).toBe('AP+AAQ==');
  });

  it('round-trips a file larger than one chunk', () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, index) => (index * 31) % 256);
    const back = base64ToBytes(bytesToBase64(bytes));
    expect(back.length).toBe(bytes.length);
    expect(back.every((byte, index) => byte === bytes[index])).toBe(true);
  });

  it('makes an SVG an image data URL that decodes to the same markup', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Р-12</text></svg>';
    const source = svgImageSource(svg);
    expect(source.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(new TextDecoder().decode(base64ToBytes(source.slice(source.indexOf(',') + 1)))).toBe(svg);
  });
});
