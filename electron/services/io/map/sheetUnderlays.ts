import type { Underlay } from '../../../../shared/domain/underlay';
import { formatMessage, message } from '../../../../shared/messages/message';
import { scanCorners } from '../../../../shared/underlay/scanCorners';
import { tileOf, tilePointLonLat, zoomForResolution } from '../../../../shared/underlay/webMercatorTiles';
import type { ProjectStore } from '../../../store/project';
import type { UnderlayTiles } from '../../underlays/underlayTiles';
import { underlayProblem } from '../../underlays/underlayViews';
import { group, type ImageShape, type PagePoint, type Shape } from './drawing';
import type { PaperProjection } from './paperProjection';

/*
 * The project's visible underlays under the map of a sheet, as rasters: each tiled file by its tiles at the
 * zoom whose pixels match the sheet's dpi (so a PDF holds the ground at the resolution it prints at, not
 * the file whole), each placed scan as its own image. A Web Mercator tile or a scan is put on the page by
 * the affine map through three of its corners: over 256 px at a park's scale the sheet's projection
 * departs from that by far less than a pixel. WebP tiles (a PDF cannot hold them) and vector tiles (only the
 * map styles them) are left out with a warning.
 */

/** More tiles than this on one sheet and a coarser zoom is taken (an A0 at 300 dpi would be 10 000). */
const MAX_TILES = 1500;

export interface SheetUnderlays {
  /** The rasters in drawing order, clipped to the map frame; null when none is drawn. */
  readonly shape: Shape | null;
  /** One line per underlay that could not be drawn, in English (the export's warnings). */
  readonly warnings: readonly string[];
}

type Affine = ImageShape['transform'];

/** A file the sheet cannot hold: WebP tiles (no PDF image), vector tiles (styled only by the map). */
class SheetUnderlaySkipped extends Error {}

/** The affine map taking pixel (0,0), (w,0), (0,h) of an image to the three page points. */
function affineThrough(topLeft: PagePoint, topRight: PagePoint, bottomLeft: PagePoint, width: number, height: number): Affine {
  return [
    (topRight[0] - topLeft[0]) / width, (topRight[1] - topLeft[1]) / width,
    (bottomLeft[0] - topLeft[0]) / height, (bottomLeft[1] - topLeft[1]) / height,
    topLeft[0], topLeft[1],
  ];
}

/** The map frame in degrees: west, south, east, north over its corners and edge midpoints. */
function frameBounds(projection: PaperProjection): [number, number, number, number] {
  const { x, y, width, height } = projection.frame;
  const points = [0, 0.5, 1].flatMap((fx) => [0, 0.5, 1].map((fy) => projection.toPosition([x + fx * width, y + fy * height])));
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

async function tileImages(underlay: Underlay, tiles: UnderlayTiles, projection: PaperProjection, dpi: number): Promise<ImageShape[]> {
  const source = await tiles.source(underlay);
  if (source.info.format === 'webp' || source.info.format === 'pbf') throw new SheetUnderlaySkipped();
  const [west, south, east, north] = frameBounds(projection);
  const metresPerSheetPixel = 72 / dpi / projection.ptPerMetre;
  let z = Math.min(source.info.maxZoom, Math.max(source.info.minZoom, zoomForResolution(metresPerSheetPixel, (south + north) / 2)));
  const range = (zoom: number) => {
    const [x0, y0] = tileOf(west, north, zoom);
    const [x1, y1] = tileOf(east, south, zoom);
    return { x0, y0, x1, y1, count: (x1 - x0 + 1) * (y1 - y0 + 1) };
  };
  while (z > source.info.minZoom && range(z).count > MAX_TILES) z -= 1;
  const { x0, y0, x1, y1 } = range(z);
  const page = (x: number, y: number, fx: number, fy: number): PagePoint => projection.toPage(tilePointLonLat(z, x, y, fx, fy));
  const mime = source.info.format === 'png' ? 'image/png' : 'image/jpeg';
  const size = source.info.tileSize;
  const shapes: ImageShape[] = [];
  for (let y = y0; y <= y1; y += 1) {
    for (let x = x0; x <= x1; x += 1) {
      const bytes = await source.tile(z, x, y);
      if (bytes === null) continue;
      shapes.push({ kind: 'image', bytes, mime, width: size, height: size, transform: affineThrough(page(x, y, 0, 0), page(x, y, 1, 0), page(x, y, 0, 1), size, size), opacity: underlay.opacity });
    }
  }
  return shapes;
}

function scanImage(underlay: Underlay, store: ProjectStore, projection: PaperProjection): ImageShape[] {
  const georeference = underlay.georeference;
  const placed = georeference === null ? null : scanCorners(georeference);
  const image = store.underlays.image(underlay.id);
  if (georeference === null || placed === null || image === null || (image.type !== 'image/png' && image.type !== 'image/jpeg')) return [];
  const [topLeft, topRight, , bottomLeft] = placed.corners.map((corner) => projection.toPage(corner));
  if (topLeft === undefined || topRight === undefined || bottomLeft === undefined) return [];
  const { imageWidth: width, imageHeight: height } = georeference;
  return [{ kind: 'image', bytes: image.bytes, mime: image.type, width, height, transform: affineThrough(topLeft, topRight, bottomLeft, width, height), opacity: underlay.opacity }];
}

/** The visible underlays of the project drawn into the projection's frame at `dpi`. */
export async function sheetUnderlays(store: ProjectStore, tiles: UnderlayTiles, projection: PaperProjection, dpi: number): Promise<SheetUnderlays> {
  const shapes: Shape[] = [];
  const warnings: string[] = [];
  for (const underlay of store.underlays.list()) {
    if (!underlay.visible) continue;
    try {
      shapes.push(...(underlay.kind === 'scan' ? scanImage(underlay, store, projection) : await tileImages(underlay, tiles, projection, dpi)));
    } catch (error) {
      warnings.push(error instanceof SheetUnderlaySkipped
        ? formatMessage('en', message('underlay.sheet.skipped', { name: underlay.name }))
        : formatMessage('en', underlayProblem(underlay, error)));
    }
  }
  return { shape: shapes.length === 0 ? null : group('underlays', shapes, { clip: projection.frame }), warnings };
}
