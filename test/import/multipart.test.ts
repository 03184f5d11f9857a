import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LinearRing } from '../../shared/domain/geometry';
import { geodesicArea } from '../../shared/geometry/geodesicArea';
import { geodesicLength } from '../../shared/geometry/geodesicLength';
import { demoCopy, expectUnchanged, fileState, runImport, withProject } from './importRun';

/*
 * Multi-part features, as QGIS writes MultiPolygon layers: every part becomes a plot (or a line) of its
 * own, numbered from the file's code or name, and the report says so. A part that is bad is rejected on
 * its own, naming the part.
 */

const scratch = mkdtempSync(join(tmpdir(), 'parkplan-multipart-'));
const write = (name: string, value: unknown): string => {
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};
const rectangle = (west: number, south: number, east: number, north: number): LinearRing => [[west, south], [east, south], [east, north], [west, north], [west, south]];

// Near «Рязанский»; where exactly does not matter here, since overlaps and land outside the park only warn.
const partA = rectangle(39.7001, 54.6001, 39.7011, 54.6007);
const partB = rectangle(39.7021, 54.6001, 39.7027, 54.6005);

describe('a MultiPolygon of two parts', () => {
  it('becomes two plots coded «code/1» and «code/2», each with its own part’s geodesic area', () => {
    const project = demoCopy();
    const input = write('two-parts.geojson', {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'М-7' }, geometry: { type: 'MultiPolygon', coordinates: [[partA], [partB]] } }],
    });
    const run = runImport(project, input, '--park', 'Рязанский');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('feature 1 «М-7», part 1 of 2 → plot М-7/1');
    expect(run.out).toContain('part 2 of a 2-part MultiPolygon, imported as a plot of its own');
    withProject(project, (store) => {
      const park = store.parks.list().find((each) => each.name.includes('Рязанский'));
      const first = store.plots.getByCode(park!.id, 'М-7/1');
      const second = store.plots.getByCode(park!.id, 'М-7/2');
      expect(first).not.toBeNull();
      expect(second).not.toBeNull();
      const expectedA = geodesicArea({ type: 'Polygon', coordinates: [partA] });
      const expectedB = geodesicArea({ type: 'Polygon', coordinates: [partB] });
      expect(Math.abs(geodesicArea(first!.geometry) - expectedA) / expectedA).toBeLessThan(1e-12);
      expect(Math.abs(geodesicArea(second!.geometry) - expectedB) / expectedB).toBeLessThan(1e-12);
      expect(store.plots.getByCode(park!.id, 'М-7')).toBeNull();
    });
  });

  it('is refused whole, naming the part, when one part is bad; the project stays as it was', () => {
    const project = demoCopy();
    const before = fileState(project);
    const broken: LinearRing = [[39.7021, 54.6001], [39.7027, 54.6005], [39.7027, 54.6001], [39.7021, 54.6005], [39.7021, 54.6001]];
    const input = write('bad-part.geojson', {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'М-8' }, geometry: { type: 'MultiPolygon', coordinates: [[partA], [broken]] } }],
    });
    const run = runImport(project, input, '--park', 'Рязанский');
    expect(run.code).toBe(1);
    expect(`${run.out}\n${run.err}`).toMatch(/feature 1 «М-8», part 2 of 2: .*(cross|intersect)/u);
    expectUnchanged(project, before);
  });
});

describe('a MultiLineString of two parts on the utility lines layer', () => {
  it('becomes two lines named «name (1/2)» and «name (2/2)», each as long as its part', () => {
    const project = demoCopy();
    const first: [number, number][] = [[39.7001, 54.6001], [39.7031, 54.6003]];
    const second: [number, number][] = [[39.7041, 54.6003], [39.7061, 54.6011]];
    const input = write('cable.geojson', {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'КЛ-10 кВ', network: 'power' }, geometry: { type: 'MultiLineString', coordinates: [first, second] } }],
    });
    const run = runImport(project, input, '--park', 'Рязанский', '--layer', 'utility_lines');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    withProject(project, (store) => {
      const lines = store.utilityLines.list().filter((line) => line.name.startsWith('КЛ-10 кВ'));
      expect(lines.map((line) => line.name).sort()).toEqual(['КЛ-10 кВ (1/2)', 'КЛ-10 кВ (2/2)']);
      const byName = new Map(lines.map((line) => [line.name, line]));
      expect(geodesicLength(byName.get('КЛ-10 кВ (1/2)')!.geometry.coordinates)).toBeCloseTo(geodesicLength(first), 6);
      expect(geodesicLength(byName.get('КЛ-10 кВ (2/2)')!.geometry.coordinates)).toBeCloseTo(geodesicLength(second), 6);
    });
  });
});
