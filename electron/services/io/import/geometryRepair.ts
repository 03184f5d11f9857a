import { message, type Message } from '../../../../shared/messages/message';
import type { LineStringGeometry, LinearRing, PolygonGeometry, Position } from '../../../../shared/domain/geometry';
import { findSelfIntersections, selfIntersectionMessage } from '../../../../shared/validation/selfIntersections';
import type { SourceCrs } from './sourceCrs';
import type { SourceGeometry, SourcePosition } from './sourceFeature';

/*
 * One feature's geometry, from the file's coordinates to a plot outline or a line in WGS84: what can be
 * repaired without guessing is repaired and said (a ring closed, the winding turned, repeated vertices
 * dropped); everything else is rejected with the reason. Coordinates that cannot be what the CRS says
 * (metres read as degrees) or that land far from the park (latitude and longitude swapped, a wrong
 * CRS) are rejected and explained — never placed on the other side of the Earth.
 */

export type RepairOutcome<G> = { readonly ok: true; readonly geometry: G; readonly repairs: readonly Message[] } | { readonly ok: false; readonly reason: Message };

/** Where the park is, to catch features that land elsewhere. */
export interface ParkWhereabouts {
  readonly name: string;
  /** [west, south, east, north] of the park's boundary, degrees. */
  readonly bbox: readonly [number, number, number, number];
}

/** How far outside the park's box a feature may lie before it is taken for a CRS mistake. */
export const FAR_FROM_PARK_KM = 25;

type Rings = readonly (readonly SourcePosition[])[];

const rejected = (reason: Message): { ok: false; reason: Message } => ({ ok: false, reason });

/** Checks the coordinate arrays really are arrays of number pairs; the message names the first fault. */
function malformed(rings: unknown): Message | null {
  if (!Array.isArray(rings)) return message('import.reject.notArray');
  for (const [r, ring] of rings.entries()) {
    if (!Array.isArray(ring)) return message('import.reject.ringNotArray', { ring: r + 1 });
    for (const [v, position] of ring.entries()) {
      if (!Array.isArray(position) || position.length < 2 || position.some((n) => typeof n !== 'number')) return message('import.reject.vertexNotPair', { vertex: v + 1, ring: r + 1 });
    }
  }
  return null;
}

function nonFinite(rings: Rings): Message | null {
  for (const [r, ring] of rings.entries()) {
    for (const [v, position] of ring.entries()) {
      const bad = position.slice(0, 2).find((n) => !Number.isFinite(n));
      if (bad !== undefined) {
        const where: Record<string, number> = rings.length > 1 ? { vertex: v + 1, ring: r + 1 } : { vertex: v + 1 };
        if (Number.isNaN(bad)) return message(rings.length > 1 ? 'import.reject.vertexNaNOfRing' : 'import.reject.vertexNaN', where);
        return message(rings.length > 1 ? 'import.reject.vertexInfiniteOfRing' : 'import.reject.vertexInfinite', { ...where, value: String(bad) });
      }
    }
  }
  return null;
}

function firstPosition(rings: Rings): SourcePosition {
  for (const ring of rings) if (ring.length > 0) return ring[0] as SourcePosition;
  return [0, 0];
}

const everyPosition = (rings: readonly (readonly Position[])[], test: (position: Position) => boolean): boolean => rings.every((ring) => ring.every(test));

function nearPark(rings: readonly (readonly Position[])[], park: ParkWhereabouts): boolean {
  const [west, south, east, north] = park.bbox;
  const dLat = FAR_FROM_PARK_KM / 111;
  const dLon = FAR_FROM_PARK_KM / (111 * Math.cos((((south + north) / 2) * Math.PI) / 180));
  return everyPosition(rings, ([lon, lat]) => lon >= west - dLon && lon <= east + dLon && lat >= south - dLat && lat <= north + dLat);
}

/*
 * Source rings → lon/lat rings, or the reason they cannot be trusted there. Loops rather than flat()
 * copies: every feature of a 100 MB file passes here twice, and a valid one should cost little more
 * than reading its coordinates.
 */
function placed(rings: Rings, crs: SourceCrs, park: ParkWhereabouts): { rings: Position[][] } | { reason: Message } {
  const [sx = 0, sy = 0] = firstPosition(rings);
  // The file's own figures, as written: text, so that Russian does not put a decimal comma into them.
  const first = { x: String(sx), y: String(sy), crs: crs.label };
  if (crs.geographic && rings.some((ring) => ring.some(([x = 0, y = 0]) => Math.abs(x) > 180 || Math.abs(y) > 90))) {
    return { reason: message('import.reject.degreesAreMetres', first) };
  }
  const convert = (swap: boolean): Position[][] => rings.map((ring) => ring.map(([x = 0, y = 0]) => (swap ? crs.toLonLat(y, x) : crs.toLonLat(x, y))));
  const straight = convert(false);
  if (!everyPosition(straight, ([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90)) {
    return { reason: message('import.reject.doesNotConvert', first) };
  }
  if (nearPark(straight, park)) return { rings: straight };
  const swapped = convert(true);
  if (everyPosition(swapped, ([lon, lat]) => Number.isFinite(lon) && Math.abs(lat) <= 90) && nearPark(swapped, park)) {
    return { reason: message(crs.geographic ? 'import.reject.axesSwapped' : 'import.reject.axesSwappedProjected', { park: park.name }) };
  }
  const [lon = 0, lat = 0] = straight[0]?.[0] ?? [];
  return { reason: message('import.reject.farFromPark', { lat: lat.toFixed(4), lon: lon.toFixed(4), km: FAR_FROM_PARK_KM, park: park.name, crs: crs.label }) };
}

const duplicatesRemoved = (count: number): Message => message(count === 1 ? 'import.repair.duplicateVertex' : 'import.repair.duplicateVertices', { count });

const sameSpot = (p: Position, q: Position): boolean => p[0] === q[0] && p[1] === q[1];

/** Drops repeated consecutive vertices and closes the ring, counting both repairs. */
function tidyRing(ring: readonly Position[], counts: { duplicates: number; closed: number }): Position[] {
  const out: Position[] = [];
  for (const position of ring) {
    const last = out[out.length - 1];
    if (last !== undefined && sameSpot(last, position)) counts.duplicates++;
    else out.push(position);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first !== undefined && last !== undefined && out.length > 1 && !sameSpot(first, last)) {
    out.push(first);
    counts.closed++;
  }
  return out;
}

/** How many distinct vertices the ring has, counted up to three (all a polygon needs). */
function distinctUpToThree(ring: readonly Position[]): number {
  const seen: Position[] = [];
  for (const position of ring) {
    if (!seen.some((other) => sameSpot(other, position))) seen.push(position);
    if (seen.length === 3) return 3;
  }
  return seen.length;
}

/** Twice the signed area in degrees; positive is counter-clockwise. */
function orientation(ring: LinearRing): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function polygonRings(geometry: SourceGeometry): { rings: Rings; repairs: Message[] } | { reason: Message } {
  if (geometry.type === 'Polygon') return { rings: geometry.coordinates, repairs: [] };
  if (geometry.type === 'MultiPolygon') {
    if (Array.isArray(geometry.coordinates) && geometry.coordinates.length === 1) return { rings: geometry.coordinates[0] ?? [], repairs: [message('import.repair.onePartPolygon')] };
    return { reason: message('import.reject.multiPolygon', { count: Array.isArray(geometry.coordinates) ? geometry.coordinates.length : '?' }) };
  }
  if (geometry.type === 'Unsupported') return { reason: message('import.reject.unsupported', { what: geometry.what }) };
  return { reason: message('import.reject.notPolygon', { type: geometry.type }) };
}

/**
 * A plot outline from a feature's geometry, repaired where that is safe.
 *
 * @example
 * repairPolygon({ type: 'Polygon', coordinates: [[[39.6, 54.7], [39.601, 54.7], [39.601, 54.701]]] }, WGS84_DEGREES, park);
 * // → { ok: true, repairs: ['ring closed'], geometry: a Polygon with the closing vertex added }
 */
export function repairPolygon(geometry: SourceGeometry, crs: SourceCrs, park: ParkWhereabouts): RepairOutcome<PolygonGeometry> {
  const shape = polygonRings(geometry);
  if ('reason' in shape) return rejected(shape.reason);
  const fault = malformed(shape.rings) ?? nonFinite(shape.rings);
  if (fault !== null) return rejected(fault);
  if (shape.rings.length === 0) return rejected(message('import.reject.noRings'));
  const where = placed(shape.rings, crs, park);
  if ('reason' in where) return rejected(where.reason);
  const counts = { duplicates: 0, closed: 0 };
  const rings = where.rings.map((ring) => tidyRing(ring, counts));
  const repairs = [...shape.repairs];
  let turned = 0;
  for (const [r, ring] of rings.entries()) {
    const distinct = distinctUpToThree(ring);
    if (distinct < 3) return rejected(r === 0 ? message('import.reject.outlineTooFew', { count: distinct }) : message('import.reject.holeTooFew', { hole: r, count: distinct }));
    // RFC 7946: the outer ring counter-clockwise, holes clockwise.
    if ((r === 0) !== orientation(ring) > 0) {
      ring.reverse();
      turned++;
    }
    const crossings = findSelfIntersections(ring);
    if (crossings.length > 0) {
      const fault = selfIntersectionMessage(crossings);
      return rejected(r === 0 ? fault : message('import.reject.holeFault', { hole: r, fault }));
    }
  }
  if (counts.closed > 0) repairs.push(counts.closed === 1 ? message('import.repair.ringClosed') : message('import.repair.ringsClosed', { count: counts.closed }));
  if (turned > 0) repairs.push(turned === 1 ? message('import.repair.windingFixed') : message('import.repair.windingFixedRings', { count: turned }));
  if (counts.duplicates > 0) repairs.push(duplicatesRemoved(counts.duplicates));
  return { ok: true, geometry: { type: 'Polygon', coordinates: rings }, repairs };
}

/**
 * A rail spur or utility line from a feature's geometry.
 *
 * @example
 * repairLine({ type: 'LineString', coordinates: [[39.6, 54.7], [39.6, 54.7], [39.61, 54.71]] }, WGS84_DEGREES, park);
 * // → { ok: true, repairs: ['1 duplicate vertex removed'], geometry: a LineString of 2 vertices }
 */
export function repairLine(geometry: SourceGeometry, crs: SourceCrs, park: ParkWhereabouts): RepairOutcome<LineStringGeometry> {
  let line: readonly SourcePosition[];
  const repairs: Message[] = [];
  if (geometry.type === 'LineString') line = geometry.coordinates;
  else if (geometry.type === 'MultiLineString' && Array.isArray(geometry.coordinates) && geometry.coordinates.length === 1) {
    line = geometry.coordinates[0] ?? [];
    repairs.push(message('import.repair.onePartLine'));
  } else if (geometry.type === 'Unsupported') return rejected(message('import.reject.unsupported', { what: geometry.what }));
  else return rejected(geometry.type === 'MultiLineString' ? message('import.reject.multiLine') : message('import.reject.notLine', { type: geometry.type }));
  const fault = malformed([line]) ?? nonFinite([line]);
  if (fault !== null) return rejected(fault);
  const where = placed([line], crs, park);
  if ('reason' in where) return rejected(where.reason);
  const positions: Position[] = [];
  let duplicates = 0;
  for (const position of where.rings[0] ?? []) {
    const last = positions[positions.length - 1];
    if (last !== undefined && sameSpot(last, position)) duplicates++;
    else positions.push(position);
  }
  if (positions.length < 2) return rejected(message('import.reject.lineTooFew'));
  if (duplicates > 0) repairs.push(duplicatesRemoved(duplicates));
  return { ok: true, geometry: { type: 'LineString', coordinates: positions }, repairs };
}
