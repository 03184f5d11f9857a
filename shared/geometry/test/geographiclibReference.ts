import geodesic from 'geographiclib-geodesic';
import type { AreaGeometry, LinearRing } from '../../domain/geometry';

/*
 * The reference our geodesic figures are held to: GeographicLib's PolygonArea (Karney 2013),
 * exact to round-off on the WGS84 ellipsoid, but too slow for every plot on every drag.
 */

function ringReference(ring: LinearRing): { area: number; perimeter: number } {
  const polygon = geodesic.Geodesic.WGS84.Polygon(false);
  // GeographicLib closes the ring itself, so the repeated last position is left out.
  for (const [lon, lat] of ring.slice(0, -1)) polygon.AddPoint(lat, lon);
  const result = polygon.Compute(false, true);
  return { area: Math.abs(result.area ?? Number.NaN), perimeter: result.perimeter };
}

/** Ellipsoidal area (m², holes subtracted) and perimeter (m, all rings) by GeographicLib. */
export function geographiclibMeasures(geometry: AreaGeometry): { area: number; perimeter: number } {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let area = 0;
  let perimeter = 0;
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      const measured = ringReference(ring);
      area += index === 0 ? measured.area : -measured.area;
      perimeter += measured.perimeter;
    });
  }
  return { area, perimeter };
}

export function relativeError(value: number, reference: number): number {
  return Math.abs(value - reference) / Math.abs(reference);
}
