import { inflateSync } from 'node:zlib';

/** Decodes an 8-bit PNG (grey, RGB, palette or RGBA; not interlaced) to RGBA, to read tiles' colours in tests. */
export function PNG_DECODE(bytes: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const buffer = Buffer.from(bytes);
  let at = 8;
  let width = 0, height = 0, colourType = 0;
  const idat: Buffer[] = [];
  let palette = Buffer.alloc(0), alpha = Buffer.alloc(0);
  while (at < buffer.length) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const data = buffer.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0); height = data.readUInt32BE(4); colourType = data[9] ?? 0;
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
    }
    if (type === 'PLTE') palette = data;
    if (type === 'tRNS') alpha = data;
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colourType] ?? 4;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let i = 0; i < stride; i += 1) {
      const value = raw[y * (stride + 1) + 1 + i] ?? 0;
      const left = i >= channels ? (rows[y * stride + i - channels] ?? 0) : 0;
      const up = y > 0 ? (rows[(y - 1) * stride + i] ?? 0) : 0;
      const upLeft = y > 0 && i >= channels ? (rows[(y - 1) * stride + i - channels] ?? 0) : 0;
      const p = left + up - upLeft;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft) ? left : Math.abs(p - up) <= Math.abs(p - upLeft) ? up : upLeft;
      const predicted = [0, left, up, (left + up) >> 1, paeth][filter] ?? 0;
      rows[y * stride + i] = (value + predicted) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    const s = rows.subarray(i * channels, i * channels + channels);
    const [r, g, b, a] = colourType === 3
      ? [palette[(s[0] ?? 0) * 3] ?? 0, palette[(s[0] ?? 0) * 3 + 1] ?? 0, palette[(s[0] ?? 0) * 3 + 2] ?? 0, alpha[s[0] ?? 0] ?? 255]
      : channels >= 3 ? [s[0] ?? 0, s[1] ?? 0, s[2] ?? 0, channels === 4 ? (s[3] ?? 255) : 255]
      : [s[0] ?? 0, s[0] ?? 0, s[0] ?? 0, channels === 2 ? (s[1] ?? 255) : 255];
    rgba.set([r, g, b, a], i * 4);
  }
  return { width, height, rgba };
}
