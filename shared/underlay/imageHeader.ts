/*
 * The type and size of a scan's image from its first bytes: what the image source needs before the
 * image is decoded, and what tells a scan from a file ParkPlan cannot place.
 */

export interface ImageHeader {
  readonly type: 'image/png' | 'image/jpeg' | 'image/tiff';
  /** Null for a TIFF, whose size its directory holds (read by the GeoTIFF reader). */
  readonly width: number | null;
  readonly height: number | null;
}

const u16 = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32 = (b: Uint8Array, at: number): number => u16(b, at) * 65536 + u16(b, at + 2);

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    // Start-of-frame markers (baseline, progressive, …) carry the size; C4, C8 and CC are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    }
    at += 2 + u16(bytes, at + 2);
  }
  return null;
}

/** The image's type and size, or null when the bytes are no PNG, JPEG or TIFF. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((v, i) => bytes[i] === v) && bytes.length >= 24) {
    return { type: 'image/png', width: u32(bytes, 16), height: u32(bytes, 20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    const size = jpegSize(bytes);
    return size === null ? null : { type: 'image/jpeg', ...size };
  }
  const tiff = (bytes[0] === 0x49 && bytes[1] === 0x49 && (bytes[2] === 42 || bytes[2] === 43)) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && (bytes[3] === 42 || bytes[3] === 43));
  return tiff ? { type: 'image/tiff', width: null, height: null } : null;
}
