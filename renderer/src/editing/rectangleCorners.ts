import geodesic from 'geographiclib-geodesic';
import type { LinearRing, Position } from '../../../shared/domain/geometry';

/** A rectangle typed by the planner: its size in metres and its turn from north, clockwise. */
export interface TypedRectangle {
  readonly centre: Position;
  /** Across, along azimuth 90° + rotation (east when not rotated). */
  readonly widthM: number;
  /** Along azimuth `rotationDeg` (north when not rotated). */
  readonly depthM: number;
  readonly rotationDeg: number;
}

const ellipsoid = geodesic.Geodesic.WGS84;

/** The point `distance` metres from `from` along `azimuth`, with the forward azimuth there. */
function walk(from: Position, azimuth: number, distance: number): { readonly at: Position; readonly azimuth: number } {
  const step = ellipsoid.Direct(from[1], from[0], azimuth, distance);
  return { at: [step.lon2 ?? Number.NaN, step.lat2 ?? Number.NaN], azimuth: step.azi2 ?? Number.NaN };
}

/**
 * The closed ring (counter-clockwise, RFC 7946) of a rectangle typed by size, built on the WGS84
 * ellipsoid: from the centre half the depth to each side's midpoint, then half the width each way at
 * right angles to the geodesic there. Sides come out exactly as typed; the area is width × depth to a
 * few parts in 10⁹ at plot sizes (the surface's curvature).
 *
 * @example
 * rectangleCorners({ centre: [39.6, 54.7], widthM: 100, depthM: 50, rotationDeg: 0 }); // 5 positions, ≈ 5 000 m²
 */
export function rectangleCorners(rectangle: TypedRectangle): LinearRing {
  const { centre, widthM, depthM, rotationDeg } = rectangle;
  if (!(widthM > 0) || !(depthM > 0) || !Number.isFinite(rotationDeg)) {
    throw new RangeError(`rectangleCorners: width and depth must be positive metres (got ${widthM} × ${depthM}, rotation ${rotationDeg})`);
  }
  const front = walk(centre, rotationDeg, depthM / 2);
  const back = walk(centre, rotationDeg + 180, depthM / 2);
  const frontRight = walk(front.at, front.azimuth + 90, widthM / 2).at;
  const frontLeft = walk(front.at, front.azimuth - 90, widthM / 2).at;
  // `back.azimuth` points away from the centre, so its right hand is the rectangle's left.
  const backLeft = walk(back.at, back.azimuth + 90, widthM / 2).at;
  const backRight = walk(back.at, back.azimuth - 90, widthM / 2).at;
  return [frontRight, frontLeft, backLeft, backRight, frontRight];
}
