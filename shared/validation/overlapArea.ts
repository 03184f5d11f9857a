import type { AreaGeometry, PolygonGeometry } from '../domain/geometry';
import { geodesicArea } from '../geometry/geodesicArea';
import { overlayPolygons } from '../geometry/polygonOverlay';
import { plotAreaFigures } from '../crs/plotArea';

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
  return sharedShape(plot, other).reduce((area, shared) => area + geodesicArea(shared), 0);
}

/**
 * The polygons a plot shares with an area, for measuring them another way (in the park's МСК).
 *
 * @example
 * sharedShape(plot.geometry, park.boundary); // [] for a plot wholly outside the park
 */
export function sharedShape(plot: PolygonGeometry, other: AreaGeometry): PolygonGeometry[] {
  const parts: readonly PolygonGeometry[] =
    other.type === 'Polygon' ? [other] : other.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  return parts.flatMap((part) => overlayPolygons(plot, part, 'intersection').polygons);
}

/** Unrounded area of the kind a planner reads: planar in the park's МСК where it has one, else geodesic. */
function exactAreaM2(geometry: PolygonGeometry, parkCrs: string | null): number {
  const figures = plotAreaFigures(geometry, parkCrs);
  return figures.cadastralAreaExactM2 ?? figures.geodesicAreaM2;
}

/**
 * The area of a plot outside a park boundary, m², measured as the plot's «Площадь» is: planar in the
 * park's МСК (`parkCrs`) where it has one, else geodesic. Ask it only of plots that leave the boundary.
 *
 * @example
 * areaOutsideM2(plotPasted1kmAway.geometry, park.boundary, 'MSK-62-1'); // the whole plot, ≈ 10000
 */
export function areaOutsideM2(plot: PolygonGeometry, boundary: AreaGeometry, parkCrs: string | null): number {
  const inside = sharedShape(plot, boundary).reduce((sum, part) => sum + exactAreaM2(part, parkCrs), 0);
  return Math.max(0, exactAreaM2(plot, parkCrs) - inside);
}
