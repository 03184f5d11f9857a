import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_USAGE } from '../../electron/cli/commands/import';
import { checkImport, commitImport, type ImportOptions } from '../../electron/services/io/import/importPipeline';
import { reportLines } from '../../electron/services/io/import/importReport';
import { sourceFacts } from '../../electron/services/io/import/importWatch';
import { writeSeed } from '../../electron/store/seedProject';
import { openProject, type ProjectStore } from '../../electron/store/project';
import type { LinearRing } from '../../shared/domain/geometry';
import type { Park } from '../../shared/domain/park';
import { formatMessage, type Message } from '../../shared/messages/message';
import { demoCopy, FIXTURES, runImport, withProject } from './importRun';

/*
 * The import's warnings (a plot overlapping plots of the park or of the file, a plot leaving the park),
 * the facts the dry run gives the dialog (columns, mapping, tables), and DXF units chosen by the planner.
 */

const scratch = mkdtempSync(join(tmpdir(), 'parkplan-import-checks-'));
const write = (name: string, text: string): string => {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
};

const rectangle = (west: number, south: number, east: number, north: number): LinearRing => [[west, south], [east, south], [east, north], [west, north], [west, south]];

/**
 * A ring through the given corners and extra vertices on its edges, counter-clockwise and closed. The
 * extra vertices put the corners of an overlap on both outlines, so the overlap is exactly the geodesic
 * quadrangle between them and the formula below checks it.
 */
const ring = (...positions: readonly (readonly [number, number])[]): LinearRing => [...positions, positions[0] as readonly [number, number]];

/**
 * The WGS84 area of the quadrangle between two meridians and two parallels, from the authalic-latitude
 * formula (Snyder, Map Projections — A Working Manual, eq. 3-12): A = Δλ · a²(1 − e²)/2 · [q(φ₂) − q(φ₁)].
 * Independent of the code under test. Its east–west sides are parallels, the polygon's are geodesics,
 * which bulge poleward by ~1 mm over 200 m here; the north and south bulges nearly cancel (< 0.01 m²).
 */
function quadrangleM2(west: number, south: number, east: number, north: number): number {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const e2 = f * (2 - f);
  const e = Math.sqrt(e2);
  const q = (latitude: number): number => {
    const s = Math.sin((latitude * Math.PI) / 180);
    return s / (1 - e2 * s * s) - (1 / (2 * e)) * Math.log((1 - e * s) / (1 + e * s));
  };
  return (((east - west) * Math.PI) / 180) * ((a * a * (1 - e2)) / 2) * (q(north) - q(south));
}

/** A fresh project with one park (a 2 × 2 km box) and one plot, П-12. */
function smallProject(): { file: string; park: Park } {
  const file = join(scratch, `small-${Math.random().toString(36).slice(2)}.gpkg`);
  const store = openProject(file, { create: true });
  try {
    writeSeed(store, {
      parks: [{ key: 'p', name: 'Тестовый', region: 'Рязанская область', declaredAreaHa: null, cadastralCrs: null, illustrative: true, boundary: { type: 'Polygon', coordinates: [rectangle(39.6, 54.7, 39.63, 54.718)] } }],
      plots: [{ parkKey: 'p', code: 'П-12', cadastralNumber: null, status: 'free', zone: 'production', notes: '', geometry: { type: 'Polygon', coordinates: [ring([39.61, 54.705], [39.62, 54.705], [39.62, 54.71], [39.617, 54.71], [39.61, 54.71])] } }],
      residents: [], allocations: [], railSpurs: [], utilityLines: [], utilityConnections: [], capacities: [],
    });
    return { file, park: store.parks.list()[0] as Park };
  } finally {
    store.close();
  }
}

const plotsFile = (name: string, features: readonly { readonly properties: Record<string, string>; readonly ring: LinearRing }[]): string =>
  write(name, JSON.stringify({ type: 'FeatureCollection', features: features.map(({ properties, ring }) => ({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } })) }));

const options = (input: string, more: Partial<ImportOptions> = {}): ImportOptions => ({ input, layer: 'plots', fieldMap: {}, skipRejected: false, swapXY: false, ...more });

function withStore<T>(file: string, look: (store: ProjectStore) => T, readonly = true): T {
  const store = openProject(file, { readonly });
  try {
    return look(store);
  } finally {
    store.close();
  }
}

/** A report's message as the CLI prints it by default. */
const english = (said: Message | undefined): string => (said === undefined ? '' : formatMessage('en', said));

const squareMetres = (message: string | undefined): number => Number(/by ([\d.]+) m²/.exec(message ?? '')?.[1] ?? Number.NaN);

describe('import warnings', () => {
  it('warns that a plot overlaps a plot of the park, with the geodesic overlap area, and still accepts it', () => {
    const { file, park } = smallProject();
    const input = plotsFile('overlap.geojson', [{ properties: { code: 'Н-1' }, ring: ring([39.617, 54.708], [39.62, 54.708], [39.622, 54.708], [39.622, 54.712], [39.617, 54.712]) }]);
    const report = withStore(file, (store) => checkImport(store, park, options(input)));
    expect([report.accepted, report.rejectedCount, report.overlappingCount]).toEqual([1, 0, 1]);
    expect(english(report.overlapping[0]?.label)).toBe('feature 1 «Н-1» → plot Н-1');
    const message = english(report.overlapping[0]?.messages[0]);
    expect(message).toMatch(/^overlaps plot П-12 by [\d.]+ m²$/);
    // The shared part is the quadrangle 39.617–39.62°E × 54.708–54.71°N: 0.003° × 0.002°, about 193 × 222 m.
    const expected = quadrangleM2(39.617, 54.708, 39.62, 54.71);
    expect(expected).toBeGreaterThan(42_000);
    // The message rounds to 0.1 m².
    expect(Math.abs(squareMetres(message) - expected)).toBeLessThan(0.06);
    expect(reportLines(report, 'en').join('\n')).toMatch(/Overlapping other plots \(warning\):\n {2}feature 1 «Н-1» → plot Н-1: overlaps plot П-12 by/);
  });

  it('warns about overlaps with plots earlier in the same file, and not about neighbours sharing an edge', () => {
    const { file, park } = smallProject();
    const input = plotsFile('in-file.geojson', [
      { properties: { code: 'Н-1' }, ring: rectangle(39.601, 54.701, 39.603, 54.703) },
      { properties: { code: 'Н-2' }, ring: ring([39.603, 54.701], [39.605, 54.701], [39.605, 54.703], [39.6045, 54.703], [39.603, 54.703]) },
      { properties: { code: 'Н-3' }, ring: ring([39.6045, 54.7025], [39.605, 54.7025], [39.606, 54.7025], [39.606, 54.704], [39.6045, 54.704]) },
    ]);
    const report = withStore(file, (store) => checkImport(store, park, options(input)));
    expect(report.overlappingCount).toBe(1);
    expect(english(report.overlapping[0]?.label)).toBe('feature 3 «Н-3» → plot Н-3');
    const message = english(report.overlapping[0]?.messages[0]);
    expect(message).toMatch(/^overlaps plot Н-2 \(earlier in this file\) by/);
    expect(Math.abs(squareMetres(message) - quadrangleM2(39.6045, 54.7025, 39.605, 54.703))).toBeLessThan(0.06);
  });

  it('warns about a plot partly outside the park with the area outside, and the commit writes it all the same', () => {
    const { file, park } = smallProject();
    const input = plotsFile('outside.geojson', [{ properties: { code: 'Н-9' }, ring: ring([39.628, 54.71], [39.63, 54.71], [39.632, 54.71], [39.632, 54.712], [39.63, 54.712], [39.628, 54.712]) }]);
    const report = withStore(file, (store) => checkImport(store, park, options(input)));
    expect([report.outsideCount, report.overlappingCount, report.rejectedCount]).toEqual([1, 0, 0]);
    const outside = Number(/^([\d.]+) m² lie outside the park boundary$/.exec(english(report.outside[0]?.messages[0]))?.[1]);
    expect(Math.abs(outside - quadrangleM2(39.63, 54.71, 39.632, 54.712))).toBeLessThan(0.06);
    const written = withStore(file, (store) => commitImport(store, park, options(input)), false);
    expect([written.written, written.outsideCount]).toEqual([1, 1]);
    withStore(file, (store) => expect(store.plots.getByCode(park.id, 'Н-9')).not.toBeNull());
  });

  it('tells the dry run the columns with samples and the mapping in effect', () => {
    const { file, park } = smallProject();
    const input = plotsFile('columns.geojson', [
      { properties: { 'Участок_№': 'Н-1', КН: '62:15:0000000:11', Статус: 'резерв' }, ring: rectangle(39.601, 54.701, 39.602, 54.702) },
      { properties: { 'Участок_№': 'Н-2', КН: '62:15:0000000:12', Статус: 'резерв' }, ring: rectangle(39.603, 54.701, 39.604, 54.702) },
    ]);
    const report = withStore(file, (store) => checkImport(store, park, options(input, { fieldMap: { code: 'Участок_№' } })));
    const view = sourceFacts(report)?.view;
    expect(english(view?.format)).toBe('GeoJSON');
    expect(view?.columns).toEqual([
      { name: 'Участок_№', samples: ['Н-1', 'Н-2'] },
      { name: 'КН', samples: ['62:15:0000000:11', '62:15:0000000:12'] },
      { name: 'Статус', samples: ['резерв'] },
    ]);
    expect(view?.fieldMap).toEqual({ code: 'Участок_№', status: 'Статус', zone: null, cadastralNumber: 'КН', notes: null });
    expect(view?.automatic.code).toBeNull();
    expect([view?.tables, view?.table]).toEqual([[], null]);
  });
});

describe('the GeoPackage tables the dry run reports', () => {
  it('names the feature tables and the one read', () => {
    const project = demoCopy();
    const report = withStore(project, (store) => {
      const park = store.parks.list().find((candidate) => candidate.name.includes('Рязанский')) as Park;
      return checkImport(store, park, options(join(FIXTURES, 'gpkg/trigger.gpkg'), { table: 'участки', fieldMap: { code: 'номер' } }));
    });
    const view = sourceFacts(report)?.view;
    expect(view?.table).toBe('участки');
    expect(view?.tables).toContain('участки');
    expect(view?.tables.length).toBeGreaterThan(1);
    expect(english(view?.format)).toBe('GeoPackage');
  });
});

describe('DXF units chosen by the planner', () => {
  const PARK = ['--park', 'Рязанский', '--crs', 'MSK-62-1'];

  it('reads a unitless millimetre drawing right with --units mm, and says what the file said', () => {
    const project = demoCopy();
    const input = join(FIXTURES, 'dxf/plots-mm-unitless.dxf');
    // Read as the file says (unitless, taken as metres) the outlines land 1000 times too far out.
    const asFileSays = runImport(project, input, ...PARK, '--dry-run');
    expect(asFileSays.out).toMatch(/drawing units: unitless, read as metres/);
    expect(asFileSays.out).toMatch(/rejected 2/);
    const chosen = runImport(project, input, ...PARK, '--units', 'mm');
    expect(chosen.err).toBe('');
    expect(chosen.out).toMatch(/note: units: mm \(chosen\), file said \$INSUNITS=0 \(unitless, read as metres\)/);
    const inMetres = demoCopy();
    expect(runImport(inMetres, join(FIXTURES, 'dxf/plots-metres.dxf'), ...PARK).code).toBe(0);
    const outlines = (file: string) => withProject(file, (store) => store.plots.list().filter((plot) => plot.code.startsWith('Н-')).map((plot) => plot.geometry.coordinates[0] ?? []));
    const fromMillimetres = outlines(project);
    const reference = outlines(inMetres);
    expect(fromMillimetres).toHaveLength(2);
    // The same drawing in metres (make-fixtures.ts): the same outlines to 1e-9° (0.1 mm).
    fromMillimetres.forEach((ring, r) => ring.forEach(([lon, lat], v) => {
      expect(Math.abs(lon - (reference[r]?.[v]?.[0] ?? Number.NaN))).toBeLessThan(1e-9);
      expect(Math.abs(lat - (reference[r]?.[v]?.[1] ?? Number.NaN))).toBeLessThan(1e-9);
    }));
  });

  it('names --units in the usage text', () => {
    expect(IMPORT_USAGE).toMatch(/\[--units m\|mm\|cm\|km\|ft\|in\]/);
    expect(IMPORT_USAGE).toMatch(/--units overrides its \$INSUNITS/);
  });

  it('refuses units it does not know with a usage error', () => {
    const run = runImport(demoCopy(), join(FIXTURES, 'dxf/plots-metres.dxf'), ...PARK, '--units', 'yd');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--units must be one of m, mm, cm, km, ft, in/);
  });
});
