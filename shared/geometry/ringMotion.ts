import type { Position } from '../domain/geometry';
import { DEG_TO_RAD } from './wgs84';

/*
 * When a planner drags or rotates a whole plot, the map editor moves the outer ring only; the plot's
 * holes must follow. The editor moves and rotates in Web Mercator, so the motion is recovered there: a
 * least-squares rotation + translation (+ uniform scale, which a true move or rotation keeps at 1)
 * from the old ring onto the new one. When the vertices were not all carried by one such motion — a
 * single vertex dragged, a vertex added — there is no motion, and the holes stay where they are.
 */

type Mercator = readonly [number, number];

const toMercator = ([lon, lat]: Position): Mercator => [lon * DEG_TO_RAD, Math.log(Math.tan(Math.PI / 4 + (lat * DEG_TO_RAD) / 2))];
const fromMercator = ([x, y]: Mercator): Position => [x / DEG_TO_RAD, (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / DEG_TO_RAD];

/** How far, relative to the ring's size, a vertex may sit off the fitted motion and still count as carried by it. */
const FIT_TOLERANCE = 1e-6;
/** …and in absolute terms, 1e-9 rad (6 mm): the editor rounds every vertex to 1e-9° at each step of a drag. */
const FIT_FLOOR = 1e-9;

/** x' = a·x − b·y + tx, y' = b·x + a·y + ty in Web Mercator radians. */
interface Similarity {
  readonly a: number;
  readonly b: number;
  readonly tx: number;
  readonly ty: number;
}

const apply = (m: Similarity, [x, y]: Mercator): Mercator => [m.a * x - m.b * y + m.tx, m.b * x + m.a * y + m.ty];

function fit(from: readonly Mercator[], to: readonly Mercator[]): Similarity | null {
  const n = from.length;
  let fx = 0, fy = 0, tx = 0, ty = 0;
  for (let i = 0; i < n; i++) {
    fx += from[i]![0]; fy += from[i]![1]; tx += to[i]![0]; ty += to[i]![1];
  }
  fx /= n; fy /= n; tx /= n; ty /= n;
  let dot = 0, cross = 0, norm = 0;
  for (let i = 0; i < n; i++) {
    const px = from[i]![0] - fx, py = from[i]![1] - fy;
    const qx = to[i]![0] - tx, qy = to[i]![1] - ty;
    dot += px * qx + py * qy;
    cross += px * qy - py * qx;
    norm += px * px + py * py;
  }
  if (norm === 0) return null;
  const a = dot / norm;
  const b = cross / norm;
  return { a, b, tx: tx - (a * fx - b * fy), ty: ty - (b * fx + a * fy) };
}

/** The ring without its closing vertex, when it has one. */
const openRing = (ring: readonly Position[]): readonly Position[] => {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length > 1 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
};

/**
 * The holes carried along with the outer ring's move or rotation from `before` to `after`; the holes
 * unchanged when the outer ring was reshaped rather than moved (or did not change at all).
 *
 * @example
 * const before = [[39.6, 54.6], [39.61, 54.6], [39.61, 54.61], [39.6, 54.61], [39.6, 54.6]];
 * const after = before.map(([lon, lat]) => [lon + 0.001, lat]);
 * holesFollowingOutline(before, after, [hole]); // hole shifted 0.001° east
 */
export function holesFollowingOutline(
  before: readonly Position[],
  after: readonly Position[],
  holes: readonly (readonly Position[])[],
): Position[][] {
  const unchanged = holes.map((hole) => [...hole]);
  const from = openRing(before).map(toMercator);
  const to = openRing(after).map(toMercator);
  if (holes.length === 0 || from.length < 3 || from.length !== to.length) return unchanged;
  const motion = fit(from, to);
  if (motion === null) return unchanged;
  if (Math.abs(Math.hypot(motion.a, motion.b) - 1) > FIT_TOLERANCE) return unchanged;
  const xs = from.map(([x]) => x);
  const ys = from.map(([, y]) => y);
  const size = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const misfit = Math.max(...from.map((p, i) => Math.hypot(apply(motion, p)[0] - to[i]![0], apply(motion, p)[1] - to[i]![1])));
  if (misfit > Math.max(FIT_TOLERANCE * size, FIT_FLOOR)) return unchanged;
  const identity = Math.abs(motion.b) < 1e-15 && Math.abs(motion.tx) < 1e-15 && Math.abs(motion.ty) < 1e-15;
  if (identity) return unchanged;
  return holes.map((hole) => hole.map((position) => fromMercator(apply(motion, toMercator(position)))));
}
