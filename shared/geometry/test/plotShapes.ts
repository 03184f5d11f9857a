import type { LineStringGeometry, PolygonGeometry, Position } from '../../domain/geometry';
import { createLocalFrame } from '../localFrame';

/*
 * Hand-built plots for the editing tests, laid out in metres around a point near Ryazan and turned
 * into degrees through the local frame, so that "a 100 m × 60 m rectangle" reads as such in the tests.
 */

export const RYAZAN: Position = [39.6, 54.6];
export const frame = createLocalFrame(RYAZAN);

export function metres(points: readonly (readonly [number, number])[]): Position[] {
  return points.map((p) => frame.toPosition(p));
}

/** A polygon from rings given in metres; each ring is closed here. */
export function polygonInMetres(...rings: (readonly (readonly [number, number])[])[]): PolygonGeometry {
  return { type: 'Polygon', coordinates: rings.map((ring) => { const positions = metres(ring); return [...positions, positions[0] as Position]; }) };
}

export function lineInMetres(points: readonly (readonly [number, number])[]): LineStringGeometry {
  return { type: 'LineString', coordinates: metres(points) };
}

export function rectangle(x: number, y: number, width: number, height: number): PolygonGeometry {
  return polygonInMetres([[x, y], [x + width, y], [x + width, y + height], [x, y + height]]);
}

/** Every vertex of the polygons, as "lon,lat" keys, for comparing coordinates bit for bit. */
export function vertexKeys(...polygons: readonly PolygonGeometry[]): Set<string> {
  return new Set(polygons.flatMap((polygon) => polygon.coordinates.flat().map(([lon, lat]) => `${lon},${lat}`)));
}
