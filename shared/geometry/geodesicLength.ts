import geodesic from 'geographiclib-geodesic';
import type { AreaGeometry, LinearRing, Position } from '../domain/geometry';
import { assertRingShape, invalidPositionError, isValidLonLat } from './positionChecks';

/*
 * Lengths go through GeographicLib's inverse problem (Karney 2013, accurate to nanometres), which
 * is pure JavaScript; lengths are not on a hot path the way plot areas are.
 */
const { Geodesic } = geodesic;
const WGS84 = Geodesic.WGS84;

/** Geodesic distance in metres between two [lon, lat] positions on the WGS84 ellipsoid. */
function segmentLength(from: Position, to: Position): number {
  return WGS84.Inverse(from[1], from[0], to[1], to[0], Geodesic.DISTANCE).s12 ?? Number.NaN;
}

/**
 * Length in metres of a line through the given [lon, lat] positions, measured along WGS84
 * geodesics (what QGIS ellipsoidal measurement and PostGIS `geography` give). Fewer than two
 * positions measure 0 m. Throws a RangeError for a non-finite position or a latitude beyond ±90°.
 *
 * @example
 * geodesicLength([[39.6, 54.6], [39.61, 54.6]]); // ≈ 646.29 m, where spherical @turf/distance gives ≈ 644.13 m
 */
export function geodesicLength(coords: readonly Position[]): number {
  let length = 0;
  let previous: Position | undefined;
  let index = 0;
  for (const position of coords) {
    if (!isValidLonLat(position[0], position[1])) {
      throw invalidPositionError('geodesicLength', index, position[0], position[1]);
    }
    if (previous !== undefined) length += segmentLength(previous, position);
    previous = position;
    index++;
  }
  return length;
}

function ringLength(ring: LinearRing): number {
  assertRingShape(ring, 'geodesicPerimeter');
  return geodesicLength(ring);
}

/**
 * Perimeter in metres of a Polygon or MultiPolygon: the geodesic length of every ring, holes
 * included (a hole's edge is boundary too, e.g. for fencing).
 *
 * @example
 * geodesicPerimeter({
 *   type: 'Polygon',
 *   coordinates: [[[39.6, 54.6], [39.601, 54.6], [39.601, 54.601], [39.6, 54.601], [39.6, 54.6]]],
 * }); // ≈ 351.89 m
 */
export function geodesicPerimeter(geometry: AreaGeometry): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let perimeter = 0;
  for (const rings of polygons) {
    for (const ring of rings) perimeter += ringLength(ring);
  }
  return perimeter;
}
