import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { LineStringGeometry, PolygonGeometry, Position } from '../domain/geometry';
import type { ParkId, PlotId, RailSpurId, UtilityLineId } from '../domain/ids';
import type { Plot, PlotStatus, PlotZone } from '../domain/plot';
import type { Network, UtilityLine } from '../domain/utility';
import { geographiclibMeasures } from '../geometry/test/geographiclibReference';
import {
  DEFAULT_PROTECTION_ZONES, parseConstruction, parseVoltageKv, protectionZoneConflicts, zoneHalfWidth, type ProtectionZoneTable,
} from './protectionZones';

const { Geodesic } = geodesic;

describe('zoneHalfWidth', () => {
  const width = (network: Network | 'rail', serviceClass: string): number | undefined =>
    zoneHalfWidth({ network, serviceClass }, DEFAULT_PROTECTION_ZONES)?.halfWidthM;

  it('reads the voltage class of power lines (ПП РФ № 160)', () => {
    expect(width('power', '0,4 кВ')).toBe(2);
    expect(width('power', '380 V')).toBe(2);
    expect(width('power', '10 kV')).toBe(10);
    expect(width('power', '6/10 кВ')).toBe(10);
    expect(width('power', 'ВЛ-35')).toBe(15);
    expect(width('power', '110 кВ')).toBe(20);
    expect(width('power', '220kV')).toBe(25);
    expect(width('power', '330 кВ')).toBe(30);
    expect(width('power', '±400 кВ')).toBe(30);
    expect(width('power', '750 кВ')).toBe(40);
  });

  it('gives cables 1 m, insulated 1–20 kV wire 5 m, and an unstated voltage the 10 kV default', () => {
    expect(width('power', 'КЛ-10 кВ')).toBe(1);
    expect(width('power', 'cable 0.4 kV')).toBe(1);
    expect(width('power', 'СИП 10 кВ')).toBe(5);
    expect(width('power', 'СИП 0,4 кВ')).toBe(2);
    const unstated = zoneHalfWidth({ network: 'power', serviceClass: '' });
    expect(unstated?.halfWidthM).toBe(10);
    expect(unstated?.source).toMatch(/^Planning default/);
  });

  it('gives the other networks their rows, each with a source', () => {
    expect(['gas', 'heat', 'water', 'sewer', 'storm', 'telecom', 'rail'].map((n) => width(n as Network, 'Ø 200'))).toEqual([2, 3, 5, 5, 3, 2, 20]);
    for (const row of DEFAULT_PROTECTION_ZONES) expect(row.source.length).toBeGreaterThan(20);
  });

  it('takes the planner’s table when given one', () => {
    const table: ProtectionZoneTable = [{ network: 'water', halfWidthM: 10, source: 'СанПиН 2.1.4.1110-02, водовод Ø ≤ 1000 мм' }];
    expect(zoneHalfWidth({ network: 'water', serviceClass: '' }, table)?.halfWidthM).toBe(10);
    expect(zoneHalfWidth({ network: 'gas', serviceClass: '' }, table)).toBeNull();
  });
});

describe('parseVoltageKv and parseConstruction', () => {
  it('ignores numbers that are not voltages', () => {
    expect(parseVoltageKv('Ø 300 мм')).toBeNull();
    expect(parseVoltageKv('10 в две цепи')).toBeNull();
    expect(parseConstruction('ВЛ 10 кВ')).toBe('overhead');
    expect(parseConstruction('клапан 10 кВ')).toBe('overhead');
  });
});

const box = (west: number, south: number, east: number, north: number): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
});
const plot = (id: number, geometry: PolygonGeometry, status: PlotStatus = 'allocated', zone: PlotZone = 'production'): Plot => ({
  id: id as PlotId, parkId: 1 as ParkId, code: `P-${id}`, cadastralNumber: null, status, zone, notes: '', geometry,
});
const lineString = (...coordinates: Position[]): LineStringGeometry => ({ type: 'LineString', coordinates });
const utilityLine = (id: number, network: Network, serviceClass: string, geometry: LineStringGeometry): UtilityLine => ({
  id: id as UtilityLineId, parkId: 1 as ParkId, network, name: `L${id}`, capacity: null, serviceClass, status: 'operating', geometry,
});

/** Longitude offset of a point `metres` due east of (lon, lat), by GeographicLib Direct. */
const eastBy = (lon: number, lat: number, metres: number): number => (Geodesic.WGS84.Direct(lat, lon, 90, metres).lon2 ?? Number.NaN) - lon;

describe('protectionZoneConflicts', () => {
  // A 0.002° square plot (≈ 129 m × 223 m); lines run north–south past its whole height.
  const south = 54.6;
  const north = 54.602;
  const square = plot(1, box(39.6, south, 39.602, north));

  /* The expected overlap is the plot ∩ strip of the same latitudes, its width set by GeographicLib Direct. */
  const strip = (west: number, east: number): number => geographiclibMeasures(box(west, south, east, north)).area;

  it('flags a 10 kV line through a plot with the area of a 2 × 10 m strip across it (within 0.5 %)', () => {
    const axis = 39.601;
    const line = utilityLine(7, 'power', '10 кВ', lineString([axis, 54.599], [axis, 54.603]));
    const [conflict, ...rest] = protectionZoneConflicts([square], [line], []);
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ plotId: 1, lineKind: 'utility', lineId: 7, network: 'power', halfWidthM: 10 });
    const d = eastBy(axis, 54.601, 10);
    const expected = strip(axis - d, axis + d);
    expect(expected).toBeGreaterThan(4400); // ≈ 20 m × 222.6 m
    expect(Math.abs((conflict?.overlapM2 ?? 0) - expected) / expected).toBeLessThan(0.005);
  });

  it('flags a gas pipe 1 m outside the plot with a 1 m strip (2 m zone − 1 m gap)', () => {
    const axis = 39.602 + eastBy(39.602, 54.601, 1);
    const pipe = utilityLine(8, 'gas', 'Ø 160 ПЭ', lineString([axis, 54.599], [axis, 54.603]));
    const [conflict] = protectionZoneConflicts([square], [pipe], []);
    const expected = strip(39.602 - eastBy(39.602, 54.601, 1), 39.602);
    expect(expected).toBeGreaterThan(220);
    expect(Math.abs((conflict?.overlapM2 ?? 0) - expected) / expected).toBeLessThan(0.005);
  });

  it('flags a rail spur with its 20 m strip and leaves plots beyond the zone alone', () => {
    const axis = 39.6;
    const spur = { id: 3 as RailSpurId, geometry: lineString([axis, 54.599], [axis, 54.603]) };
    const far = plot(2, box(39.6004, south, 39.602, north)); // ≈ 26 m east of the spur: outside the 20 m zone
    const conflicts = protectionZoneConflicts([square, far], [], [spur]);
    expect(conflicts.map((c) => [c.plotId, c.lineKind, c.lineId])).toEqual([[1, 'rail', 3]]);
    const expected = strip(axis, axis + eastBy(axis, 54.601, 20));
    expect(Math.abs((conflicts[0]?.overlapM2 ?? 0) - expected) / expected).toBeLessThan(0.005);
  });

  it('does not flag road plots or infrastructure plots, which carry utilities by design', () => {
    const line = utilityLine(9, 'heat', '2Ду300', lineString([39.601, 54.599], [39.601, 54.603]));
    const road = plot(3, square.geometry, 'free', 'road');
    const substation = plot(4, square.geometry, 'infrastructure', 'utility');
    expect(protectionZoneConflicts([road, substation], [line], [])).toEqual([]);
  });
});
