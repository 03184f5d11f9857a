import { describe, expect, it } from 'vitest';
import type { Allocation } from '../domain/allocation';
import type { PolygonGeometry } from '../domain/geometry';
import type { AllocationId, ParkId, PlotId, RailSpurId, ResidentId, UtilityConnectionId } from '../domain/ids';
import type { Park } from '../domain/park';
import type { Plot, PlotStatus, PlotZone } from '../domain/plot';
import type { RailSpur } from '../domain/railSpur';
import type { Resident, ResidentStatus } from '../domain/resident';
import type { UtilityConnection } from '../domain/utility';
import { geographiclibMeasures } from '../geometry/test/geographiclibReference';
import { parkReport } from './parkReport';

const box = (west: number, south: number, east: number, north: number): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
});

/* The plots stand on the south edge, which has a vertex at every plot corner (see landBalance.test.ts). */
const south = Array.from({ length: 10 }, (_, i) => [39.6 + 0.002 * i, 54.6] as [number, number]);
const park: Park = {
  id: 1 as ParkId, name: 'Карандаш', region: 'Рязанская область', declaredAreaHa: 20, cadastralCrs: null, illustrative: true, codePrefix: 'Н-',
  boundary: { type: 'Polygon', coordinates: [[...south, [39.62, 54.6], [39.62, 54.604], [39.6, 54.604], [39.6, 54.6]]] },
};

/* Plot i spans 0.002° of longitude in the band 54.600–54.602°N, so every plot has the same area A. */
const plot = (i: number, status: PlotStatus, zone: PlotZone, parkId = 1): Plot => ({
  id: i as PlotId, parkId: parkId as ParkId, code: `K-${i}`, cadastralNumber: null, status, zone, notes: '',
  geometry: box(39.6 + 0.002 * i, 54.6, 39.602 + 0.002 * i, 54.602),
});
const plots = [
  plot(0, 'free', 'road'),
  plot(1, 'built', 'production'),
  plot(2, 'allocated', 'warehouse'),
  plot(3, 'allocated', 'production'),
  plot(4, 'reserved', 'warehouse'),
  plot(5, 'free', 'production'),
  plot(6, 'infrastructure', 'utility'),
  plot(9, 'allocated', 'production', 2), // in another park
];

const resident = (id: number, status: ResidentStatus, sector: string, jobsPlanned: number | null, investmentMRub: number | null): Resident => ({
  id: id as ResidentId, name: `Резидент ${id}`, inn: '7707083893', ogrn: null, sector, okved: null, jobsPlanned, investmentMRub, contact: '', status,
});
const residents = [
  resident(1, 'resident', 'Канцелярские товары', 120, 350),
  resident(2, 'resident', 'Канцелярские товары', 80, null),
  resident(3, 'agreement', 'Логистика', 40, 900),
  resident(4, 'left', 'Упаковка', 15, 20),
  resident(5, 'prospect', 'Детские товары', 60, 100),
  resident(6, 'prospect', 'Детские товары', 10, 5), // no allocation anywhere: in no park
];

let nextId = 1;
const allocation = (plotId: number, residentId: number, startDate: string, endDate: string | null): Allocation => ({
  id: nextId++ as AllocationId, plotId: plotId as PlotId, residentId: residentId as ResidentId, kind: 'lease', agreementNo: `Д-${nextId}`, startDate, endDate,
});
const allocations = [
  allocation(1, 1, '2019-03-01', null),
  allocation(2, 1, '2021-06-01', null),
  allocation(3, 2, '2022-01-10', '2031-01-09'),
  allocation(4, 3, '2026-02-01', null),
  allocation(5, 4, '2017-01-01', '2020-12-31'), // ended
  allocation(5, 5, '2027-01-01', null), // starts next year
  allocation(9, 1, '2020-01-01', null), // another park's plot
];

const connection = (plotId: number, requestedCapacity: number, status: UtilityConnection['status']): UtilityConnection => ({
  id: nextId++ as UtilityConnectionId, plotId: plotId as PlotId, network: 'power', requestedCapacity, status,
});

// The spur runs along 39.6015°E: 0.0005° (≈ 32 m) west of plot 1, through the road plot 0.
const spur: RailSpur = {
  id: 1 as RailSpurId, parkId: 1 as ParkId, name: 'Путь 1', status: 'operating', station: 'Дягилево',
  geometry: { type: 'LineString', coordinates: [[39.6015, 54.598], [39.6015, 54.604]] },
};

describe('parkReport', () => {
  const report = parkReport({
    park, plots, residents, allocations,
    connections: [connection(1, 600, 'approved'), connection(3, 500, 'connected'), connection(9, 300, 'connected')],
    capacities: [{ parkId: 1 as ParkId, network: 'power', capacity: 1_000 }],
    spurs: [spur],
    today: '2026-11-26',
  });
  // Reference area of one plot by GeographicLib, not by the code's geodesicArea.
  const A = geographiclibMeasures(box(39.602, 54.6, 39.604, 54.602)).area / 10_000;

  it('names the park and carries its land balance: occupancy 4A / 5A = 80 %', () => {
    expect(report.park).toBe('Карандаш');
    expect(report.landBalance.residentLandHa).toBeCloseTo(5 * A, 4);
    expect(report.landBalance.parts.infrastructure).toBeCloseTo(2 * A, 4);
    expect(report.occupancyPct).toBeCloseTo(80, 6);
    expect(report.landBalance.parts.unplotted).toBeCloseTo(geographiclibMeasures(park.boundary).area / 10_000 - 7 * A, 4);
  });

  it('balances power: 600 approved + 500 connected of 1000 kW, the other park’s 300 kW left out', () => {
    expect(report.utilities).toEqual([
      { network: 'power', unit: 'kW', capacity: 1_000, requested: 0, approved: 600, connected: 500, reserve: -100, overCommitted: true },
    ]);
  });

  it('counts rail-served resident plots, not the road the spur runs in', () => {
    expect(report.railServedPlots).toEqual({ count: 1, codes: ['K-1'] });
  });

  it('counts residents linked to the park by any allocation, by status', () => {
    expect(report.residents).toEqual({ prospect: 1, agreement: 1, resident: 2, left: 1 });
  });

  it('sums sectors over residents holding land today, each resident once', () => {
    expect(report.sectors).toHaveLength(2);
    const [stationery, logistics] = report.sectors;
    // Resident 1 holds plots 1 and 2, resident 2 plot 3; resident 1's plot in park 2 is not this park's land.
    expect(stationery).toMatchObject({ sector: 'Канцелярские товары', jobs: 200, investmentMRub: 350, residentCount: 2 });
    expect(stationery?.areaHa).toBeCloseTo(3 * A, 4);
    expect(logistics).toMatchObject({ sector: 'Логистика', jobs: 40, investmentMRub: 900, residentCount: 1 });
    expect(logistics?.areaHa).toBeCloseTo(A, 4);
  });
});
