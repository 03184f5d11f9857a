import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../electron/store/project';
import { CLI_TIMEOUT, exportOk, gdalLayer, readGeoJson, writeDemo, type GdalFeature, type OurFeature } from './exportSupport';

const dir = mkdtempSync(join(tmpdir(), 'parkplan-export-gpkg-'));
const project = join(dir, 'demo.gpkg');

// Our GeoJSON property (camelCase) → the GeoPackage column GDAL reports, for the properties both carry.
const KEY_PROPERTIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  parks: { name: 'name' },
  plots: { parkId: 'park_id', code: 'code', status: 'status', zone: 'zone', cadastralNumber: 'cadastral_number', notes: 'notes' },
  rail_spurs: { parkId: 'park_id', name: 'name', status: 'status', station: 'station' },
  utility_lines: { parkId: 'park_id', name: 'name', network: 'network', capacity: 'capacity', serviceClass: 'service_class', status: 'status' },
};

/** The parks column is declared MultiPolygon, so GDAL reads a park's Polygon as a one-part MultiPolygon. */
const asRead = (geometry: OurFeature['geometry'], readType: string | undefined): OurFeature['geometry'] =>
  geometry.type === 'Polygon' && readType === 'MultiPolygon' ? { type: 'MultiPolygon', coordinates: [geometry.coordinates] } : geometry;

/** `ogrinfo` must open the file and read every feature without a warning or an error. */
function ogrinfoClean(file: string): string {
  const result = spawnSync('/usr/bin/ogrinfo', ['-ro', '-al', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).not.toMatch(/warning|error/i);
  return result.stdout;
}

/** GDAL's reading of our GeoPackage matches our GeoJSON: same features, same doubles, same key properties. */
function expectSameFeatures(gpkg: string, geojson: string): number {
  const ours = readGeoJson(geojson);
  let compared = 0;
  for (const [layer, columns] of Object.entries(KEY_PROPERTIES)) {
    const theirs = new Map(gdalLayer(gpkg, layer, '-preserve_fid').map((feature: GdalFeature) => [feature.id, feature]));
    const mine = ours.filter((feature: OurFeature) => feature.properties.layer === layer);
    expect([...theirs.keys()].sort()).toEqual(mine.map((feature) => feature.properties['id']).sort());
    for (const feature of mine) {
      const twin = theirs.get(feature.properties['id'] as number);
      // toEqual on numbers is ===: the coordinates must survive to the last bit.
      expect(twin?.geometry).toEqual(asRead(feature.geometry, twin?.geometry?.type));
      for (const [property, column] of Object.entries(columns)) expect(twin?.properties[column]).toEqual(feature.properties[property]);
      compared += 1;
    }
  }
  return compared;
}

/** The extent GDAL reports for a layer (`ogrinfo -so`, which takes it from gpkg_contents), or null. */
function gdalExtent(file: string, layer: string): number[] | null {
  const result = spawnSync('/usr/bin/ogrinfo', ['-ro', '-so', file, layer], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  const match = /^Extent: \(([-\d.]+), ([-\d.]+)\) - \(([-\d.]+), ([-\d.]+)\)/m.exec(result.stdout);
  return match === null ? null : match.slice(1).map(Number);
}

/** [minX, minY, maxX, maxY] over every position of the features. */
function boxOf(features: readonly OurFeature[]): number[] {
  const positions = features.flatMap((feature) => JSON.stringify(feature.geometry.coordinates).match(/-?[\d.]+(?:e-?\d+)?,-?[\d.]+(?:e-?\d+)?/g) ?? []);
  const points = positions.map((pair) => pair.split(',').map(Number) as [number, number]);
  return [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))];
}

beforeAll(() => writeDemo(project), CLI_TIMEOUT);

describe('parkplan export OUT.gpkg', () => {
  it('writes a clean copy that ogrinfo reads without a word, matching our GeoJSON export', () => {
    const before = readFileSync(project);
    exportOk(project, join(dir, 'copy.gpkg'));
    exportOk(project, join(dir, 'copy.geojson'));
    const listing = ogrinfoClean(join(dir, 'copy.gpkg'));
    expect(listing).toContain('Layer name: plots');
    expect(expectSameFeatures(join(dir, 'copy.gpkg'), join(dir, 'copy.geojson'))).toBeGreaterThanOrEqual(100);
    expect(readFileSync(project).equals(before)).toBe(true);
  }, CLI_TIMEOUT);

  it('with --park keeps that park, its plots, allocations and residents, nothing of the other park', () => {
    const gpkg = join(dir, 'ryazansky.gpkg');
    exportOk(project, gpkg, '--park', 'Рязанский');
    exportOk(project, join(dir, 'ryazansky.geojson'), '--park', 'Рязанский');
    ogrinfoClean(gpkg);
    expect(expectSameFeatures(gpkg, join(dir, 'ryazansky.geojson'))).toBeGreaterThanOrEqual(80);

    const whole = openProject(project, { readonly: true });
    const copy = openProject(gpkg, { readonly: true });
    try {
      const [park] = copy.parks.list();
      expect(copy.parks.list()).toHaveLength(1);
      expect(park?.name).toContain('«Рязанский»');
      const plotIds = new Set(whole.plots.listByPark(park?.id ?? (0 as never)).map((plot) => plot.id));
      const allocations = whole.allocations.list().filter((allocation) => plotIds.has(allocation.plotId));
      expect(copy.allocations.list()).toEqual(allocations);
      const residentIds = new Set(allocations.map((allocation) => allocation.residentId));
      expect(copy.residents.list()).toEqual(whole.residents.list().filter((resident) => residentIds.has(resident.id)));
      expect(copy.residents.list().length).toBeLessThan(whole.residents.list().length);
      expect(copy.utilityConnections.list().every((connection) => plotIds.has(connection.plotId))).toBe(true);
      expect(copy.parkCapacities.list().every((capacity) => capacity.parkId === park?.id)).toBe(true);
      expect(copy.editJournal.counts('cli')).toEqual({ done: 0, undone: 0 });
    } finally {
      whole.close();
      copy.close();
    }
    // gpkg_contents holds the extent of what was exported, not the whole project's (QGIS "zoom to layer").
    const exported = readGeoJson(join(dir, 'ryazansky.geojson'));
    for (const layer of ['parks', 'plots', 'rail_spurs', 'utility_lines']) {
      const expected = boxOf(exported.filter((feature) => feature.properties.layer === layer));
      const extent = gdalExtent(gpkg, layer);
      expect(extent, layer).not.toBeNull();
      extent?.forEach((value, i) => expect(value, `${layer} extent[${i}]`).toBeCloseTo(expected[i] ?? NaN, 5));
    }
    expect(gdalExtent(project, 'plots')?.[2]).toBeGreaterThan((gdalExtent(gpkg, 'plots')?.[2] ?? 0) + 1);
    // secure_delete: the other park's name is not left in free pages.
    expect(readFileSync(gpkg).includes(Buffer.from('Карандаш', 'utf8'))).toBe(false);
    // A single file to send on: not in WAL mode, no -wal beside it.
    expect(readFileSync(gpkg)[18]).toBe(1);
  }, CLI_TIMEOUT);
});
