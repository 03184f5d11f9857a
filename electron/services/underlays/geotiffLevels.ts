import { getDecoder, type GeoTIFF, type GeoTIFFImage } from 'geotiff';

/*
 * The resolution levels a GeoTIFF tile is read from: the file's own image and overviews, and for a file
 * without overviews enough for a whole-park view, one built in memory (built once, at most OVERVIEW_PX
 * across) from the coarsest level the file has.
 */

/** Interleaved pixels of a window of one level: RGB(A), `channels` values a pixel. */
export interface Pixels {
  readonly values: Uint8Array;
  readonly channels: number;
}

export interface Level {
  /** The file's image this level reads; absent for an overview built in memory. */
  readonly image?: GeoTIFFImage;
  /** Full-resolution pixels per pixel of this level. */
  readonly factor: number;
  readonly width: number;
  readonly height: number;
  read(x0: number, y0: number, x1: number, y1: number): Promise<Pixels>;
}

function fileLevel(image: GeoTIFFImage, factor: number): Level {
  return {
    image,
    factor,
    width: image.getWidth(),
    height: image.getHeight(),
    async read(x0, y0, x1, y1) {
      const values = (await image.readRGB({ window: [x0, y0, x1, y1], interleave: true, enableAlpha: true })) as unknown as Uint8Array;
      return { values, channels: values.length / ((x1 - x0) * (y1 - y0)) };
    },
  };
}

export async function levelsOf(tiff: GeoTIFF): Promise<Level[]> {
  const count = await tiff.getImageCount();
  const base = await tiff.getImage(0);
  const levels: Level[] = [];
  for (let i = 0; i < count; i += 1) {
    const image = i === 0 ? base : await tiff.getImage(i);
    const subfile = Number((image.fileDirectory as Record<string, unknown>)['NewSubfileType'] ?? 0);
    // Transparency masks (bit 4) are not images of their own.
    if (i > 0 && (subfile & 4) !== 0) continue;
    levels.push(fileLevel(image, base.getWidth() / image.getWidth()));
  }
  return levels.sort((a, b) => a.factor - b.factor);
}

/** Source rows read at a time while building an overview: two rows of 256 px internal tiles. */
const STRIP_SOURCE_ROWS = 512;

/**
 * An overview built in memory from `from` (the coarsest level the file has), for a GeoTIFF without
 * overviews enough for a whole-park view: `from` is read once, strip by strip (a few MB at a time), each
 * strip decimated to every `step`-th pixel, so the built level is at most OVERVIEW_PX across.
 */
export async function builtOverview(from: Level, step: number): Promise<Level> {
  const width = Math.max(1, Math.floor(from.width / step));
  const height = Math.max(1, Math.floor(from.height / step));
  const values = new Uint8Array(width * height * 4);
  if (from.image === undefined || !(await sampleTiles(from.image, step, width, height, values))) await sampleStrips(from, step, width, height, values);
  return {
    factor: from.factor * (from.width / width),
    width,
    height,
    read(x0, y0, x1, y1) {
      const out = new Uint8Array((x1 - x0) * (y1 - y0) * 4);
      for (let y = y0; y < y1; y += 1) out.set(values.subarray((y * width + x0) * 4, (y * width + x1) * 4), (y - y0) * (x1 - x0) * 4);
      return Promise.resolve({ values: out, channels: 4 });
    },
  };
}

/**
 * The fast way for the usual orthophoto (tiled, 8-bit RGB or RGBA, samples interleaved): each internal tile
 * is decoded once and only its sampled pixels are copied, which is what GDAL's own overview build costs.
 * False for any other layout, which sampleStrips reads through the general reader instead.
 */
async function sampleTiles(image: GeoTIFFImage, step: number, width: number, height: number, into: Uint8Array): Promise<boolean> {
  const directory = image.fileDirectory as Record<string, unknown>;
  const channels = image.getSamplesPerPixel();
  const bits = image.getBitsPerSample() as unknown;
  const eightBit = Array.isArray(bits) ? bits.every((b) => b === 8) : bits === 8;
  if (!image.isTiled || Number(directory['PlanarConfiguration'] ?? 1) !== 1 || Number(directory['PhotometricInterpretation']) !== 2 || !eightBit || (channels !== 3 && channels !== 4)) return false;
  const decoder = (await getDecoder(directory)) as Parameters<GeoTIFFImage['getTileOrStrip']>[3];
  const tileW = image.getTileWidth();
  const tileH = image.getTileHeight();
  const half = step >> 1;
  for (let ty = 0; ty * tileH < image.getHeight(); ty += 1) {
    // The output rows whose sampled source row lies in this row of tiles.
    const j0 = Math.max(0, Math.ceil((ty * tileH - half) / step));
    const j1 = Math.min(height, Math.ceil(((ty + 1) * tileH - half) / step));
    if (j0 >= j1) continue;
    for (let tx = 0; tx * tileW < image.getWidth(); tx += 1) {
      const i0 = Math.max(0, Math.ceil((tx * tileW - half) / step));
      const i1 = Math.min(width, Math.ceil(((tx + 1) * tileW - half) / step));
      if (i0 >= i1) continue;
      const tile = (await image.getTileOrStrip(tx, ty, 0, decoder)) as unknown as { data: ArrayBuffer };
      const data = new Uint8Array(tile.data);
      for (let j = j0; j < j1; j += 1) {
        const row = (j * step + half - ty * tileH) * tileW;
        for (let i = i0; i < i1; i += 1) {
          const from = (row + i * step + half - tx * tileW) * channels;
          const to = (j * width + i) * 4;
          into[to] = data[from] ?? 0;
          into[to + 1] = data[from + 1] ?? 0;
          into[to + 2] = data[from + 2] ?? 0;
          into[to + 3] = channels === 4 ? (data[from + 3] ?? 255) : 255;
        }
      }
    }
  }
  return true;
}

/** Any layout, through the general reader: the level read in strips of full width, every step-th pixel kept. */
async function sampleStrips(from: Level, step: number, width: number, height: number, values: Uint8Array): Promise<void> {
  const stripRows = Math.max(1, Math.ceil(STRIP_SOURCE_ROWS / step));
  for (let row = 0; row < height; row += stripRows) {
    const rows = Math.min(stripRows, height - row);
    const y0 = row * step;
    const y1 = Math.min(from.height, (row + rows) * step);
    const strip = await from.read(0, y0, from.width, y1);
    const stripWidth = from.width;
    for (let j = 0; j < rows; j += 1) {
      const sy = Math.min(y1 - y0 - 1, j * step + (step >> 1));
      for (let i = 0; i < width; i += 1) {
        const sx = Math.min(stripWidth - 1, i * step + (step >> 1));
        const at = (sy * stripWidth + sx) * strip.channels;
        const to = ((row + j) * width + i) * 4;
        values[to] = strip.values[at] ?? 0;
        values[to + 1] = strip.values[at + (strip.channels > 1 ? 1 : 0)] ?? 0;
        values[to + 2] = strip.values[at + (strip.channels > 2 ? 2 : 0)] ?? 0;
        values[to + 3] = strip.channels === 4 || strip.channels === 2 ? (strip.values[at + strip.channels - 1] ?? 255) : 255;
      }
    }
  }
}

/** The size a built overview is kept at: 2048² RGBA is 16 MB, and one tile of it covers a whole park. */
export const OVERVIEW_PX = 2048;
