import type { MultiPolygon, Polygon } from 'geojson';
import type { AreaGeometry } from '../../domain/geometry';

/**
 * Our geometry as Turf's mutable GeoJSON type, without copying (the benchmark must not time a copy).
 * Safe because @turf/area only reads its input.
 */
export function asTurfGeometry(geometry: AreaGeometry): Polygon | MultiPolygon {
  return geometry as unknown as Polygon | MultiPolygon;
}
