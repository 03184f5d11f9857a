import { describe, expect, it } from 'vitest';
import { readImageHeader } from './imageHeader';

describe('readImageHeader', () => {
  it('reads a PNG’s size from its IHDR', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x0b, 0xb8, 0, 0, 0x07, 0xd0, 8, 6]);
    expect(readImageHeader(png)).toEqual({ type: 'image/png', width: 3000, height: 2000 });
  });

  it('reads a JPEG’s size from its frame header, past the APP segments', () => {
    const app0 = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
    const dqt = [0xff, 0xdb, 0, 4, 0, 0];
    const sof2 = [0xff, 0xc2, 0, 11, 8, 0x03, 0x20, 0x04, 0x00, 1, 1, 0x11, 0];
    expect(readImageHeader(Uint8Array.from([0xff, 0xd8, ...app0, ...dqt, ...sof2]))).toEqual({ type: 'image/jpeg', width: 1024, height: 800 });
  });

  it('knows a TIFF by its byte order mark and refuses anything else', () => {
    expect(readImageHeader(Uint8Array.from([0x49, 0x49, 42, 0, 8, 0, 0, 0]))?.type).toBe('image/tiff');
    expect(readImageHeader(Uint8Array.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8]))?.type).toBe('image/tiff');
    expect(readImageHeader(Uint8Array.from('%PDF-1.7 not an image', (c) => c.charCodeAt(0)))).toBeNull();
    expect(readImageHeader(Uint8Array.from([0xff, 0xd8, 0xff, 0x00]))).toBeNull();
  });
});
