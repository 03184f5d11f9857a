import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import geodesic from 'geographiclib-geodesic';
import { beforeAll, describe, expect, it } from 'vitest';

// The real command, as a planner runs it: a child process on real files.
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const dir = mkdtempSync(join(tmpdir(), 'parkplan-cli-'));
const project = join(dir, 'demo.gpkg');

interface ParkInfo {
  name: string;
  boundaryAreaHa: number;
  plotCount: number;
  land: { parkAreaHa: number; parts: Record<string, number>; occupiedHa: number; outsideHa: number };
  outsidePlots: unknown[];
}

beforeAll(() => {
  const created = run('demo', project);
  expect(created.stderr).toBe('');
  expect(created.code).toBe(0);
});

describe('parkplan demo', () => {
  it('writes a GeoPackage and says what it wrote', () => {
    expect(readFileSync(project).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });

  it('refuses to overwrite an existing file and leaves it as it was', () => {
    const before = readFileSync(project);
    const again = run('demo', project);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('Refusing to overwrite');
    expect(readFileSync(project).equals(before)).toBe(true);
  });
});

describe('parkplan info', () => {
  it('gives per-park figures as JSON', () => {
    const info = run('info', project, '--json');
    expect(info.code).toBe(0);
    const parks = (JSON.parse(info.stdout) as { parks: ParkInfo[] }).parks;
    const ryazansky = parks.find((park) => park.name.includes('Рязанский'));
    const karandash = parks.find((park) => park.name.includes('Карандаш'));
    expect(ryazansky?.boundaryAreaHa).toBeGreaterThanOrEqual(555);
    expect(ryazansky?.boundaryAreaHa).toBeLessThanOrEqual(565);
    expect(ryazansky?.plotCount).toBeGreaterThanOrEqual(40);
    expect(karandash?.plotCount).toBeGreaterThanOrEqual(8);
    for (const park of parks) {
      // The glossary's parts add up to the park area; the demo has no plot outside its park.
      const sum = Object.values(park.land.parts).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(park.land.parkAreaHa, 6);
      expect(park.land.parkAreaHa).toBeCloseTo(park.boundaryAreaHa, 9);
      expect(park.land.occupiedHa).toBeGreaterThan(0);
      expect(park.outsidePlots).toEqual([]);
    }
  });

  it('prints a readable table without --json', () => {
    const info = run('info', project);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('Индустриальный парк «Рязанский»');
    expect(info.stdout).toMatch(/Park area\s+5\d\d\.\d{4} ha \(planar in MSK-62/);
  });
});

describe('parkplan export', () => {
  it('writes every feature with its properties and geodesic plot areas', () => {
    const out = join(dir, 'demo.geojson');
    const exported = run('export', project, out);
    expect(exported.code).toBe(0);
    const collection = JSON.parse(readFileSync(out, 'utf8')) as {
      features: { geometry: { type: string; coordinates: number[][][] }; properties: Record<string, unknown> }[];
    };
    const layers = new Set(collection.features.map((feature) => feature.properties['layer']));
    expect([...layers].sort()).toEqual(['parks', 'plots', 'rail_spurs', 'utility_lines']);
    const plots = collection.features.filter((feature) => feature.properties['layer'] === 'plots');
    expect(plots.length).toBeGreaterThanOrEqual(48);
    for (const plot of plots) {
      const polygon = geodesic.Geodesic.WGS84.Polygon(false);
      const outer = plot.geometry.coordinates[0] ?? [];
      for (const [lon, lat] of outer.slice(0, -1)) polygon.AddPoint(lat ?? 0, lon ?? 0);
      let expected = Math.abs(polygon.Compute(false, true).area ?? 0);
      for (const hole of plot.geometry.coordinates.slice(1)) {
        const inner = geodesic.Geodesic.WGS84.Polygon(false);
        for (const [lon, lat] of hole.slice(0, -1)) inner.AddPoint(lat ?? 0, lon ?? 0);
        expected -= Math.abs(inner.Compute(false, true).area ?? 0);
      }
      const areaM2 = plot.properties['areaM2Geodesic'] as number;
      expect(Math.abs(areaM2 - expected) / expected).toBeLessThan(1e-5);
      // The «Площадь» is the МСК-62 area as the ЕГРН states it in «Рязанский», the geodesic one in «Карандаш».
      const cadastral = plot.properties['areaM2Cadastral'] as number | null;
      if (String(plot.properties['parkName']).includes('Рязанский')) {
        expect(Number.isInteger(cadastral)).toBe(true);
        expect(plot.properties['areaM2']).toBe(cadastral);
        expect(plot.properties['areaCrs']).toBe('MSK-62-1');
        expect(Math.abs((cadastral ?? 0) / expected - 1)).toBeLessThan(5e-4);
      } else {
        expect(cadastral).toBeNull();
        expect(plot.properties['areaM2']).toBe(areaM2);
      }
      expect(typeof plot.properties['code']).toBe('string');
      expect(typeof plot.properties['status']).toBe('string');
    }
  });

  it('refuses a format it cannot write, and writes nothing', () => {
    const out = join(dir, 'demo.dwg');
    const exported = run('export', project, out);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toContain('.dwg');
    expect(existsSync(out)).toBe(false);
  });
});

describe('bad input', () => {
  it('names a missing project file', () => {
    const missing = run('info', join(dir, 'nope.gpkg'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.gpkg');
    expect(existsSync(join(dir, 'nope.gpkg'))).toBe(false);
  });

  it('names a file that is not a GeoPackage and leaves it byte for byte', () => {
    const text = join(dir, 'notes.gpkg');
    writeFileSync(text, 'Участок Р-01: 12 га\n');
    const before = readFileSync(text);
    const result = run('info', text);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a GeoPackage/i);
    expect(readFileSync(text).equals(before)).toBe(true);
    expect(existsSync(`${text}-wal`)).toBe(false);
  });

  it('explains an unknown command with the usage and exit code 2', () => {
    const result = run('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command');
    expect(result.stderr).toContain('Usage: parkplan');
  });
});
