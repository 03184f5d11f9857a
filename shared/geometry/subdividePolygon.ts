import { message } from '../messages/message';
import type { PolygonGeometry, Position } from '../domain/geometry';
import { geodesicArea, ringArea } from './geodesicArea';
import { type LocalFrame, localFrameAround, type XY } from './localFrame';
import { type GeometryOutcome, refuse, succeed } from './outcome';
import { openRing, polygonPositions } from './polygonRings';
import { splitPolygon } from './splitPolygon';

/*
 * "Subdivide": a block along a road is cut into plots by lines perpendicular to the road edge. In the
 * local frame, s is the distance along the chosen base edge; each cut is the line s = c, with c found
 * by bisection so that the strip before it has the wanted geodesic area, and is then made with
 * splitPolygon, so neighbouring plots share the cut exactly and the areas add up.
 */

export const SUBDIVIDE_REFUSALS = ['invalid-plot', 'no-such-edge', 'invalid-target', 'target-exceeds-plot', 'not-strip-shaped'] as const;
export type SubdivideRefusal = (typeof SUBDIVIDE_REFUSALS)[number];

export type SubdivisionTarget = { readonly count: number } | { readonly targetAreaM2: number };

/** More plots than this from one block is a typing error, not a layout. */
const MAX_PLOTS = 1_000;
/** Bisection stops when the cut moves by less than this many metres. */
const CUT_PRECISION_M = 1e-7;

interface Axis {
  readonly frame: LocalFrame;
  readonly along: XY;
  readonly across: XY;
}

const sOf = (axis: Axis, p: XY): number => p[0] * axis.along[0] + p[1] * axis.along[1];
const tOf = (axis: Axis, p: XY): number => p[0] * axis.across[0] + p[1] * axis.across[1];

/** The part of a ring with s ≤ c (Sutherland–Hodgman); degenerate for concave rings, but its area is right. */
function clippedRing(ring: readonly Position[], axis: Axis, c: number): Position[] {
  const out: Position[] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const p = ring[i] as Position;
    const q = ring[(i + 1) % n] as Position;
    const pxy = axis.frame.toXY(p);
    const qxy = axis.frame.toXY(q);
    const sp = sOf(axis, pxy);
    const sq = sOf(axis, qxy);
    if (sp <= c) out.push(p);
    if ((sp <= c) !== (sq <= c)) {
      const k = (c - sp) / (sq - sp);
      out.push(axis.frame.toPosition([pxy[0] + k * (qxy[0] - pxy[0]), pxy[1] + k * (qxy[1] - pxy[1])]));
    }
  }
  return out;
}

function areaBefore(rings: readonly (readonly Position[])[], axis: Axis, c: number): number {
  let area = 0;
  rings.forEach((ring, index) => {
    const part = clippedRing(ring, axis, c);
    if (part.length < 3) return;
    const measured = ringArea([...part, part[0] as Position]);
    area += index === 0 ? measured : -measured;
  });
  return area;
}

function range(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

/** The strip before s = c of `plot`, and the rest; undefined when the cut would not leave exactly two plots. */
function cutStrip(plot: PolygonGeometry, axis: Axis, wantedM2: number): [PolygonGeometry, PolygonGeometry] | undefined {
  const rings = plot.coordinates.map(openRing);
  const points = rings.flat().map((position) => axis.frame.toXY(position));
  let [lo, hi] = range(points.map((p) => sOf(axis, p)));
  while (hi - lo > CUT_PRECISION_M) {
    const mid = (lo + hi) / 2;
    if (areaBefore(rings, axis, mid) < wantedM2) lo = mid;
    else hi = mid;
  }
  const c = (lo + hi) / 2;
  const [tMin, tMax] = range(points.map((p) => tOf(axis, p)));
  const at = (t: number): Position => axis.frame.toPosition([c * axis.along[0] + t * axis.across[0], c * axis.along[1] + t * axis.across[1]]);
  const split = splitPolygon(plot, { type: 'LineString', coordinates: [at(tMin - 10), at(tMax + 10)] });
  if (!split.ok) return undefined;
  const meanS = (piece: PolygonGeometry): number => {
    const ring = openRing(piece.coordinates[0] ?? []);
    return ring.reduce((sum, position) => sum + sOf(axis, axis.frame.toXY(position)), 0) / ring.length;
  };
  const before = split.value.filter((piece) => meanS(piece) < c);
  const after = split.value.filter((piece) => meanS(piece) >= c);
  return before.length === 1 && after.length === 1 ? [before[0] as PolygonGeometry, after[0] as PolygonGeometry] : undefined;
}

/** The areas of the plots to cut off in turn; the last plot is what remains. */
function stripAreas(totalM2: number, target: SubdivisionTarget): GeometryOutcome<number[], SubdivideRefusal> {
  if ('count' in target) {
    if (!Number.isInteger(target.count) || target.count < 1 || target.count > MAX_PLOTS) {
      return refuse('invalid-target', message('geometry.countNotWhole', { max: MAX_PLOTS }));
    }
    return succeed(Array.from({ length: target.count - 1 }, () => totalM2 / target.count));
  }
  if (!(target.targetAreaM2 > 0)) return refuse('invalid-target', message('geometry.targetNotPositive'));
  const whole = Math.floor(totalM2 / target.targetAreaM2 + 1e-9);
  if (whole < 1) return refuse('target-exceeds-plot', message('geometry.targetExceedsPlot', { area: Math.round(totalM2) }));
  if (whole > MAX_PLOTS) return refuse('invalid-target', message('geometry.tooManyPlots', { max: MAX_PLOTS }));
  const remainder = totalM2 - whole * target.targetAreaM2;
  // A remainder below a millionth of a plot is rounding, not a plot.
  const cuts = remainder > 1e-6 * target.targetAreaM2 ? whole : whole - 1;
  return succeed(Array.from({ length: cuts }, () => target.targetAreaM2));
}

/**
 * Plots of equal geodesic area (`{ count }`), or of a target area with the remainder as the last plot
 * (`{ targetAreaM2 }`), cut perpendicular to edge `baseEdgeIndex` of the outer ring (from vertex i to
 * i + 1), in order along that edge.
 *
 * @example
 * subdividePolygon(block, { count: 4 }, 0); // → { ok: true, value: [4 plots of equal area] }
 * subdividePolygon(block, { targetAreaM2: 10_000 }, 0); // → 1 ha plots, then what is left
 */
export function subdividePolygon(polygon: PolygonGeometry, target: SubdivisionTarget, baseEdgeIndex: number): GeometryOutcome<PolygonGeometry[], SubdivideRefusal> {
  const outer = openRing(polygon.coordinates[0] ?? []);
  if (outer.length < 3) return refuse('invalid-plot', message('geometry.tooFewVertices'));
  const from = outer[baseEdgeIndex];
  const to = outer[(baseEdgeIndex + 1) % outer.length];
  if (!Number.isInteger(baseEdgeIndex) || from === undefined || to === undefined) {
    return refuse('no-such-edge', message('geometry.noSuchEdge', { edge: baseEdgeIndex, last: outer.length - 1 }));
  }
  const frame = localFrameAround(polygonPositions(polygon));
  const a = frame.toXY(from);
  const b = frame.toXY(to);
  // Perpendicular on the ground, not in the frame: the frame stretches east–west by eastScale.
  const k = frame.eastScale;
  const ground: XY = [(b[0] - a[0]) * k, (b[1] - a[1]) / k];
  const across: XY = [-ground[1] / k, ground[0] * k];
  const acrossLength = Math.hypot(across[0], across[1]);
  const axis: Axis = { frame, along: [across[1] / acrossLength, -across[0] / acrossLength], across: [across[0] / acrossLength, across[1] / acrossLength] };

  const areas = stripAreas(geodesicArea(polygon), target);
  if (!areas.ok) return areas;
  const plots: PolygonGeometry[] = [];
  let rest = polygon;
  for (const wanted of areas.value) {
    const strip = cutStrip(rest, axis, wanted);
    if (strip === undefined) {
      return refuse('not-strip-shaped', message('geometry.notStripShaped'));
    }
    plots.push(strip[0]);
    rest = strip[1];
  }
  plots.push(rest);
  return succeed(plots);
}
