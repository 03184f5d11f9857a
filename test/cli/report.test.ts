import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from '@turf/buffer';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import geodesic from 'geographiclib-geodesic';
import { beforeAll, describe, expect, it } from 'vitest';
import { CADASTRAL_ZONES, isCadastralZone } from '../../shared/crs/cadastralZones';
import { projPlanarAreas } from '../demo/projOracle';

/*
 * `parkplan report` as a planner runs it, checked against figures worked out here from the demo's own
 * JSON (assets/demo/demo-project.json) with GeographicLib, PROJ (pyproj) and Turf, not with the code under test.
 * A park with a cadastral МСК reads its areas in it, rounded to 1 m² per plot as the ЕГРН rounds.
 */

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

type Ring = [number, number][];
interface DemoJson {
  parks: { key: string; name: string; cadastralCrs: string | null; boundary: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] } }[];
  plots: { parkKey: string; code: string; status: string; zone: string; geometry: { type: 'Polygon'; coordinates: Ring[] } }[];
  residents: { key: string; status: string }[];
  allocations: { parkKey: string; plotCode: string; residentKey: string }[];
  railSpurs: { parkKey: string; name: string; geometry: { type: 'LineString'; coordinates: [number, number][] } }[];
  utilityConnections: { parkKey: string; network: string; requestedCapacity: number; status: string }[];
  capacities: { parkKey: string; network: string; capacity: number }[];
}

interface Sheet {
  park: string;
  landBalance: { parkAreaHa: number; parts: Record<string, number>; outsideHa: number; outsidePlots: unknown[] };
  occupancyPct: number;
  utilities: { network: string; capacity: number | null; requested: number; approved: number; connected: number; reserve: number | null; overCommitted: boolean }[];
  railServedPlots: { count: number; codes: string[] };
  residents: Record<string, number>;
  railAccess: { plots: { code: string; distanceM: number | null; railServed: boolean }[]; spurs: { name: string; lengthM: number; servedPlotCodes: string[] }[] };
}

const demo = JSON.parse(readFileSync('assets/demo/demo-project.json', 'utf8')) as DemoJson;
const dir = mkdtempSync(join(tmpdir(), 'parkplan-report-'));
const project = join(dir, 'demo.gpkg');
let sheets: Sheet[];

const ringArea = (ring: Ring): number => {
  const polygon = geodesic.Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of ring.slice(0, -1)) polygon.AddPoint(lat, lon);
  return Math.abs(polygon.Compute(false, true).area ?? 0);
};
const polygonHa = (rings: Ring[]): number => rings.reduce((sum, ring, i) => sum + (i === 0 ? ringArea(ring) : -ringArea(ring)), 0) / 10_000;
const lineM = (points: [number, number][]): number =>
  points.slice(1).reduce((sum, [lon, lat], i) => sum + (geodesic.Geodesic.WGS84.Inverse(points[i]![1], points[i]![0], lat, lon).s12 ?? 0), 0);
/** Geodesic areas agree with GeographicLib to 1e-7 relative (a few cm² on a hectare), as the demo tests ask. */
const expectSameArea = (actual: number | undefined, expected: number, what: string): void => {
  expect(Math.abs((actual ?? NaN) - expected), what).toBeLessThanOrEqual(1e-7 * Math.max(expected, 1e-3));
};
/** Per park, a plot's «Площадь» in ha: the pyproj МСК area rounded to 1 m² where the park has a zone, else geodesic. */
function areaReader(park: DemoJson['parks'][number]): { plotHa: (rings: Ring[]) => number; boundaryHa: number; tolerance: number } {
  const crs = park.cadastralCrs;
  const boundaryRings = park.boundary.type === 'Polygon' ? [park.boundary.coordinates] : park.boundary.coordinates;
  if (crs === null || !isCadastralZone(crs)) {
    return { plotHa: polygonHa, boundaryHa: boundaryRings.reduce((sum, part) => sum + polygonHa(part), 0), tolerance: 0 };
  }
  const proj4 = CADASTRAL_ZONES[crs].proj4;
  const plots = demo.plots.filter((plot) => plot.parkKey === park.key);
  const areas = projPlanarAreas([{ proj4, polygons: boundaryRings }, ...plots.map((plot) => ({ proj4, polygons: [plot.geometry.coordinates] }))]);
  const byRings = new Map(plots.map((plot, i) => [plot.geometry.coordinates, Math.floor((areas[i + 1] ?? NaN) + 0.5) / 10_000]));
  // A plot whose PROJ area lies within a hair of a half could round the other way: allow 1 m² per plot.
  return { plotHa: (rings) => byRings.get(rings) ?? NaN, boundaryHa: Math.floor((areas[0] ?? NaN) + 0.5) / 10_000, tolerance: plots.length * 1e-4 };
}
const isResidentLand = (plot: DemoJson['plots'][number]): boolean => plot.status !== 'infrastructure' && !['utility', 'green', 'road'].includes(plot.zone);

beforeAll(() => {
  expect(run('demo', project).code).toBe(0);
  const report = run('report', project, '--json');
  expect(report.stderr).toBe('');
  expect(report.code).toBe(0);
  sheets = (JSON.parse(report.stdout) as { parks: Sheet[] }).parks;
});

describe('parkplan report --json, against the demo JSON', () => {
  it('has one balance sheet per park', () => {
    expect(sheets.map((sheet) => sheet.park)).toEqual(demo.parks.map((park) => park.name));
  });

  for (const park of demo.parks) {
    const sheetOf = (): Sheet => sheets.find((sheet) => sheet.park === park.name)!;
    const plots = demo.plots.filter((plot) => plot.parkKey === park.key);

    it(`${park.key}: land balance by part in ha, in the park's МСК (else geodesic)`, () => {
      const sheet = sheetOf();
      const reader = areaReader(park);
      const boundary = reader.boundaryHa;
      const same = (actual: number | undefined, expected: number, what: string): void =>
        reader.tolerance === 0 ? expectSameArea(actual, expected, what) : expect(Math.abs((actual ?? NaN) - expected), what).toBeLessThanOrEqual(reader.tolerance);
      same(sheet.landBalance.parkAreaHa, boundary, 'boundary');
      // The glossary's parts: infrastructure by status or zone, the rest by status; the demo's plots lie inside.
      const byPart: Record<string, number> = { free: 0, reserved: 0, allocated: 0, built: 0, infrastructure: 0 };
      for (const plot of plots) {
        const part = isResidentLand(plot) ? plot.status : 'infrastructure';
        byPart[part] = (byPart[part] ?? 0) + reader.plotHa(plot.geometry.coordinates);
      }
      for (const [part, areaHa] of Object.entries(byPart)) same(sheet.landBalance.parts[part], areaHa, part);
      const plotted = Object.values(byPart).reduce((a, b) => a + b, 0);
      expect(sheet.landBalance.parts['unplotted']).toBeCloseTo(boundary - plotted, 4);
      expect(sheet.landBalance.outsidePlots).toEqual([]);
    });

    it(`${park.key}: occupancy is occupied resident land over resident land`, () => {
      const reader = areaReader(park);
      const residentLand = plots.filter(isResidentLand);
      const total = residentLand.reduce((sum, plot) => sum + reader.plotHa(plot.geometry.coordinates), 0);
      const occupied = residentLand.filter((plot) => ['reserved', 'allocated', 'built'].includes(plot.status)).reduce((sum, plot) => sum + reader.plotHa(plot.geometry.coordinates), 0);
      expect(sheetOf().occupancyPct).toBeCloseTo((occupied / total) * 100, reader.tolerance === 0 ? 6 : 3);
    });

    it(`${park.key}: utilities per network sum the connections by status`, () => {
      const sheet = sheetOf();
      const networks = new Set([...demo.capacities.filter((c) => c.parkKey === park.key).map((c) => c.network), ...demo.utilityConnections.filter((c) => c.parkKey === park.key).map((c) => c.network)]);
      expect(new Set(sheet.utilities.map((row) => row.network))).toEqual(networks);
      for (const row of sheet.utilities) {
        const connections = demo.utilityConnections.filter((c) => c.parkKey === park.key && c.network === row.network);
        const sum = (status: string): number => connections.filter((c) => c.status === status).reduce((total, c) => total + c.requestedCapacity, 0);
        const capacity = demo.capacities.find((c) => c.parkKey === park.key && c.network === row.network)?.capacity ?? null;
        expect(row.capacity).toBe(capacity);
        expect(row.requested).toBeCloseTo(sum('requested'), 9);
        expect(row.approved).toBeCloseTo(sum('approved'), 9);
        expect(row.connected).toBeCloseTo(sum('connected'), 9);
        expect(row.reserve).toBeCloseTo((capacity ?? 0) - sum('requested') - sum('approved') - sum('connected'), 9);
        expect(row.overCommitted).toBe(sum('approved') + sum('connected') > (capacity ?? 0));
      }
    });

    it(`${park.key}: residents by status are those with allocations in the park`, () => {
      const linked = new Set(demo.allocations.filter((a) => a.parkKey === park.key).map((a) => a.residentKey));
      const expected: Record<string, number> = { prospect: 0, agreement: 0, resident: 0, left: 0 };
      for (const resident of demo.residents) if (linked.has(resident.key)) expected[resident.status] = (expected[resident.status] ?? 0) + 1;
      expect(sheetOf().residents).toEqual(expected);
    });

    it(`${park.key}: rail-served plots agree with Turf buffers of the spurs at 49 and 51 m`, () => {
      const sheet = sheetOf();
      const spurs = demo.railSpurs.filter((spur) => spur.parkKey === park.key);
      const within = (metres: number): Set<string> => {
        const zones = spurs.map((spur) => buffer(feature(spur.geometry as LineString), metres, { units: 'meters' })!);
        return new Set(
          plots
            .filter(isResidentLand)
            .filter((plot) => zones.some((zone) => intersect(featureCollection<Polygon | MultiPolygon>([feature(plot.geometry as Polygon), zone])) !== null))
            .map((plot) => plot.code),
        );
      };
      const surely = within(49);
      const possibly = within(51);
      const served = new Set(sheet.railServedPlots.codes);
      expect(sheet.railServedPlots.count).toBe(served.size);
      for (const code of surely) expect(served.has(code), `${code} is within 49 m of a spur`).toBe(true);
      for (const code of served) expect(possibly.has(code), `${code} is reported served but is over 51 m away`).toBe(true);
      if (park.key === 'ryazanskiy') expect(served.size).toBeGreaterThan(0);
      expect(sheet.railAccess.plots.filter((plot) => plot.railServed).map((plot) => plot.code).sort()).toEqual([...served].sort());
      for (const spur of spurs) {
        const row = sheet.railAccess.spurs.find((candidate) => candidate.name === spur.name)!;
        expect(row.lengthM).toBeCloseTo(lineM(spur.geometry.coordinates), 3);
        for (const code of row.servedPlotCodes) expect(served.has(code)).toBe(true);
      }
    });
  }

  it('a wider rail threshold serves at least the same plots', () => {
    const wide = run('report', project, '--park', 'рязанск', '--rail-threshold', '300', '--json');
    expect(wide.code).toBe(0);
    const parsed = JSON.parse(wide.stdout) as { railThresholdM: number; parks: Sheet[] };
    expect(parsed.railThresholdM).toBe(300);
    const narrow = new Set(sheets.find((sheet) => sheet.park.includes('Рязанский'))!.railServedPlots.codes);
    const wider = new Set(parsed.parks[0]!.railServedPlots.codes);
    expect(wider.size).toBeGreaterThan(narrow.size);
    for (const code of narrow) expect(wider.has(code)).toBe(true);
  });
});

describe('parkplan report --park and text output', () => {
  it('takes any unique part of a name, ignoring case', () => {
    const result = run('report', project, '--park', 'КАРАНДАШ', '--json');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { parks: Sheet[] }).parks.map((sheet) => sheet.park)).toEqual(['Индустриальный парк «Карандаш»']);
  });

  it('names the candidates of an ambiguous part and exits 2', () => {
    const result = run('report', project, '--park', 'парк');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('matches 2 parks');
    for (const park of demo.parks) expect(result.stderr).toContain(park.name);
    expect(result.stdout).toBe('');
  });

  it('names the parks for an unknown name and exits 2', () => {
    const result = run('report', project, '--park', 'Тула');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no park is named like "Тула"');
    expect(result.stderr).toContain('«Карандаш»');
  });

  it('prints a readable balance sheet with the same figures', () => {
    const result = run('report', project, '--park', 'Рязанский');
    expect(result.code).toBe(0);
    const sheet = sheets.find((candidate) => candidate.park.includes('Рязанский'))!;
    expect(result.stdout).toContain('Индустриальный парк «Рязанский»');
    expect(result.stdout).toContain('Land balance (planar in MSK-62');
    expect(result.stdout).toMatch(new RegExp(`Park area\\s+${sheet.landBalance.parkAreaHa.toFixed(4)} ha   \\(Area inside the park boundary\\)`));
    expect(result.stdout).toMatch(new RegExp(`Free\\s+${sheet.landBalance.parts['free']!.toFixed(4)} ha`));
    expect(result.stdout).toMatch(new RegExp(`Occupancy\\s+${sheet.occupancyPct.toFixed(1)} %`));
    expect(result.stdout).toMatch(/power \(kW\)\s+60000\s/);
    expect(result.stdout).toContain(`Rail: ${sheet.railServedPlots.count} of`);
    expect(result.stdout).not.toContain('Карандаш');
  });

  it('refuses a nonsense threshold', () => {
    const result = run('report', project, '--rail-threshold', 'near');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--rail-threshold');
  });
});
