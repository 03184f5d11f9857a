import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkImport, type ImportOptions } from '../../electron/services/io/import/importPipeline';
import { reportLines, type ImportReport } from '../../electron/services/io/import/importReport';
import { checkParcelImport } from '../../electron/services/io/import/parcelImport';
import { openProject, type ProjectStore } from '../../electron/store/project';
import type { Park } from '../../shared/domain/park';
import { formatMessage, message } from '../../shared/messages/message';
import { RefusedError } from '../../electron/services/refusals/refusedError';
import { demoCopy, FIXTURES } from './importRun';

/*
 * The import report in Russian: every line the import fixtures and a set of made-up files produce is a
 * key with parameters (shared/messages/import*Messages.ts) and, worded in Russian, holds no English — the
 * report's own words, the labels, the repairs, the reasons and the notes alike. The same reports worded in
 * English are what the CLI prints by default.
 */

const scratch = mkdtempSync(join(tmpdir(), 'parkplan-import-ru-'));
let store: ProjectStore;
let park: Park;
const reports: ImportReport[] = [];
const failures: unknown[] = [];

function dryRun(input: string, extra: Partial<ImportOptions> = {}): void {
  try {
    reports.push(checkImport(store, park, { input, layer: 'plots', fieldMap: {}, skipRejected: false, swapXY: false, ...extra }));
  } catch (error) {
    failures.push(error);
  }
}

const geojson = (name: string, features: readonly { properties: Record<string, unknown>; geometry: unknown }[]): string => {
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: features.map((feature) => ({ type: 'Feature', ...feature })) }));
  return file;
};
const box = (west: number, south: number, side: number): number[][] => [[west, south], [west + side, south], [west + side, south + side], [west, south + side], [west, south]];

beforeAll(() => {
  store = openProject(demoCopy(), { readonly: true });
  park = store.parks.list().find((candidate) => candidate.name.includes('Рязанский')) as Park;
  const plot = store.plots.list().find((candidate) => candidate.parkId === park.id);
  const [lon, lat] = plot?.geometry.coordinates[0]?.[0] ?? [0, 0];
  for (const folder of readdirSync(FIXTURES).filter((name) => !name.endsWith('.ts'))) {
    for (const file of readdirSync(join(FIXTURES, folder))) {
      for (const extra of [{}, { crs: 'MSK-62-1' }, { layer: 'utility_lines' as const }]) dryRun(join(FIXTURES, folder, file), extra);
    }
  }
  dryRun(join(FIXTURES, 'dxf', 'plots-mm-unitless.dxf'), { crs: 'MSK-62-1', units: 'mm' });
  // Made-up features for the messages the fixtures do not reach.
  dryRun(geojson('cases.geojson', [
    { properties: { code: 'Т-1', status: 'занят?', zone: 'луна', kn: '12345' }, geometry: { type: 'Polygon', coordinates: [box(lon, lat, 0.0005).slice(0, 4)] } },
    { properties: { code: 'Т-2' }, geometry: { type: 'MultiPolygon', coordinates: [[box(lon + 0.01, lat, 0.0004)], [box(lon + 0.012, lat, 0.0004)]] } },
    { properties: { code: 'Т-3' }, geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.001, lat + 0.001], [lon + 0.001, lat], [lon, lat + 0.001], [lon, lat]]] } },
    { properties: { code: 'Т-4' }, geometry: { type: 'Polygon', coordinates: [[[lat, lon], [lat, lon + 0.001], [lat + 0.001, lon + 0.001], [lat, lon]]] } },
    { properties: { code: 'Т-5' }, geometry: { type: 'Point', coordinates: [lon, lat] } },
    { properties: { code: 'Т-6' }, geometry: null },
    { properties: { code: 'Т-1' }, geometry: { type: 'Polygon', coordinates: [box(lon + 0.02, lat, 0.0004)] } },
    { properties: { code: 'Т-7' }, geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.0004, lat], [lon + 0.0004, lat], [lon, lat]]] } },
    { properties: { code: 'Т-8' }, geometry: { type: 'Polygon', coordinates: [[...box(lon + 0.03, lat, 0.0004)].reverse(), [...box(lon + 0.0301, lat + 0.0001, 0.0001)]] } },
    { properties: { code: 'Т-9' }, geometry: { type: 'Polygon', coordinates: [box(10, 10, 0.001)] } },
  ]));
  dryRun(geojson('lines.geojson', [
    { properties: { name: 'Л-1', network: 'пар', status: 'в мечтах', capacity: 'много' }, geometry: { type: 'MultiLineString', coordinates: [[[lon, lat], [lon + 0.001, lat]], [[lon + 0.002, lat], [lon + 0.003, lat]]] } },
    { properties: { name: 'Л-2' }, geometry: { type: 'LineString', coordinates: [[lon, lat], [lon, lat], [lon + 0.001, lat]] } },
    { properties: { name: 'Л-3', network: 'gas' }, geometry: { type: 'LineString', coordinates: [[lon, lat], [lon, lat]] } },
  ]), { layer: 'utility_lines' });
  for (const file of readdirSync(join(FIXTURES, 'rosreestr')).filter((name) => !name.endsWith('.ts'))) {
    for (const crs of [undefined, 'MSK-62-2']) {
      try {
        reports.push(checkParcelImport(store, park, { input: join(FIXTURES, 'rosreestr', file), ...(crs === undefined ? {} : { crs }) }).report);
      } catch (error) {
        failures.push(error);
      }
    }
  }
});

afterAll(() => store?.close());

/*
 * Words that only English text has. The report keeps the file's own words as they are (codes, names,
 * CRS names from a .prj, geometry type names such as MultiPolygon and LineString), none of which are these.
 */
const ENGLISH = /\b(the|feature|features|Placemark|record|contour|part|plot|plots|on layer|ring|rings|vertex|vertices|hole|read|removed|closed|fixed|overlaps|outside|degrees|zone|oblast|coordinate list|parcel|note|Accepted|Rejected|Repaired|not|is|of|a)\b/u;

const russianLines = () => reports.flatMap((report) => reportLines(report, 'ru'));

describe('the import report in Russian', () => {
  it('covers the messages that matter: many reports with repairs, rejections, warnings and notes', () => {
    expect(reports.length).toBeGreaterThan(30);
    const said = reports.flatMap((report) => [...report.repaired, ...report.rejected, ...report.overlapping, ...report.outside].flatMap((note) => note.messages.map((m) => m.key)));
    expect(new Set(said).size).toBeGreaterThan(25);
    expect(new Set(reports.flatMap((report) => report.notes.map((note) => note.key))).size).toBeGreaterThan(5);
  });

  it('has no English in any line worded in Russian', () => {
    const english = [...new Set(russianLines().filter((line) => ENGLISH.test(line)))];
    expect(english).toEqual([]);
  });

  it('words the same reports in English as the CLI prints them by default', () => {
    const lines = reports.flatMap((report) => reportLines(report, 'en'));
    expect(lines).toContain('Read 1 feature(s): coordinate list, EPSG:4326 (WGS84 degrees)');
    expect(lines.some((line) => /^ {2}feature \d+ «Т-2», part 2 of 2 → plot Т-2\/2: part 2 of a 2-part MultiPolygon, imported as a plot of its own$/u.test(line))).toBe(true);
  });

  it('keeps the figures and codes of a message, with a decimal comma in Russian', () => {
    expect(formatMessage('ru', message('import.warn.overlaps', { code: 'П-12', area: 123.4 }))).toBe('пересекает участок П-12 на 123,4 м²');
    expect(formatMessage('ru', message('import.repair.duplicateVertices', { count: 5 }))).toBe('удалено повторных вершин: 5');
    const label = message('importLabel.asPlot', { feature: message('importLabel.part', { feature: message('importLabel.featureNamed', { n: 1, name: 'М-7' }), index: 2, count: 2 }), code: 'М-7/2' });
    expect(formatMessage('ru', label)).toBe('объект 1 «М-7», часть 2 из 2 → участок М-7/2');
    expect(formatMessage('en', label)).toBe('feature 1 «М-7», part 2 of 2 → plot М-7/2');
  });

  it('refuses whole files with a key that has a Russian text', () => {
    const dxf = failures.find((error) => error instanceof RefusedError && error.key === 'import.dxf.needsCrs');
    expect(dxf).toBeInstanceOf(RefusedError);
    expect(formatMessage('ru', (dxf as RefusedError).asMessage)).toMatch(/в чертеже DXF нет системы координат/u);
  });
});
