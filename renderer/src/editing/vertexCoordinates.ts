import type { CoordinateSystem } from '../../../shared/contract/editRequests';
import { fromCadastral, toCadastral } from '../../../shared/crs/cadastralArea';
import { isCadastralZone } from '../../../shared/crs/cadastralZones';
import type { LinearRing, Position } from '../../../shared/domain/geometry';

/** A vertex as the table shows it: (latitude, longitude) in degrees, or (X north, Y east) in metres. */
export interface VertexRow {
  readonly first: number;
  readonly second: number;
}

export type VertexAxis = 'first' | 'second';

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
 * The system the vertex table and the paste box open in: the park's cadastral МСК zone, or WGS84 when the
 * park has none (or one this build does not know). The park's own key, not a guess from the longitude: a
 * park near a zone border is surveyed in one zone only.
 *
 * @example
 * vertexCrsOf('MSK-62-2'); // 'MSK-62-2'
 * vertexCrsOf(null); // 'WGS84'
 */
export const vertexCrsOf = (parkCrs: string | null | undefined): CoordinateSystem =>
  parkCrs !== null && parkCrs !== undefined && isCadastralZone(parkCrs) ? parkCrs : 'WGS84';
