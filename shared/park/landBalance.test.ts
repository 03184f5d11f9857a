import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../domain/geometry';
import type { ParkId, PlotId } from '../domain/ids';
import type { Park } from '../domain/park';
import type { Plot, PlotStatus, PlotZone } from '../domain/plot';
import { geographiclibMeasures } from '../geometry/test/geographiclibReference';
import { isResidentLand, landBalance } from './landBalance';

const box = (west: number, south: number, east: number, north: number): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
});

const park: Park = {
  id: 1 as ParkId, name: 'Тест', region: 'Рязанская область', declaredAreaHa: null, cadastralCrs: null, illustrative: true, codePrefix: 'Н-',
  boundary: box(39.6, 54.6, 39.63, 54.61),
};

/* Every plot spans 0.002° of longitude in the same latitude band, so all have the same area A. */
const plot = (id: number, status: PlotStatus, zone: PlotZone, parkId = 1): Plot => ({
  id: id as PlotId, parkId: parkId as ParkId, code: `P-${id}`, cadastralNumber: null, status, zone, notes: '',
  geometry: box(39.6 + 0.002 * id, 54.6, 39.602 + 0.002 * id, 54.602),
});

const plots = [
  plot(1, 'free', 'production'),
  plot(2, 'free', 'warehouse'),
  plot(3, 'reserved', 'production'),
  plot(4, 'allocated', 'office'),
  plot(5, 'built', 'production'),
  plot(6, 'infrastructure', 'utility'),
  plot(7, 'free', 'road'),
  plot(8, 'free', 'green'),
  plot(9, 'allocated', 'production', 2), // another park's plot: ignored
];

// The reference areas come from GeographicLib, not from the geodesicArea the code uses.
const A = geographiclibMeasures(box(39.602, 54.6, 39.604, 54.602)).area / 10_000;
const boundary = geographiclibMeasures(park.boundary).area / 10_000;

describe('landBalance', () => {
  const balance = landBalance(park, plots);

  it('measures the boundary and sums plots by status (A ≈ 2.88 ha: 129.3 m × 222.6 m)', () => {
    expect(A).toBeGreaterThan(2.87);
    expect(A).toBeLessThan(2.89);
    expect(balance.boundaryHa).toBeCloseTo(boundary, 4);
    // free: plots 1, 2, 7, 8; one plot each for the other statuses.
    expect(balance.byStatus.free).toBeCloseTo(4 * A, 4);
    expect(balance.byStatus.reserved).toBeCloseTo(A, 4);
    expect(balance.byStatus.allocated).toBeCloseTo(A, 4);
    expect(balance.byStatus.built).toBeCloseTo(A, 4);
    expect(balance.byStatus.infrastructure).toBeCloseTo(A, 4);
  });

  it('separates infrastructure (status, or zone utility/road/green) from resident land', () => {
    expect(balance.infrastructureHa).toBeCloseTo(3 * A, 4); // plots 6, 7, 8
    expect(balance.residentLandHa).toBeCloseTo(5 * A, 4); // plots 1–5
    expect(balance.occupiedHa).toBeCloseTo(3 * A, 4); // plots 3, 4, 5
  });

  it('gives occupancy as reserved + allocated + built over resident land: 3A / 5A = 60 %', () => {
    expect(balance.occupancyPct).toBeCloseTo(60, 6);
  });

  it('leaves the boundary minus the eight plots unallocated', () => {
    expect(balance.unallocatedHa).toBeCloseTo(boundary - 8 * A, 4);
  });

  it('gives no occupancy for a park without resident land', () => {
    const empty = landBalance(park, [plot(6, 'infrastructure', 'utility')]);
    expect(empty.occupancyPct).toBeNull();
    expect(empty.byStatus.free).toBe(0);
    expect(empty.unallocatedHa).toBeCloseTo(boundary - A, 4);
  });
});

describe('isResidentLand', () => {
  it('excludes infrastructure by status and by zone', () => {
    expect(isResidentLand({ status: 'built', zone: 'warehouse' })).toBe(true);
    expect(isResidentLand({ status: 'infrastructure', zone: 'production' })).toBe(false);
    expect(isResidentLand({ status: 'allocated', zone: 'utility' })).toBe(false);
  });
});
