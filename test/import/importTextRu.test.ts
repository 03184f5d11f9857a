import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkImport, type ImportOptions } from '../../electron/services/io/import/importPipeline';
import type { ImportReport } from '../../electron/services/io/import/importReport';
import { openProject, type ProjectStore } from '../../electron/store/project';
import type { Park } from '../../shared/domain/park';
import { formatMessage } from '../../shared/messages/message';
import { RefusedError } from '../../electron/services/refusals/refusedError';
import { importLabelRu, importMessageRu, importNameRu, importNoteRu } from '../../renderer/src/exchange/importTextRu';
import { demoCopy, FIXTURES } from './importRun';

/*
 * The Russian import report: every label, message and note that the import fixtures and a set of made-up
 * files produce must have a Russian template (a message no template knows would reach the Russian dialog
 * in English). A new message in the pipeline makes this test fail until importTextRu.ts knows it.
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
});

afterAll(() => store?.close());

const labels = () => reports.flatMap((report) => [...report.repaired, ...report.rejected, ...report.overlapping, ...report.outside].map((note) => note.label));
const messages = () => reports.flatMap((report) => [...report.repaired, ...report.rejected, ...report.overlapping, ...report.outside].flatMap((note) => note.messages));

describe('the import report in Russian', () => {
  it('has a template for every message the fixtures and made-up files produce', () => {
    const all = [...new Set(messages())];
    expect(all.length).toBeGreaterThan(25);
    const untranslated = all.filter((message) => importMessageRu(message) === message);
    expect(untranslated).toEqual([]);
    expect(all.map(importMessageRu).filter((message) => /Ryazan oblast|WGS84 degrees|\bthe\b/u.test(message))).toEqual([]);
  });

  it('names every feature in Russian', () => {
    const all = [...new Set(labels())];
    const english = all.map(importLabelRu).filter((label) => /\b(feature|Placemark|record|contour|part|plot|on layer)\b/u.test(label));
    expect(english).toEqual([]);
  });

  it('translates every note on how a file was read, and the CRS and format names', () => {
    const notes = [...new Set(reports.flatMap((report) => report.notes))];
    expect(notes.length).toBeGreaterThan(5);
    expect(notes.filter((note) => importNoteRu(note) === note)).toEqual([]);
    const names = [...new Set(reports.flatMap((report) => [report.crs, report.format]))].map(importNameRu);
    expect(names.filter((name) => /degrees|zone|oblast|coordinate list/u.test(name))).toEqual([]);
  });

  it('keeps the figures and codes of a message as they were', () => {
    expect(importMessageRu('overlaps plot П-12 by 123.4 m²')).toBe('пересекает участок П-12 на 123.4 м²');
    expect(importMessageRu('overlaps plot Т-1 (earlier in this file) by 0.5 m²')).toBe('пересекает участок Т-1 (ранее в этом файле) на 0.5 м²');
    expect(importMessageRu('3 duplicate vertices removed')).toBe('удалены повторные вершины: 3');
    expect(importMessageRu('5 duplicate vertices removed')).toBe('удалено повторных вершин: 5');
    expect(importMessageRu('The outline crosses itself: segment 1 (vertices 1–2) crosses segment 3 (vertices 3–4).')).toBe(
      'контур пересекает сам себя: отрезок 1 (вершины 1–2) пересекает отрезок 3 (вершины 3–4).',
    );
    expect(importMessageRu('it lies at 10.0000°N 10.0000°E, more than 25 km from Индустриальный парк «Рязанский»; is EPSG:4326 (WGS84 degrees) the right CRS?')).toBe(
      'объект лежит в точке 10.0000° с. ш. 10.0000° в. д., дальше 25 км от парка «Рязанский»; верна ли система координат EPSG:4326 (градусы WGS84)?',
    );
    expect(importLabelRu('feature 1 «М-7», part 2 of 2 → plot М-7/2')).toBe('объект 1 «М-7», часть 2 из 2 → участок М-7/2');
    expect(importMessageRu('something new the pipeline says')).toBe('something new the pipeline says');
  });

  it('refuses whole files with a key that has a Russian text', () => {
    const dxf = failures.find((error) => error instanceof RefusedError && error.key === 'import.dxf.needsCrs');
    expect(dxf).toBeInstanceOf(RefusedError);
    expect(formatMessage('ru', (dxf as RefusedError).asMessage)).toMatch(/в чертеже DXF нет системы координат/u);
  });
});
