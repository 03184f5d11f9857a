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

/*
 * The plots stand on the south edge. An edge along a parallel is no straight line (the 2 km one would
 * bow 0.1 m north of the plots' own edges and leave them a sliver outside), so the south edge has a
 * vertex at every plot corner.
 */
const south = Array.from({ length: 16 }, (_, i) => [39.6 + 0.002 * i, 54.6] as [number, number]);
const park: Park = {
  id: 1 as ParkId, name: 'Тест', region: 'Рязанская область', declaredAreaHa: null, cadastralCrs: null, illustrative: true, codePrefix: 'Н-',
  boundary: { type: 'Polygon', coordinates: [[...south, [39.63, 54.6], [39.63, 54.61], [39.6, 54.61], [39.6, 54.6]]] },
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

  it('measures the boundary and splits it into parts (A ≈ 2.88 ha: 129.3 m × 222.6 m)', () => {
    expect(A).toBeGreaterThan(2.87);
    expect(A).toBeLessThan(2.89);
    expect(balance.parkAreaHa).toBeCloseTo(boundary, 4);
    // free: plots 1, 2 (7 and 8 are free but road and green: infrastructure); one plot each for the rest.
    expect(balance.parts.free).toBeCloseTo(2 * A, 4);
    expect(balance.parts.reserved).toBeCloseTo(A, 4);
    expect(balance.parts.allocated).toBeCloseTo(A, 4);
    expect(balance.parts.built).toBeCloseTo(A, 4);
  });

  it('adds the parts up to the park area, each plot in one part', () => {
    const sum = Object.values(balance.parts).reduce((total, ha) => total + ha, 0);
    expect(sum).toBeCloseTo(balance.parkAreaHa, 9);
  });

  it('separates infrastructure (status, or zone utility/road/green) from resident land', () => {
    expect(balance.parts.infrastructure).toBeCloseTo(3 * A, 4); // plots 6, 7, 8
    expect(balance.residentLandHa).toBeCloseTo(5 * A, 4); // plots 1–5
    expect(balance.occupiedHa).toBeCloseTo(3 * A, 4); // plots 3, 4, 5
  });

  it('gives occupancy as reserved + allocated + built over resident land: 3A / 5A = 60 %', () => {
    expect(balance.occupancyPct).toBeCloseTo(60, 6);
  });

  it('leaves the boundary minus the eight plots unallocated', () => {
    expect(balance.parts.unplotted).toBeCloseTo(boundary - 8 * A, 4);
  });

  it('gives no occupancy for a park without resident land', () => {
    const empty = landBalance(park, [plot(6, 'infrastructure', 'utility')]);
    expect(empty.occupancyPct).toBeNull();
    expect(empty.parts.free).toBe(0);
    expect(empty.parts.unplotted).toBeCloseTo(boundary - A, 4);
  });
});

describe('isResidentLand', () => {
  it('excludes infrastructure by status and by zone', () => {
    expect(isResidentLand({ status: 'built', zone: 'warehouse' })).toBe(true);
    expect(isResidentLand({ status: 'infrastructure', zone: 'production' })).toBe(false);
    expect(isResidentLand({ status: 'allocated', zone: 'utility' })).toBe(false);
  });
});

describe('landBalance of plots reaching outside the park', () => {
  // One plot straddling the east edge (half outside), one pasted 1 km north of the park.
  const half: Plot = { ...plot(20, 'free', 'production'), geometry: box(39.629, 54.6, 39.631, 54.602) };
  const far: Plot = { ...plot(21, 'free', 'production'), geometry: box(39.61, 54.62, 39.612, 54.622) };
  const balance = landBalance(park, [plot(1, 'free', 'production'), half, far]);
  const halfInside = geographiclibMeasures(box(39.629, 54.6, 39.63, 54.602)).area / 10_000;
  const halfOutside = geographiclibMeasures(box(39.63, 54.6, 39.631, 54.602)).area / 10_000;

  it('counts only the part inside in «Свободно» and in the unplotted rest', () => {
    expect(balance.parts.free).toBeCloseTo(A + halfInside, 4);
    expect(balance.parts.unplotted).toBeCloseTo(boundary - A - halfInside, 4);
    expect(balance.residentLandHa).toBeCloseTo(A + halfInside, 4);
  });

  it('names the plots outside with the area left out', () => {
    expect(balance.outsidePlots.map((row) => [row.code, row.wholly])).toEqual([['P-20', false], ['P-21', true]]);
    expect(balance.outsidePlots[0]?.outsideM2).toBeCloseTo(halfOutside * 10_000, 0);
    expect(balance.plotsOutsideCount).toBe(2);
    expect(balance.outsideHa).toBeCloseTo(halfOutside + geographiclibMeasures(far.geometry).area / 10_000, 4);
  });

  it('leaves plots within the boundary out of the list', () => {
    expect(landBalance(park, plots).outsidePlots).toEqual([]);
    expect(landBalance(park, plots).outsideHa).toBe(0);
  });
});
