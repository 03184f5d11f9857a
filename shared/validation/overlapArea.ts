import type { AreaGeometry, PolygonGeometry } from '../domain/geometry';
import { geodesicArea } from '../geometry/geodesicArea';
import { overlayPolygons } from '../geometry/polygonOverlay';

/*
 * The one expensive step of validation: the shape a plot shares with another area, by our own overlay
 * (noded with the same 1 mm tolerance as the interior tests, so a shared edge never yields a sliver),
 * measured with geodesicArea. It runs only for the few pairs the interior tests found overlapping.
 * Turf's intersect (polyclip-ts, on big numbers) gives the same shapes but takes ~2 ms a pair and
 * ~50 ms against a park boundary of 160 vertices; the tests use it as the independent reference.
 */

/**
 * Geodesic area in m² of what a plot shares with an area (another plot, the park boundary).
 *
 * @example
 * sharedAreaM2(plotA.geometry, plotB.geometry); // ≈ 412.7 for plots overlapping by a 4 m strip
 */
export function sharedAreaM2(plot: PolygonGeometry, other: AreaGeometry): number {
  const parts: readonly PolygonGeometry[] =
    other.type === 'Polygon' ? [other] : other.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  let area = 0;
  for (const part of parts) {
    for (const shared of overlayPolygons(plot, part, 'intersection').polygons) area += geodesicArea(shared);
  }
  return area;
}
