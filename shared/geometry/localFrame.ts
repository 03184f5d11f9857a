import type { Position } from '../domain/geometry';
import { AUTHALIC_RADIUS_SQUARED, authalicSine } from './authalic';
import { DEG_TO_RAD, WGS84_A, WGS84_E2 } from './wgs84';

/*
 * The local metric frame the editing geometry works in: a gnomonic projection of the WGS84 authalic
 * sphere, in metres, centred on the work. geodesicArea measures every edge as a great circle on that
 * sphere, and the gnomonic projection is the one that maps great circles to straight lines, so a point
 * found by planar intersection in this frame, brought back to degrees, lies on the very edge that
 * geodesicArea measures. That is what lets split pieces add up to the original within 1e-9: the new
 * vertices on a cut edge add no sliver. Every gnomonic frame agrees on which lines are straight, so
 * frames centred on different plots give the same answers.
 *
 * Scale: the authalic sphere keeps areas but stretches east–west lengths by `eastScale` (1.0004 at
 * 55°N) and shrinks north–south ones by its inverse; the gnomonic projection adds (d/R)² at distance d
 * (2.2e-7 at 3 km). Distances and tolerances in the frame are metres for all editing purposes; where
 * angles matter (cuts perpendicular to a road) use eastScale; areas are always taken by geodesicArea.
 */

export type XY = readonly [number, number];

export interface LocalFrame {
  readonly center: Position;
  /** [lon, lat] degrees → [x east, y north] metres. */
  toXY(position: Position): XY;
  /** [x, y] metres → [lon, lat] degrees, the inverse of toXY to ~1e-9 m. */
  toPosition(xy: XY): Position;
  /** Ellipsoid metres per frame metre east–west at the centre; north–south it is the inverse. */
  readonly eastScale: number;
}

const RADIUS = Math.sqrt(AUTHALIC_RADIUS_SQUARED);
const RAD_TO_DEG = 180 / Math.PI;
/** d(sin β)/d(sin φ) at the equator; the slope elsewhere is this over (1 − e² sin² φ)². */
const SLOPE_AT_EQUATOR = authalicSine(1e-10) / 1e-10;

/** sin φ from sin β: Newton's method on authalicSine, quadratic from sin β as the first guess. */
function geodeticSine(sinBeta: number): number {
  let s = sinBeta;
  for (let i = 0; i < 4; i++) {
    const w = 1 - WGS84_E2 * s * s;
    s -= ((authalicSine(s) - sinBeta) * w * w) / SLOPE_AT_EQUATOR;
  }
  return Math.max(-1, Math.min(1, s));
}

/**
 * A gnomonic frame on the authalic sphere centred on `center`.
 *
 * @example
 * const frame = createLocalFrame([39.6, 54.6]);
 * frame.toXY([39.601, 54.6]); // ≈ [64.63, 0.0005] metres
 * frame.toPosition(frame.toXY([39.601, 54.6])); // ≈ [39.601, 54.6] (to 1e-14°)
 */
export function createLocalFrame(center: Position): LocalFrame {
  const lon0 = center[0];
  const sinB0 = authalicSine(Math.sin(center[1] * DEG_TO_RAD));
  const cosB0 = Math.sqrt(1 - sinB0 * sinB0);

  function toXY(position: Position): XY {
    const sinB = authalicSine(Math.sin(position[1] * DEG_TO_RAD));
    const cosB = Math.sqrt(1 - sinB * sinB);
    const dLon = (position[0] - lon0) * DEG_TO_RAD;
    const cosD = Math.cos(dLon);
    const depth = cosB0 * cosB * cosD + sinB0 * sinB;
    return [(RADIUS * cosB * Math.sin(dLon)) / depth, (RADIUS * (cosB0 * sinB - sinB0 * cosB * cosD)) / depth];
  }

  function toPosition(xy: XY): Position {
    const u = xy[0] / RADIUS;
    const v = xy[1] / RADIUS;
    const px = cosB0 - v * sinB0;
    const pz = sinB0 + v * cosB0;
    const norm = Math.sqrt(px * px + u * u + pz * pz);
    let lon = lon0 + Math.atan2(u, px) * RAD_TO_DEG;
    if (lon > 180) lon -= 360;
    else if (lon < -180) lon += 360;
    return [lon, Math.asin(geodeticSine(pz / norm)) * RAD_TO_DEG];
  }

  // Parallel radius on the ellipsoid, a·cos φ/√(1 − e² sin² φ), over the authalic sphere's, R_q·cos β.
  const sinPhi0 = Math.sin(center[1] * DEG_TO_RAD);
  const parallelRadius = (WGS84_A * Math.cos(center[1] * DEG_TO_RAD)) / Math.sqrt(1 - WGS84_E2 * sinPhi0 * sinPhi0);
  const eastScale = cosB0 > 1e-12 ? parallelRadius / (RADIUS * cosB0) : 1;
  return { center, toXY, toPosition, eastScale };
}

/**
 * A frame centred on the middle of the bounding box of the given positions (the work at hand).
 *
 * @example
 * localFrameAround([[39.6, 54.6], [39.61, 54.61]]).center; // [39.605, 54.605]
 */
export function localFrameAround(positions: Iterable<Position>): LocalFrame {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const [lon, lat] of positions) {
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  if (!Number.isFinite(minLon) || !Number.isFinite(minLat)) return createLocalFrame([0, 0]);
  return createLocalFrame([(minLon + maxLon) / 2, (minLat + maxLat) / 2]);
}
