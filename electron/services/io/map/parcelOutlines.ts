import type { CadastralParcel } from '../../../../shared/domain/cadastralParcel';
import type { PagePoint, Shape } from './drawing';
import { group } from './drawing';
import type { PaperProjection } from './paperProjection';
import { MAP_COLORS } from '../../../../shared/style/palette';

/*
 * The park's ЕГРН parcels on the sheet when a planner asks for them (--parcels, «Участки ЕГРН» in the
 * dialog): each contour a dashed magenta outline, as cadastral maps draw registered boundaries, and the
 * cadastral number at the middle of its largest contour, haloed so it reads over the plot fills.
 */

/** The outline's width and dash in points, shared with the legend's symbol. */
export const PARCEL_STROKE = { width: 1.1, dash: [5, 2.5] as const };

const ringToPage = (ring: readonly (readonly number[])[], projection: PaperProjection): PagePoint[] =>
  ring.slice(0, -1).map((p) => projection.toPage([p[0] ?? 0, p[1] ?? 0]));

/** Twice the signed area of a page ring: the size that picks where the number goes. */
function twiceArea(ring: readonly PagePoint[]): number {
  let sum = 0;
  ring.forEach(([x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length] ?? [x, y];
    sum += x * ny - nx * y;
  });
  return Math.abs(sum);
}

/** The middle of a ring's bounding box on the page. */
function middle(ring: readonly PagePoint[]): PagePoint {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/**
 * The parcels' outlines and numbers, as one group («cadastral-parcels» in the SVG).
 *
 * @example
 * parcelShapes(data.parcels, projection, 7).kind; // 'group'
 */
export function parcelShapes(parcels: readonly CadastralParcel[], projection: PaperProjection, labelSize: number): Shape {
  const outlines: Shape[] = [];
  const numbers: Shape[] = [];
  for (const parcel of parcels) {
    const contours = parcel.geometry.coordinates.map((polygon) => polygon.map((ring) => ringToPage(ring, projection)));
    outlines.push({
      kind: 'path',
      parts: contours.flat(),
      closed: true,
      paint: { stroke: MAP_COLORS.parcelOutline, strokeWidth: PARCEL_STROKE.width, dash: PARCEL_STROKE.dash },
    });
    const outers = contours.flatMap((rings) => (rings[0] === undefined ? [] : [rings[0]]));
    const largest = outers.reduce<PagePoint[] | null>((best, ring) => (best === null || twiceArea(ring) > twiceArea(best) ? ring : best), null);
    if (largest === null) continue;
    const [x, y] = middle(largest);
    numbers.push({ kind: 'text', text: parcel.cadastralNumber, x, y: y + labelSize * 1.6, size: labelSize, anchor: 'middle', color: MAP_COLORS.parcelOutline, halo: 1.2 });
  }
  return group('cadastral-parcels', [...outlines, ...numbers]);
}
