import type { CoordinateSystem } from '../../../shared/contract/editRequests';
import { fromCadastral, toCadastral } from '../../../shared/crs/cadastralArea';
import { CADASTRAL_ZONES, CADASTRAL_ZONE_KEYS, type CadastralZoneKey } from '../../../shared/crs/cadastralZones';
import type { AreaGeometry, LinearRing, Position } from '../../../shared/domain/geometry';

/** A vertex as the table shows it: (latitude, longitude) in degrees, or (X north, Y east) in metres. */
export interface VertexRow {
  readonly first: number;
  readonly second: number;
}

export type VertexAxis = 'first' | 'second';

/**
 * The МСК-62 zone whose longitudes cover a point, or null outside both.
 *
 * @example
 * zoneCovering(39.6); // 'MSK-62-1'
 */
export function zoneCovering(longitude: number): CadastralZoneKey | null {
  return CADASTRAL_ZONE_KEYS.find((key) => {
    const [west, east] = CADASTRAL_ZONES[key].coversLongitude;
    return longitude >= west && longitude < east;
  }) ?? null;
}

/**
 * The open ring's vertices in the chosen system (the closing repeat is left out).
 *
 * @example
 * vertexRows([[39.6, 54.7], [39.61, 54.7], [39.6, 54.71], [39.6, 54.7]], 'WGS84')[1]; // { first: 54.7, second: 39.61 }
 */
export function vertexRows(ring: LinearRing, crs: CoordinateSystem): VertexRow[] {
  return ring.slice(0, -1).map((position) => {
    if (crs === 'WGS84') return { first: position[1], second: position[0] };
    const point = toCadastral(position, crs);
    return { first: point.x, second: point.y };
  });
}

/**
 * The ring with one vertex's coordinate typed anew. The other vertices keep their stored doubles bit for
 * bit; the first vertex also moves the ring's closing repeat.
 *
 * @example
 * withTypedCoordinate(ring, 2, 'MSK-62-1', 'first', 451_617.6); // vertex 3 moved 10 m north
 */
export function withTypedCoordinate(ring: LinearRing, index: number, crs: CoordinateSystem, axis: VertexAxis, value: number): Position[] {
  const old = ring[index];
  if (old === undefined) throw new RangeError(`withTypedCoordinate: no vertex ${index + 1}`);
  let moved: Position;
  if (crs === 'WGS84') moved = axis === 'first' ? [old[0], value] : [value, old[1]];
  else {
    const point = toCadastral(old, crs);
    moved = fromCadastral(axis === 'first' ? { x: value, y: point.y } : { x: point.x, y: value }, crs);
  }
  const next = [...ring];
  next[index] = moved;
  if (index === 0) next[next.length - 1] = moved;
  return next;
}

/** Reads a typed number, with a comma or a point as the decimal sign and spaces between thousands. */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '' || !/^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(cleaned)) return null;
  return Number(cleaned);
}

/** Centimetres for metres (as cadastral extracts give them), 1e-8° (about 1 mm) for degrees. */
export const formatCoordinate = (value: number, crs: CoordinateSystem): string => value.toFixed(crs === 'WGS84' ? 8 : 2);

/**
 * The system the vertex table and the paste box open in: the park's МСК zone (by the plot's or park's
 * longitude) when the park has a cadastral system, which `plots:details` tells by its cadastral area.
 */
export function vertexCrsOf(geometry: AreaGeometry | null, details: { readonly status: string; readonly details?: { readonly cadastralAreaM2: number | null } }): CoordinateSystem {
  const first = geometry?.type === 'Polygon' ? geometry.coordinates[0]?.[0] : geometry?.coordinates[0]?.[0]?.[0];
  if (first === undefined) return 'WGS84';
  if (details.status === 'ready' && details.details?.cadastralAreaM2 === null) return 'WGS84';
  return zoneCovering(first[0]) ?? 'WGS84';
}
