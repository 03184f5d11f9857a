import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { booleanWithin } from '@turf/boolean-within';
import { featureCollection, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import geographiclib from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { PLOT_STATUSES, PLOT_ZONES } from '../../shared/domain/plot';
import type { ProjectSeed } from '../../shared/domain/projectSeed';

// Checks the shipped demo with code of its own: nothing here is imported from the generator.

const repoRoot = resolve(import.meta.dirname, '..', '..');
const demoFile = join(repoRoot, 'assets', 'demo', 'demo-project.json');
const demoText = readFileSync(demoFile, 'utf8');
const demo = JSON.parse(demoText) as ProjectSeed;

type Ring = ProjectSeed['plots'][number]['geometry']['coordinates'][number];
type Plot = ProjectSeed['plots'][number];

/** Loose ring shape, so that Turf's Position[] fits as well as the domain's LinearRing. */
type AnyRing = readonly (readonly number[])[];

function geodesicArea(ring: AnyRing): number {
  const area = geographiclib.Geodesic.WGS84.Polygon(false);
  for (const [lon = NaN, lat = NaN] of ring.slice(0, -1)) area.AddPoint(lat, lon);
  return Math.abs(area.Compute(false, true).area ?? 0);
}

function polygonArea(rings: readonly AnyRing[]): number {
  const [outer, ...holes] = rings;
  if (outer === undefined) return 0;
  return geodesicArea(outer) - holes.reduce((sum, hole) => sum + geodesicArea(hole), 0);
}

function park(key: string): ProjectSeed['parks'][number] {
  const found = demo.parks.find((candidate) => candidate.key === key);
  if (found === undefined) throw new Error(`no park ${key}`);
  return found;
}

function boundaryRing(key: string): Ring {
  const { boundary } = park(key);
  const ring = boundary.type === 'Polygon' ? boundary.coordinates[0] : boundary.coordinates[0]?.[0];
  if (ring === undefined) throw new Error(`park ${key} has no boundary ring`);
  return ring;
}

const plotsOf = (key: string): Plot[] => demo.plots.filter((plot) => plot.parkKey === key);
const residentsAllocatedIn = (key: string): Set<string> =>
  new Set(demo.allocations.filter((allocation) => allocation.parkKey === key).map((allocation) => allocation.residentKey));

function innValid(inn: string): boolean {
  if (!/^\d{10}$/.test(inn)) return false;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(inn[i]), 0);
  return (sum % 11) % 10 === Number(inn[9]);
}

function ogrnValid(ogrn: string): boolean {
  if (!/^\d{13}$/.test(ogrn)) return false;
  return Number((BigInt(ogrn.slice(0, 12)) % 11n) % 10n) === Number(ogrn[12]);
}

function bbox(ring: Ring): [number, number, number, number] {
  const lons = ring.map(([lon]) => lon);
  const lats = ring.map(([, lat]) => lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

describe('the shipped demo project', () => {
  it('is exactly a ProjectSeed: the eight arrays and no other keys', () => {
    expect(Object.keys(demo).sort()).toEqual(
      ['allocations', 'capacities', 'parks', 'plots', 'railSpurs', 'residents', 'utilityConnections', 'utilityLines'].sort(),
    );
    expect(Object.keys(park('ryazanskiy')).sort()).toEqual(
      ['boundary', 'cadastralCrs', 'declaredAreaHa', 'illustrative', 'key', 'name', 'region'].sort(),
    );
    for (const parkRow of demo.parks) expect(parkRow.illustrative).toBe(true);
  });

  it('gives «Рязанский» a 560 ± 5 ha irregular boundary by its WGS84 geodesic area', () => {
    const ryazanskiy = park('ryazanskiy');
    expect(ryazanskiy.name).toBe('Индустриальный парк «Рязанский»');
    expect(ryazanskiy.region).toBe('Рязанская область');
    const ring = boundaryRing('ryazanskiy');
    const hectares = geodesicArea(ring) / 10_000;
    expect(hectares).toBeGreaterThanOrEqual(555);
    expect(hectares).toBeLessThanOrEqual(565);
    expect(ring.length - 1).toBeGreaterThanOrEqual(8);
    expect(ring.length - 1).toBeLessThanOrEqual(14);
    const [west, south, east, north] = bbox(ring);
    expect((west + east) / 2).toBeCloseTo(39.6, 1);
    expect((south + north) / 2).toBeCloseTo(54.7, 1);
  });

  it('has at least 40 plots in «Рязанский» covering every status and every zone', () => {
    const plots = plotsOf('ryazanskiy');
    expect(plots.length).toBeGreaterThanOrEqual(40);
    expect(new Set(plots.map((plot) => plot.status))).toEqual(new Set(PLOT_STATUSES));
    expect(new Set(plots.map((plot) => plot.zone))).toEqual(new Set(PLOT_ZONES));
    expect(residentsAllocatedIn('ryazanskiy').size).toBe(18);
  });

  it('has eight resident plots, a road and eight residents in «Карандаш»', () => {
    const plots = plotsOf('karandash');
    expect(plots.filter((plot) => plot.zone !== 'road')).toHaveLength(8);
    expect(plots.filter((plot) => plot.zone !== 'road').every((plot) => plot.status === 'allocated' || plot.status === 'built')).toBe(true);
    const residents = residentsAllocatedIn('karandash');
    expect(residents.size).toBe(8);
    for (const key of residents) expect(demo.residents.find((resident) => resident.key === key)?.inn.startsWith('66')).toBe(true);
  });

  it('closes every ring and keeps every plot inside its park boundary', () => {
    const rings = [...demo.parks.map((parkRow) => boundaryRing(parkRow.key)), ...demo.plots.flatMap((plot) => plot.geometry.coordinates)];
    for (const ring of rings) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[ring.length - 1]).toEqual(ring[0]);
    }
    for (const parkRow of demo.parks) {
      const boundary = polygon([boundaryRing(parkRow.key).map(([lon, lat]) => [lon, lat])]);
      for (const plot of plotsOf(parkRow.key)) {
        const shape = polygon(plot.geometry.coordinates.map((ring) => ring.map(([lon, lat]) => [lon, lat])));
        expect(booleanWithin(shape, boundary), `${plot.parkKey}/${plot.code}`).toBe(true);
      }
    }
  });

  it('has no two plots overlapping by more than 1 m²', () => {
    const shapes = demo.plots.map((plot) => ({
      plot,
      box: bbox(plot.geometry.coordinates[0] ?? []),
      shape: polygon(plot.geometry.coordinates.map((ring) => ring.map(([lon, lat]) => [lon, lat]))),
    }));
    let comparedPairs = 0;
    shapes.forEach((a, i) => {
      for (const b of shapes.slice(i + 1)) {
        if (a.box[0] > b.box[2] || b.box[0] > a.box[2] || a.box[1] > b.box[3] || b.box[1] > a.box[3]) continue;
        comparedPairs += 1;
        const common = intersect(featureCollection([a.shape, b.shape]));
        if (common === null) continue;
        const polygons = common.geometry.type === 'Polygon' ? [common.geometry.coordinates] : common.geometry.coordinates;
        const overlap = polygons.reduce((sum, rings) => sum + polygonArea(rings), 0);
        expect(overlap, `${a.plot.code} × ${b.plot.code}`).toBeLessThanOrEqual(1);
      }
    });
    // Neighbours touch, so many boxes overlap: the check really ran.
    expect(comparedPairs).toBeGreaterThan(100);
  });

  it('gives every resident a valid INN and OGRN', () => {
    expect(new Set(demo.residents.map((resident) => resident.inn)).size).toBe(demo.residents.length);
    for (const resident of demo.residents) {
      expect(innValid(resident.inn), `${resident.name} ИНН ${resident.inn}`).toBe(true);
      expect(resident.ogrn !== null && ogrnValid(resident.ogrn), `${resident.name} ОГРН ${resident.ogrn}`).toBe(true);
      expect(resident.ogrn?.slice(3, 5)).toBe(resident.inn.slice(0, 2));
    }
  });

  it('refers from every allocation to a real plot and resident, with one active allocation per held plot', () => {
    const plotKeys = new Set(demo.plots.map((plot) => `${plot.parkKey}/${plot.code}`));
    const residentKeys = new Set(demo.residents.map((resident) => resident.key));
    const today = new Date().toISOString().slice(0, 10);
    const active = new Map<string, string[]>();
    for (const allocation of demo.allocations) {
      const plotKey = `${allocation.parkKey}/${allocation.plotCode}`;
      expect(plotKeys.has(plotKey), plotKey).toBe(true);
      expect(residentKeys.has(allocation.residentKey), allocation.residentKey).toBe(true);
      expect(allocation.startDate >= '2016-01-01' && allocation.startDate <= '2025-12-31', allocation.startDate).toBe(true);
      if (allocation.endDate !== null) expect(allocation.endDate > allocation.startDate).toBe(true);
      if (allocation.endDate === null || allocation.endDate > today) active.set(plotKey, [...(active.get(plotKey) ?? []), allocation.kind]);
    }
    expect(demo.allocations.some((allocation) => allocation.endDate !== null)).toBe(true);
    for (const plot of demo.plots) {
      const kinds = active.get(`${plot.parkKey}/${plot.code}`) ?? [];
      expect(kinds.length, `${plot.parkKey}/${plot.code}`).toBeLessThanOrEqual(1);
      if (plot.status === 'reserved') expect(kinds).toEqual(['reservation']);
      if (plot.status === 'allocated' || plot.status === 'built') expect(['lease', 'ownership']).toContain(kinds[0]);
      if (plot.status === 'free') expect(kinds).toEqual([]);
    }
  });

  it('connects only existing plots and gives capacity for every network asked of it', () => {
    const plotKeys = new Set(demo.plots.map((plot) => `${plot.parkKey}/${plot.code}`));
    for (const connection of demo.utilityConnections) {
      expect(plotKeys.has(`${connection.parkKey}/${connection.plotCode}`)).toBe(true);
      expect(connection.requestedCapacity).toBeGreaterThan(0);
      expect(demo.capacities.some((capacity) => capacity.parkKey === connection.parkKey && capacity.network === connection.network)).toBe(true);
    }
    expect(demo.railSpurs.map((spur) => spur.status).sort()).toEqual(['construction', 'operating']);
  });

  it('is what the generator writes, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkplan-demo-'));
    try {
      const out = join(dir, 'demo-project.json');
      execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'demo', 'makeDemo.ts'), out], { cwd: repoRoot, stdio: 'pipe' });
      expect(readFileSync(out, 'utf8') === demoText).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
