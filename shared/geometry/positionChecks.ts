import type { LinearRing } from '../domain/geometry';

/*
 * Geometry arriving here comes from drawing tools, imports and the store. A NaN or a ring that is
 * too short would otherwise surface as a silent NaN or 0 m² in a plot's area, so we throw a
 * RangeError that names the problem and where it is.
 */

/** True when lon/lat are finite and the latitude lies within ±90°. NaN fails every comparison. */
export function isValidLonLat(lon: number, lat: number): boolean {
  return lat >= -90 && lat <= 90 && Number.isFinite(lon);
}

export function invalidPositionError(what: string, index: number, lon: unknown, lat: unknown): RangeError {
  return new RangeError(
    `${what}: position ${index} is not a valid [longitude, latitude] in degrees (got [${String(lon)}, ${String(lat)}])`,
  );
}

/**
 * Throws unless the ring has at least 4 positions and ends where it starts (RFC 7946 §3.1.6).
 * Positions themselves are checked by the callers' loops, which read them anyway.
 */
export function assertRingShape(ring: LinearRing, what: string): void {
  const n = ring.length;
  if (n < 4) {
    throw new RangeError(`${what}: a linear ring needs at least 4 positions (first = last), got ${n}`);
  }
  const first = ring[0];
  const last = ring[n - 1];
  if (first === undefined || last === undefined || first[0] !== last[0] || first[1] !== last[1]) {
    throw new RangeError(`${what}: the ring is not closed (its last position must equal its first)`);
  }
}
