import geodesic from 'geographiclib-geodesic';
import type { AreaGeometry, LinearRing, LineStringGeometry, Position } from '../domain/geometry';
import { invalidPositionError, isValidLonLat } from './positionChecks';
import { DEG_TO_RAD, WGS84_A, WGS84_E2 } from './wgs84';

/*
 * Method. Both shapes go into a local metric frame around the plot: x = Δλ·N(φ0)·cos φ0,
 * y = Δφ·M(φ0), with M and N the meridian and prime-vertical radii of curvature of WGS84 at the
 * plot's latitude. The frame is affine in (lon, lat), so an edge that is straight in lon/lat stays
 * straight in it and touching, crossing and containment are exact. Its scale drifts by about
 * tan φ0·Δφ away from φ0 (4e-4 at 2 km, 54.6°N), so the planar segment–segment distances only pick
 * the closest pair; the figure returned is the GeographicLib Inverse distance between the two
 * closest points, which errs by the square of that drift (well below 1e-6 relative).
 */

const { Geodesic } = geodesic;
const WGS84 = Geodesic.WGS84;

/*
 * Pairs within a margin of the planar minimum are all refined, since the frame's scale drifts: by
 * twice the drift at that distance (tan φ0 · d / R) plus 0.1 %, and a centimetre for contact-close pairs.
 */
const CANDIDATE_MARGIN = 1e-3;
const CANDIDATE_SLACK_M = 0.01;
const EARTH_RADIUS_M = 6_371_000;

/** A plot ready for repeated distance queries: its rings in its own local frame. */
export interface PreparedArea {
  readonly lon0: number;
  readonly lat0: number;
  /** Metres per degree of longitude and of latitude at the frame's origin. */
  readonly kx: number;
  readonly ky: number;
  /** Per polygon, per ring: flat [x0, y0, x1, y1, …] in metres, closed. */
  readonly polygons: readonly (readonly Float64Array[])[];
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

function wrapLongitude(dLon: number): number {
  return dLon > 180 ? dLon - 360 : dLon < -180 ? dLon + 360 : dLon;
}

function ringToFrame(ring: LinearRing, lon0: number, lat0: number, kx: number, ky: number): Float64Array {
  const flat = new Float64Array(ring.length * 2);
  ring.forEach(([lon, lat], i) => {
    if (!isValidLonLat(lon, lat)) throw invalidPositionError('distanceToLine', i, lon, lat);
    flat[2 * i] = wrapLongitude(lon - lon0) * kx;
    flat[2 * i + 1] = (lat - lat0) * ky;
  });
  return flat;
}

/**
 * Puts a plot (Polygon or MultiPolygon, holes allowed) into its local metric frame, once, for
 * several `distanceFromPrepared` queries. Throws a RangeError for an empty shape or a bad position.
 *
 * @example
 * const prepared = prepareArea(plot.geometry);
 * spurs.map((spur) => distanceFromPrepared(prepared, spur.geometry)); // metres to each spur
 */
export function prepareArea(area: AreaGeometry): PreparedArea {
  const polygonsLonLat = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of polygonsLonLat) {
    for (const [lon, lat] of polygon[0] ?? []) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  }
  if (!(minLon <= maxLon && minLat <= maxLat)) throw new RangeError('distanceToLine: the area has no positions');
  const lon0 = (minLon + maxLon) / 2;
  const lat0 = (minLat + maxLat) / 2;
  const sinPhi = Math.sin(lat0 * DEG_TO_RAD);
  const w2 = 1 - WGS84_E2 * sinPhi * sinPhi;
  const kx = ((WGS84_A / Math.sqrt(w2)) * Math.cos(lat0 * DEG_TO_RAD)) * DEG_TO_RAD;
  const ky = ((WGS84_A * (1 - WGS84_E2)) / (w2 * Math.sqrt(w2))) * DEG_TO_RAD;
  const polygons = polygonsLonLat.map((rings) => rings.map((ring) => ringToFrame(ring, lon0, lat0, kx, ky)));
  return {
    lon0, lat0, kx, ky, polygons,
    minX: wrapLongitude(minLon - lon0) * kx,
    maxX: wrapLongitude(maxLon - lon0) * kx,
    minY: (minLat - lat0) * ky,
    maxY: (maxLat - lat0) * ky,
  };
}

/** Even–odd test of a frame point against one polygon's rings (a point in a hole is outside). */
function insidePolygon(rings: readonly Float64Array[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 2; i < ring.length; i += 2) {
      const x1 = ring[i - 2] as number;
      const y1 = ring[i - 1] as number;
      const x2 = ring[i] as number;
      const y2 = ring[i + 1] as number;
      if (y1 > y !== y2 > y && x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1)) inside = !inside;
    }
  }
  return inside;
}

/** Parameter in [0, 1] of the point of segment a→b nearest to p. */
function nearestParameter(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  if (lengthSq === 0) return 0;
  const t = ((px - ax) * dx + (py - ay) * dy) / lengthSq;
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

function pointSegmentSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = nearestParameter(px, py, ax, ay, bx, by);
  const ex = ax + t * (bx - ax) - px;
  const ey = ay + t * (by - ay) - py;
  return ex * ex + ey * ey;
}

/** Twice the signed area of (a, b, c): its sign says on which side of a→b the point c lies. */
const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/** Squared planar distance between segments a→b and c→d; 0 when they touch or cross. */
function segmentSegmentSq(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): number {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  const collinear = o1 === 0 && o2 === 0 && o3 === 0 && o4 === 0;
  if (!collinear && o1 * o2 <= 0 && o3 * o4 <= 0) return 0;
  return Math.min(
    pointSegmentSq(cx, cy, ax, ay, bx, by),
    pointSegmentSq(dx, dy, ax, ay, bx, by),
    pointSegmentSq(ax, ay, cx, cy, dx, dy),
    pointSegmentSq(bx, by, cx, cy, dx, dy),
  );
}

/** The two closest points (frame metres) of two segments that do not meet: [px, py, qx, qy]. */
function closestPoints(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): number[] {
  const options: number[][] = [];
  for (const [px, py] of [[cx, cy], [dx, dy]] as const) {
    const t = nearestParameter(px, py, ax, ay, bx, by);
    options.push([ax + t * (bx - ax), ay + t * (by - ay), px, py]);
  }
  for (const [px, py] of [[ax, ay], [bx, by]] as const) {
    const t = nearestParameter(px, py, cx, cy, dx, dy);
    options.push([px, py, cx + t * (dx - cx), cy + t * (dy - cy)]);
  }
  const lengthSq = (o: number[]): number => ((o[0] as number) - (o[2] as number)) ** 2 + ((o[1] as number) - (o[3] as number)) ** 2;
  return options.reduce((best, option) => (lengthSq(option) < lengthSq(best) ? option : best));
}

/** Gap² between the area's box and the box of segment c→d: a lower bound that skips far segments. */
function boxGapSq(area: PreparedArea, cx: number, cy: number, dx: number, dy: number): number {
  const gx = Math.max(Math.min(cx, dx) - area.maxX, area.minX - Math.max(cx, dx), 0);
  const gy = Math.max(Math.min(cy, dy) - area.maxY, area.minY - Math.max(cy, dy), 0);
  return gx * gx + gy * gy;
}

/**
 * Walks every (ring edge, line segment) pair whose boxes are not further apart than `limitSq`
 * allows and calls `visit` with the pair and its squared planar distance; `visit` returns the new
 * limit². Loops rather than callbacks per edge: this runs 10 000 × 10 times in railAccess.
 */
function scanPairs(
  area: PreparedArea,
  xs: Float64Array,
  ys: Float64Array,
  limitSq: number,
  visit: (distanceSq: number, ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number) => number,
): void {
  const last = xs.length - 1;
  for (let j = 0; j < Math.max(last, 1); j++) {
    const k = Math.min(j + 1, last);
    const cx = xs[j] as number;
    const cy = ys[j] as number;
    const dx = xs[k] as number;
    const dy = ys[k] as number;
    if (boxGapSq(area, cx, cy, dx, dy) > limitSq) continue;
    for (const rings of area.polygons) {
      for (const ring of rings) {
        for (let i = 2; i < ring.length; i += 2) {
          const ax = ring[i - 2] as number;
          const ay = ring[i - 1] as number;
          const bx = ring[i] as number;
          const by = ring[i + 1] as number;
          const distanceSq = segmentSegmentSq(ax, ay, bx, by, cx, cy, dx, dy);
          if (distanceSq <= limitSq) limitSq = visit(distanceSq, ax, ay, bx, by, cx, cy, dx, dy);
        }
      }
    }
  }
}

/**
 * Geodesic (WGS84) distance in metres between a prepared plot and a line: the shortest distance
 * between any point of the plot (boundary or interior) and any point of the line; 0 when the line
 * touches or crosses the plot or runs inside it. Within 1e-6 relative of a brute-force GeographicLib
 * reference for distances up to a few kilometres (edges taken as straight in lon/lat).
 *
 * @example
 * const plot = prepareArea({ type: 'Polygon', coordinates: [[[39.6, 54.6], [39.601, 54.6], [39.601, 54.601], [39.6, 54.601], [39.6, 54.6]]] });
 * distanceFromPrepared(plot, { type: 'LineString', coordinates: [[39.602, 54.599], [39.602, 54.602]] }); // ≈ 64.6 m
 */
export function distanceFromPrepared(area: PreparedArea, line: LineStringGeometry): number {
  const coords = line.coordinates;
  if (coords.length === 0) throw new RangeError('distanceToLine: the line has no positions');
  const { lon0, lat0, kx, ky } = area;
  const xs = new Float64Array(coords.length);
  const ys = new Float64Array(coords.length);
  coords.forEach(([lon, lat], i) => {
    if (!isValidLonLat(lon, lat)) throw invalidPositionError('distanceToLine', i, lon, lat);
    xs[i] = wrapLongitude(lon - lon0) * kx;
    ys[i] = (lat - lat0) * ky;
  });
  // A line that does not cross the boundary lies wholly inside or wholly outside: one vertex decides.
  if (area.polygons.some((rings) => insidePolygon(rings, xs[0] as number, ys[0] as number))) return 0;

  let bestSq = Infinity;
  scanPairs(area, xs, ys, Infinity, (distanceSq) => (bestSq = Math.min(bestSq, distanceSq)));
  if (bestSq === 0) return 0;

  const planar = Math.sqrt(bestSq);
  const drift = Math.abs(Math.tan(lat0 * DEG_TO_RAD)) * (planar / EARTH_RADIUS_M);
  const limit = planar * (1 + CANDIDATE_MARGIN + 2 * drift) + CANDIDATE_SLACK_M;
  let best = Infinity;
  // Neighbouring edges meeting at the closest vertex give the same pair of points: refine it once.
  const refined: number[][] = [];
  scanPairs(area, xs, ys, limit * limit, (_distanceSq, ax, ay, bx, by, cx, cy, dx, dy) => {
    const points = closestPoints(ax, ay, bx, by, cx, cy, dx, dy);
    if (!refined.some((seen) => seen.every((value, i) => value === points[i]))) {
      refined.push(points);
      const [px, py, qx, qy] = points as [number, number, number, number];
      const s12 = WGS84.Inverse(lat0 + py / ky, lon0 + px / kx, lat0 + qy / ky, lon0 + qx / kx, Geodesic.DISTANCE).s12;
      best = Math.min(best, s12 ?? Number.NaN);
    }
    return limit * limit;
  });
  return best;
}

/**
 * Geodesic (WGS84) distance in metres between a plot and a line (a rail spur, a utility line):
 * 0 when they touch or cross, or when the line runs inside the plot; otherwise the shortest
 * distance between them, measured on the ellipsoid. For one plot against many lines, prepare the
 * plot once with `prepareArea` and call `distanceFromPrepared`.
 *
 * @example
 * distanceToLine(
 *   { type: 'Polygon', coordinates: [[[39.6, 54.6], [39.601, 54.6], [39.601, 54.601], [39.6, 54.601], [39.6, 54.6]]] },
 *   { type: 'LineString', coordinates: [[39.602, 54.599], [39.602, 54.602]] },
 * ); // ≈ 64.6 m (0.001° of longitude at 54.6°N)
 */
export function distanceToLine(area: AreaGeometry, line: LineStringGeometry): number {
  return distanceFromPrepared(prepareArea(area), line);
}

/** A position in the frame of a prepared area, for callers that prefilter by boxes (see railAccess). */
export function toFrame(area: PreparedArea, position: Position): [number, number] {
  return [wrapLongitude(position[0] - area.lon0) * area.kx, (position[1] - area.lat0) * area.ky];
}
