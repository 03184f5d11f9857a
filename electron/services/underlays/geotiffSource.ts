import { fromFile, type GeoTIFF } from 'geotiff';
import proj4 from 'proj4';
import { cadastralCrsOf } from '../../../shared/crs/cadastralCrs';
import { geoKeysToProj4 } from '../../../shared/underlay/geoKeysCrs';
import { metresPerPixel, tilePointLonLat, zoomForResolution } from '../../../shared/underlay/webMercatorTiles';
import { builtOverview, levelsOf, OVERVIEW_PX, type Level } from './geotiffLevels';
import { encodePng } from './pngEncode';
import { UnderlayFileError, type TileSource } from './tileSource';

/*
 * A GeoTIFF (an orthophoto, any CRS proj4 reads, МСК included) cut into Web Mercator tiles as the map asks
 * for them. Only the header and the directory are read on opening; a tile reads the few internal tiles of
 * the one overview whose pixels match the tile's, so a 500 MB image opens at once and never sits in memory.
 * A file without overviews gets one built in memory (at most 2048 px across) the first time the map asks
 * for a tile too wide for the file's own levels, so it shows at a whole-park zoom too. Reprojection: a 9 × 9 grid of each tile's points goes through proj4, the pixels between are interpolated
 * (under a millimetre of error over a 256 px tile at the zooms a park is drawn at).
 */

const TILE = 256;
const GRID = 8;
/** The most source pixels across one tile: below this zoom even the coarsest overview would be read too wide. */
const MAX_WINDOW_PX = 2048;

/** Opens a GeoTIFF as a tile source; `crs` (an МСК key, proj4 or WKT) stands in for CRS keys it lacks or the planner corrects. */
export async function openGeotiffSource(path: string, crs: string | null): Promise<TileSource> {
  let tiff: GeoTIFF;
  try {
    tiff = await fromFile(path);
  } catch (error) {
    throw new UnderlayFileError('unreadable', error instanceof Error ? error.message : String(error));
  }
  const levels = await levelsOf(tiff);
  const base = await tiff.getImage(0).catch(() => undefined);
  if (base === undefined || levels.length === 0) throw new UnderlayFileError('unreadable', 'no image');
  if ((base.fileDirectory as Record<string, unknown>)['ModelTransformation'] !== undefined) throw new UnderlayFileError('format', 'rotated GeoTIFF (ModelTransformationTag)');
  const definition = crs !== null ? (cadastralCrsOf(crs)?.definition ?? null) : geoKeysToProj4((base.getGeoKeys() ?? {}) as Record<string, unknown>);
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
  const coarsest = levels[levels.length - 1] as Level;
  // Without overviews enough to reach a whole-park view, one is built in memory the first time it is asked for.
  const step = Math.max(1, 2 ** Math.ceil(Math.log2(Math.max(coarsest.width, coarsest.height) / OVERVIEW_PX)));
  let built: Promise<Level> | null = null;
  const overview = (): Promise<Level> => (built ??= builtOverview(coarsest, step));
  // A tile may read at most MAX_WINDOW_PX of a file's level; the built overview is in memory and read whole,
  // down to the zoom where the image is a quarter of a tile.
  const widestTileM = step > 1 ? Math.abs(resX) * Math.max(width, height) * 4 : Math.abs(resX) * coarsest.factor * MAX_WINDOW_PX;
  let minZoom = maxZoom;
  while (minZoom > 0 && metresPerPixel(minZoom - 1, midLat) * TILE <= widestTileM) minZoom -= 1;

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
    let level = [...levels].reverse().find((l) => l.factor <= Math.max(1, scale)) ?? coarsest;
    // The file's coarsest level read too wide for this tile: the built overview stands in.
    if (step > 1 && (maxX - minX) / coarsest.factor > MAX_WINDOW_PX) level = await overview();
    const f = level.factor;
    const wx0 = Math.max(0, Math.floor(minX / f));
    const wy0 = Math.max(0, Math.floor(minY / f));
    const wx1 = Math.min(level.width, Math.ceil(maxX / f) + 1);
    const wy1 = Math.min(level.height, Math.ceil(maxY / f) + 1);
    const ww = wx1 - wx0;
    const wh = wy1 - wy0;
    if (ww <= 0 || wh <= 0) return null;
    if (level.factor <= coarsest.factor && (ww > MAX_WINDOW_PX * 2 || wh > MAX_WINDOW_PX * 2)) return null;
    const { values: pixels, channels } = await level.read(wx0, wy0, wx1, wy1);
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
