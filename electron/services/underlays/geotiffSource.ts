import { fromFile, type GeoTIFF, type GeoTIFFImage } from 'geotiff';
import proj4 from 'proj4';
import { cadastralCrsOf } from '../../../shared/crs/cadastralCrs';
import { geoKeysToProj4 } from '../../../shared/underlay/geoKeysCrs';
import { metresPerPixel, tilePointLonLat, zoomForResolution } from '../../../shared/underlay/webMercatorTiles';
import { encodePng } from './pngEncode';
import { UnderlayFileError, type TileSource } from './tileSource';

/*
 * A GeoTIFF (an orthophoto, any CRS proj4 reads, МСК included) cut into Web Mercator tiles as the map asks
 * for them. Only the header and the directory are read on opening; a tile reads the few internal tiles of
 * the one overview whose pixels match the tile's, so a 500 MB image opens at once and never sits in memory.
 * Reprojection: a 9 × 9 grid of each tile's points goes through proj4, the pixels between are interpolated
 * (under a millimetre of error over a 256 px tile at the zooms a park is drawn at).
 */

const TILE = 256;
const GRID = 8;
/** The most source pixels across one tile: below this zoom even the coarsest overview would be read too wide. */
const MAX_WINDOW_PX = 2048;

interface Level {
  readonly image: GeoTIFFImage;
  /** Full-resolution pixels per pixel of this level. */
  readonly factor: number;
  readonly width: number;
  readonly height: number;
}

async function levelsOf(tiff: GeoTIFF): Promise<Level[]> {
  const count = await tiff.getImageCount();
  const base = await tiff.getImage(0);
  const levels: Level[] = [];
  for (let i = 0; i < count; i += 1) {
    const image = i === 0 ? base : await tiff.getImage(i);
    const subfile = Number((image.fileDirectory as Record<string, unknown>)['NewSubfileType'] ?? 0);
    // Transparency masks (bit 4) are not images of their own.
    if (i > 0 && (subfile & 4) !== 0) continue;
    levels.push({ image, factor: base.getWidth() / image.getWidth(), width: image.getWidth(), height: image.getHeight() });
  }
  return levels.sort((a, b) => a.factor - b.factor);
}

/** Opens a GeoTIFF as a tile source; `crs` (an МСК key, proj4 or WKT) stands in for CRS keys it lacks or the planner corrects. */
export async function openGeotiffSource(path: string, crs: string | null): Promise<TileSource> {
  let tiff: GeoTIFF;
  try {
    tiff = await fromFile(path);
  } catch (error) {
    throw new UnderlayFileError('unreadable', error instanceof Error ? error.message : String(error));
  }
  const levels = await levelsOf(tiff);
  const base = levels[0]?.image;
  if (base === undefined) throw new UnderlayFileError('unreadable', 'no image');
  if ((base.fileDirectory as Record<string, unknown>)['ModelTransformation'] !== undefined) throw new UnderlayFileError('format', 'rotated GeoTIFF (ModelTransformationTag)');
  const definition = crs !== null ? (cadastralCrsOf(crs)?.definition ?? null) : geoKeysToProj4(base.getGeoKeys() as Record<string, unknown>);
  if (definition === null) throw new UnderlayFileError('format', 'no CRS');
  const [originX = 0, originY = 0] = base.getOrigin();
  const [resX = 1, resY = -1] = base.getResolution();
  const converter = proj4('WGS84', definition);
  const toPixel = (lon: number, lat: number): [number, number] => {
    const [e = Number.NaN, n = Number.NaN] = converter.forward([lon, lat]);
    return [(e - originX) / resX, (n - originY) / resY];
  };
  const width = base.getWidth();
  const height = base.getHeight();
  const outline = [[0, 0], [width, 0], [width, height], [0, height], [width / 2, 0], [width / 2, height], [0, height / 2], [width, height / 2]]
    .map(([px = 0, py = 0]) => converter.inverse([originX + px * resX, originY + py * resY]));
  const lons = outline.map((p) => p[0] ?? 0);
  const lats = outline.map((p) => p[1] ?? 0);
  const bounds = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] as const;
  const midLat = (bounds[1] + bounds[3]) / 2;
  const maxZoom = Math.min(24, zoomForResolution(Math.abs(resX), midLat));
  const coarsest = levels[levels.length - 1] ?? levels[0];
  const coarsestRes = Math.abs(resX) * (coarsest?.factor ?? 1);
  let minZoom = maxZoom;
  while (minZoom > 0 && metresPerPixel(minZoom - 1, midLat) * TILE <= coarsestRes * MAX_WINDOW_PX) minZoom -= 1;

  async function tile(z: number, x: number, y: number): Promise<Uint8Array | null> {
    const grid: [number, number][] = [];
    for (let j = 0; j <= GRID; j += 1) {
      for (let i = 0; i <= GRID; i += 1) {
        const [lon, lat] = tilePointLonLat(z, x, y, i / GRID, j / GRID);
        grid.push(toPixel(lon, lat));
      }
    }
    const xs = grid.map((p) => p[0]);
    const ys = grid.map((p) => p[1]);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (!(maxX > 0 && minX < width && maxY > 0 && minY < height)) return null;
    const scale = (maxX - minX) / TILE;
    const level = [...levels].reverse().find((l) => l.factor <= Math.max(1, scale)) ?? levels[0];
    if (level === undefined) return null;
    const f = level.factor;
    const wx0 = Math.max(0, Math.floor(minX / f));
    const wy0 = Math.max(0, Math.floor(minY / f));
    const wx1 = Math.min(level.width, Math.ceil(maxX / f) + 1);
    const wy1 = Math.min(level.height, Math.ceil(maxY / f) + 1);
    const ww = wx1 - wx0;
    const wh = wy1 - wy0;
    if (ww <= 0 || wh <= 0) return null;
    if (ww > MAX_WINDOW_PX * 2 || wh > MAX_WINDOW_PX * 2) return null;
    const pixels = (await level.image.readRGB({ window: [wx0, wy0, wx1, wy1], interleave: true, enableAlpha: true })) as unknown as Uint8Array;
    const channels = pixels.length / (ww * wh);
    const out = new Uint8Array(TILE * TILE * 4);
    const cell = TILE / GRID;
    for (let row = 0; row < TILE; row += 1) {
      const gj = Math.min(GRID - 1, Math.floor(row / cell));
      const tj = (row + 0.5) / cell - gj;
      for (let col = 0; col < TILE; col += 1) {
        const gi = Math.min(GRID - 1, Math.floor(col / cell));
        const ti = (col + 0.5) / cell - gi;
        const a = grid[gj * (GRID + 1) + gi] as [number, number];
        const b = grid[gj * (GRID + 1) + gi + 1] as [number, number];
        const c = grid[(gj + 1) * (GRID + 1) + gi] as [number, number];
        const d = grid[(gj + 1) * (GRID + 1) + gi + 1] as [number, number];
        const px = (a[0] * (1 - ti) + b[0] * ti) * (1 - tj) + (c[0] * (1 - ti) + d[0] * ti) * tj;
        const py = (a[1] * (1 - ti) + b[1] * ti) * (1 - tj) + (c[1] * (1 - ti) + d[1] * ti) * tj;
        if (px < 0 || py < 0 || px >= width || py >= height) continue;
        const sx = Math.min(ww - 1, Math.floor(px / f) - wx0);
        const sy = Math.min(wh - 1, Math.floor(py / f) - wy0);
        if (sx < 0 || sy < 0) continue;
        const from = (sy * ww + sx) * channels;
        const to = (row * TILE + col) * 4;
        out[to] = pixels[from] ?? 0;
        out[to + 1] = pixels[from + (channels > 1 ? 1 : 0)] ?? 0;
        out[to + 2] = pixels[from + (channels > 2 ? 2 : 0)] ?? 0;
        out[to + 3] = channels === 4 || channels === 2 ? (pixels[from + channels - 1] ?? 255) : 255;
      }
    }
    return encodePng(out, TILE, TILE);
  }

  return {
    info: { format: 'png', minZoom, maxZoom, bounds, tileSize: TILE, vectorLayers: null },
    tile,
    close: () => {
      tiff.close();
      return Promise.resolve();
    },
  };
}
