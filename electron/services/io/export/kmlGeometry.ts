import type { AreaGeometry, LinearRing, Position } from '../../../../shared/domain/geometry';

/** KML coordinates: lon,lat tuples separated by spaces, every double written in full (shortest round trip). */
const coordinates = (positions: readonly Position[]): string =>
  `<coordinates>${positions.map(([lon, lat]) => `${lon},${lat}`).join(' ')}</coordinates>`;

const ring = (positions: LinearRing): string => `<LinearRing>${coordinates(positions)}</LinearRing>`;

function polygon(rings: readonly LinearRing[]): string {
  const [outer, ...holes] = rings;
  if (outer === undefined) return '<Polygon/>';
  const inner = holes.map((hole) => `<innerBoundaryIs>${ring(hole)}</innerBoundaryIs>`).join('');
  return `<Polygon><outerBoundaryIs>${ring(outer)}</outerBoundaryIs>${inner}</Polygon>`;
}

/**
 * A Polygon or MultiPolygon as KML geometry (a MultiPolygon becomes a MultiGeometry of Polygons).
 *
 * @example
 * kmlArea({ type: 'Polygon', coordinates: [[[39.6, 54.7], [39.61, 54.7], [39.61, 54.71], [39.6, 54.7]]] });
 * // '<Polygon><outerBoundaryIs><LinearRing><coordinates>39.6,54.7 39.61,54.7 ...'
 */
export function kmlArea(geometry: AreaGeometry): string {
  if (geometry.type === 'Polygon') return polygon(geometry.coordinates);
  return `<MultiGeometry>${geometry.coordinates.map(polygon).join('')}</MultiGeometry>`;
}

/** A LineString as KML geometry. */
export const kmlLine = (positions: readonly Position[]): string => `<LineString><tessellate>1</tessellate>${coordinates(positions)}</LineString>`;
