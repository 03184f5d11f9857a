import { describe, expect, it } from 'vitest';
import { toCadastral } from '../../../shared/crs/cadastralArea';
import type { Position } from '../../../shared/domain/geometry';
import { parseTypedNumber, vertexCrsOf, vertexRows, withTypedCoordinate } from './vertexCoordinates';

const ring: Position[] = [
  [39.6, 54.7],
  [39.601, 54.7],
  [39.601, 54.701],
  [39.6, 54.701],
  [39.6, 54.7],
];

describe('vertex table coordinates', () => {
  it("opens in the park's own МСК zone, WGS84 when it has none or an unknown one", () => {
    expect(vertexCrsOf('MSK-62-1')).toBe('MSK-62-1');
    // Zone 2 even for a park whose plots lie west of 39.98° E, where a longitude guess would say zone 1.
    expect(vertexCrsOf('MSK-62-2')).toBe('MSK-62-2');
    expect(vertexCrsOf(null)).toBe('WGS84');
    expect(vertexCrsOf(undefined)).toBe('WGS84');
    // Any zone of the МСК table; a key the table does not know falls back to degrees.
    expect(vertexCrsOf('MSK-50-1')).toBe('MSK-50-1');
    expect(vertexCrsOf('MSK-99-1')).toBe('WGS84');
  });

  it('lists the open ring as latitude/longitude or X north/Y east', () => {
    expect(vertexRows(ring, 'WGS84')).toHaveLength(4);
    expect(vertexRows(ring, 'WGS84')[1]).toEqual({ first: 54.7, second: 39.601 });
    const msk = vertexRows(ring, 'MSK-62-1');
    const north = msk[3];
    const south = msk[0];
    // Vertex 4 lies 0.001° (≈ 111 m) north of vertex 1.
    expect((north?.first ?? 0) - (south?.first ?? 0)).toBeGreaterThan(100);
    // Meridian convergence 1.1° east of the zone's central meridian: the grid north leans about 1.8 m over 111 m.
    expect(Math.abs((north?.second ?? 0) - (south?.second ?? 0))).toBeLessThan(3);
  });

  it('moves one vertex 10 m north in МСК metres, the others kept bit for bit', () => {
    const before = toCadastral(ring[2] as Position, 'MSK-62-1');
    const next = withTypedCoordinate(ring, 2, 'MSK-62-1', 'first', before.x + 10);
    const after = toCadastral(next[2] as Position, 'MSK-62-1');
    // proj4's inverse Transverse Mercator round-trips to some tens of micrometres.
    expect(after.x - before.x).toBeCloseTo(10, 3);
    expect(after.y - before.y).toBeCloseTo(0, 3);
    expect(next[1]).toBe(ring[1]);
    const first = withTypedCoordinate(ring, 0, 'WGS84', 'second', 39.5995);
    expect(first[0]).toEqual([39.5995, 54.7]);
    expect(first[4]).toEqual([39.5995, 54.7]);
  });

  it('reads typed numbers with a decimal comma and thousands spaces', () => {
    expect(parseTypedNumber('451 607,25')).toBe(451607.25);
    expect(parseTypedNumber('abc')).toBeNull();
    expect(parseTypedNumber('')).toBeNull();
  });
});
