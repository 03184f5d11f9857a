import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { MultiPolygon, Polygon } from 'geojson';
import type { AreaGeometry, PolygonGeometry } from '../../domain/geometry';
import { geodesicArea } from '../geodesicArea';

/*
 * The independent reference for shapes our own overlay computes: Turf's intersect (polyclip-ts),
 * measured with geodesicArea. Turf works in degrees as if they were planar, so its shapes differ from
 * ours by the great-circle bulge of the edges (millimetres), hence the 1e-6 tolerances where used.
 */
export function intersectionAreaByTurf(a: PolygonGeometry, b: AreaGeometry): number {
  const shared = intersect(featureCollection([feature(a as unknown as Polygon), feature(b as unknown as Polygon | MultiPolygon)]));
  return shared === null ? 0 : geodesicArea(shared.geometry as unknown as AreaGeometry);
}
