import type { PolygonGeometry, Position } from '../../domain/geometry';
import type { PlotId } from '../../domain/ids';
import { createLocalFrame } from '../../geometry/localFrame';
import { seededRandom } from '../../geometry/test/randomPlots';

/*
 * A park laid out the way planners do it, for validation tests and the benchmark: blocks between
 * roads, each block cut into a grid of plots whose neighbours share corners bit for bit (interior
 * corners jittered so plots are irregular quadrilaterals; some plots carry an extra vertex on a shared
 * edge, a T-junction), plus a few plots pushed 3 m into their neighbours and a few across the boundary.
 */

export interface LayoutOptions {
  readonly plots: number;
  readonly overlapping: number;
  readonly outside: number;
  readonly seed: number;
}

export interface ParkLayout {
  readonly boundary: PolygonGeometry;
  readonly plots: { readonly id: PlotId; readonly geometry: PolygonGeometry }[];
  /** Ids of the plots made to overlap their neighbours and of those made to cross the boundary. */
  readonly overlappingIds: ReadonlySet<PlotId>;
  readonly outsideIds: ReadonlySet<PlotId>;
}

const PLOT_W = 50;
const PLOT_H = 70;
const PER_BLOCK_X = 10;
const PER_BLOCK_Y = 5;
const ROAD = 20;
const MARGIN = 10;

export function parkLayout(options: LayoutOptions): ParkLayout {
  const random = seededRandom(options.seed);
  const frame = createLocalFrame([39.6, 54.6]);
  const gridPlots = options.plots - options.outside;
  const blocks = Math.ceil(gridPlots / (PER_BLOCK_X * PER_BLOCK_Y));
  const blocksX = Math.ceil(Math.sqrt(blocks));
  const blockW = PER_BLOCK_X * PLOT_W + ROAD;
  const blockH = PER_BLOCK_Y * PLOT_H + ROAD;
  const width = blocksX * blockW - ROAD;
  const height = Math.ceil(blocks / blocksX) * blockH - ROAD;
  const x0 = -width / 2;
  const y0 = -height / 2;

  const corners = new Map<string, Position>();
  const corner = (bx: number, by: number, i: number, j: number): Position => {
    const key = `${bx},${by},${i},${j}`;
    let position = corners.get(key);
    if (position === undefined) {
      const inner = i > 0 && i < PER_BLOCK_X && j > 0 && j < PER_BLOCK_Y;
      const jx = inner ? (random() - 0.5) * 10 : 0;
      const jy = inner ? (random() - 0.5) * 10 : 0;
      position = frame.toPosition([x0 + bx * blockW + i * PLOT_W + jx, y0 + by * blockH + j * PLOT_H + jy]);
      corners.set(key, position);
    }
    return position;
  };

  const plots: { id: PlotId; geometry: PolygonGeometry }[] = [];
  const overlapEvery = Math.max(1, Math.floor(gridPlots / Math.max(1, options.overlapping)));
  const overlappingIds = new Set<PlotId>();
  let nextOverlap = Math.floor(overlapEvery / 2);
  for (let n = 0; n < gridPlots; n++) {
    const block = Math.floor(n / (PER_BLOCK_X * PER_BLOCK_Y));
    const bx = block % blocksX;
    const by = Math.floor(block / blocksX);
    const i = n % PER_BLOCK_X;
    const j = Math.floor(n / PER_BLOCK_X) % PER_BLOCK_Y;
    const id = (n + 1) as PlotId;
    const sw = corner(bx, by, i, j);
    const se = corner(bx, by, i + 1, j);
    let ne = corner(bx, by, i + 1, j + 1);
    const nw = corner(bx, by, i, j + 1);
    // Inner plots of a block, away from its edge, are the ones pushed into their neighbours.
    if (overlappingIds.size < options.overlapping && n >= nextOverlap && i < PER_BLOCK_X - 1 && j < PER_BLOCK_Y - 1) {
      nextOverlap += overlapEvery;
      const [x, y] = frame.toXY(ne);
      ne = frame.toPosition([x + 3, y + 3]);
      overlappingIds.add(id);
    }
    const ring: Position[] = [sw, se, ne, nw, sw];
    if (n % 7 === 3) {
      // A T-junction: an extra vertex on the south edge, exactly on it (a straight line in the frame).
      const a = frame.toXY(sw);
      const b = frame.toXY(se);
      ring.splice(1, 0, frame.toPosition([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]));
    }
    plots.push({ id, geometry: { type: 'Polygon', coordinates: [ring] } });
  }

  const outsideIds = new Set<PlotId>();
  for (let k = 0; k < options.outside; k++) {
    const id = (gridPlots + k + 1) as PlotId;
    const x = x0 + width + 2;
    const y = y0 + k * (PLOT_H + 5);
    const ring = [[x, y], [x + 40, y], [x + 40, y + PLOT_H], [x, y + PLOT_H], [x, y]].map(([px, py]) => frame.toPosition([px as number, py as number]));
    plots.push({ id, geometry: { type: 'Polygon', coordinates: [ring] } });
    outsideIds.add(id);
  }

  const side = (from: readonly [number, number], to: readonly [number, number]): Position[] =>
    Array.from({ length: 40 }, (_, s) => frame.toPosition([from[0] + ((to[0] - from[0]) * s) / 40, from[1] + ((to[1] - from[1]) * s) / 40]));
  const [l, r, b, t] = [x0 - MARGIN, x0 + width + MARGIN, y0 - MARGIN, y0 + height + MARGIN];
  const outline = [...side([l, b], [r, b]), ...side([r, b], [r, t]), ...side([r, t], [l, t]), ...side([l, t], [l, b])];
  const first = outline[0] as Position;
  return { boundary: { type: 'Polygon', coordinates: [[...outline, first]] }, plots, overlappingIds, outsideIds };
}
