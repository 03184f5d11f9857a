import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPlannerPage } from './support/plannerPage';

// Issue 5 in the app, in English: the Export dialog previews page 1 of the allocation map and saves a
// GeoJSON through the browser's download; the Import dialog dry-runs a small GeoJSON, shows what it would
// repair, and the committed plot appears in the plot list. A large GeoJSON shows a real progress bar, and
// Cancel (while checking or while writing) leaves the project as it was.
let page: Page;
const shots = process.env['PARKPLAN_SHOTS'] ?? mkdtempSync(join(tmpdir(), 'parkplan-shots-'));

const plotRows = () => page.getByRole('region', { name: 'Plot list' }).getByRole('row');
// The list is windowed (only rows in view are in the DOM): how many plots it holds is in its heading.
const listedPlots = async () => Number(((await page.getByRole('region', { name: 'Plot list' }).locator('h2 .count').textContent()) ?? '').replace(/\D/g, ''));
const dialog = (name: string) => page.getByRole('dialog', { name });

openPlannerPage({ lang: 'en', ready: 'plot list filled', acceptDownloads: true }, (opened) => ({ page } = opened));

/** The park on screen (the first) and a spot in its middle, asked of the same API the app uses. */
async function parkOnScreen(): Promise<{ id: number; centre: [number, number] }> {
  return page.evaluate(async () => {
    const post = async (channel: string) => {
      const response = await fetch(`/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return ((await response.json()) as { value: unknown }).value;
    };
    const summary = (await post('project:summary')) as { parks: { id: number }[] };
    const layers = (await post('map:layers')) as { parks: { features: { properties: { id: number }; geometry: { type: string; coordinates: unknown } }[] } };
    const id = summary.parks[0]?.id ?? 0;
    const boundary = layers.parks.features.find((feature) => feature.properties.id === id)?.geometry;
    const positions = (boundary?.type === 'Polygon' ? (boundary.coordinates as number[][][]).flat() : (boundary?.coordinates as number[][][][]).flat(2)) as number[][];
    const lons = positions.map((position) => position[0] ?? 0);
    const lats = positions.map((position) => position[1] ?? 0);
    return { id, centre: [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2] as [number, number] };
  });
}

describe('export and import dialogs', () => {
  it('previews the allocation map and saves the park as GeoJSON', async () => {
    await page.getByRole('button', { name: 'Export map' }).click();
    const exportDialog = dialog('Export allocation map');
    const preview = exportDialog.getByRole('img', { name: 'Preview of page 1' });
    await preview.waitFor({ timeout: 60_000 });
    // The image decoded: an SVG that failed to parse would leave it zero-sized.
    await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth), { timeout: 30_000 }).toBeGreaterThan(100);
    expect(await preview.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    await expect.poll(() => exportDialog.innerText()).toMatch(/page\(s\), scale 1:/);
    await page.screenshot({ path: join(shots, 'export-dialog.png') });

    await exportDialog.getByLabel('Scale').selectOption('2000');
    await expect.poll(() => exportDialog.innerText(), { timeout: 60_000 }).toMatch(/scale 1:2[\s\u00a0,]?000/);

    await exportDialog.getByLabel('File format').selectOption('geojson');
    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Save' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.geojson$/);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { features: { properties: { code?: string } }[] };
    const codes = new Set(saved.features.map((feature) => feature.properties.code));
    const listed = (await plotRows().allInnerTexts()).map((text) => text.split('\t')[0]?.trim() ?? '').filter((code) => /\d/.test(code));
    expect(listed.length).toBeGreaterThan(40);
    expect(listed.filter((code) => !codes.has(code))).toEqual([]);
    await exportDialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog('Export allocation map').count()).toBe(0);
  });

  it('dry-runs a GeoJSON, shows the repair and the preview, and commits one new plot', async () => {
    const { centre } = await parkOnScreen();
    const [lon, lat] = centre;
    // An open ring (the pipeline closes it) in the middle of the park.
    const ring = [[lon, lat], [lon + 0.0009, lat], [lon + 0.0009, lat + 0.0006], [lon, lat + 0.0006]];
    const fixture = join(mkdtempSync(join(tmpdir(), 'parkplan-import-e2e-')), 'surveyor.geojson');
    writeFileSync(fixture, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'ИМП-77' }, geometry: { type: 'Polygon', coordinates: [ring] } }] }));
    const before = await listedPlots();

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const importDialog = dialog('Import data');
    await importDialog.getByLabel('File', { exact: true }).setInputFiles(fixture);
    await expect.poll(() => importDialog.innerText(), { timeout: 30_000 }).toMatch(/Read 1: accepted 1 \(1 repaired\), rejected 0/);
    expect(await importDialog.innerText()).toMatch(/ИМП-77[^\n]*clos/i);
    // The preview layer is on the map while the dialog is open.
    expect(await page.evaluate(() => window.__parkplanMap?.getSource('import-preview') !== undefined)).toBe(true);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(shots, 'import-dialog.png') });

    await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog('Import data').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => listedPlots(), { timeout: 30_000 }).toBe(before + 1);
    expect(await plotRows().filter({ hasText: 'ИМП-77' }).count()).toBe(1);
    expect(await page.evaluate(() => window.__parkplanMap?.getSource('import-preview') === undefined)).toBe(true);
  });

  it('shows the progress of a large import, and Cancel (while checking, then while writing) changes nothing', async () => {
    const { centre } = await parkOnScreen();
    // 12 MB: its write lasts a few seconds, so Cancel reaches it before the last batch also on a loaded machine
    // (5 MB wrote in about a second and once finished first, at load 10, when the whole suite ran).
    const { file, count } = writeManyPlots(centre, 12 * 1024 * 1024, 'БОЛ');
    const before = await plotCount();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const importDialog = dialog('Import data');
    const bar = importDialog.getByRole('progressbar', { name: 'Import progress' });
    await importDialog.getByLabel('File', { exact: true }).setInputFiles(file);

    // The upload, then the check: the bar moves past 0 and names its phase; Cancel stops it, the dialog stays usable.
    await expect.poll(() => importDialog.innerText(), { timeout: 60_000, interval: 50 }).toMatch(/Uploading the file: \d+ %|Reading and checking/);
    await expect.poll(() => importDialog.innerText(), { timeout: 60_000, interval: 50 }).toMatch(/Reading and checking: [1-9]\d* %/);
    expect(await barPercent(bar)).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'import-progress-check.png') });
    await importDialog.locator('.import-progress').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => importDialog.innerText(), { timeout: 10_000 }).toMatch(/Cancelled: the project is unchanged/);
    expect(await bar.count()).toBe(0);

    // The same file again, checked to the end, then the write cancelled half way.
    await importDialog.getByLabel('File', { exact: true }).setInputFiles([]);
    await importDialog.getByLabel('File', { exact: true }).setInputFiles(file);
    await expect.poll(() => importDialog.innerText(), { timeout: 120_000 }).toMatch(new RegExp(`Read ${count}: accepted ${count}`));
    // Cancel the moment the dialog says it is writing: the write inserts in batches and is over in about a
    // second, less than a round trip of polls from the test takes on a loaded machine, so the page itself
    // presses Cancel as soon as the phase shows (that screenshot is taken of the next import).
    const cancelledWhileWriting = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const dialogElement = [...document.querySelectorAll('[role="dialog"]')].find((element) => element.textContent?.includes('Import data'));
          if (dialogElement === undefined) throw new Error('no import dialog');
          const observer = new MutationObserver(() => {
            const phase = /Writing to the project: \d+ %/.exec(dialogElement.textContent ?? '');
            const button = dialogElement.querySelector<HTMLButtonElement>('.import-progress button');
            if (phase === null || button === null || button.disabled) return;
            observer.disconnect();
            button.click();
            resolve(phase[0]);
          });
          observer.observe(dialogElement, { subtree: true, childList: true, characterData: true, attributes: true });
        }),
    );
    await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
    expect(await cancelledWhileWriting).toMatch(/Writing to the project/);
    await expect.poll(() => importDialog.innerText(), { timeout: 10_000 }).toMatch(/Cancelled: the project is unchanged/);
    expect(await plotCount()).toBe(before);
    expect(await plotRows().filter({ hasText: 'БОЛ-1' }).count()).toBe(0);
    await importDialog.getByRole('button', { name: 'Cancel', exact: true }).last().click();
    await expect.poll(() => dialog('Import data').count()).toBe(0);
  }, 300_000);

  it('lets a large import run to the end and adds every plot', async () => {
    const { centre } = await parkOnScreen();
    const { file, count } = writeManyPlots([centre[0], centre[1] - 0.004], 1024 * 1024, 'ДОП');
    const before = await plotCount();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const importDialog = dialog('Import data');
    await importDialog.getByLabel('File', { exact: true }).setInputFiles(file);
    await expect.poll(() => importDialog.innerText(), { timeout: 120_000 }).toMatch(new RegExp(`Read ${count}: accepted ${count}`));
    await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
    await page.screenshot({ path: join(shots, 'import-progress-write.png') });
    await expect.poll(() => dialog('Import data').count(), { timeout: 120_000 }).toBe(0);
    expect(await plotCount()).toBe(before + count);
    await expect.poll(() => plotRows().filter({ hasText: 'ДОП-1' }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  }, 300_000);
});

/** The plots in the project, asked of the same API the app uses. */
function plotCount(): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/api/map:layers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    return ((await response.json()) as { value: { plots: { features: unknown[] } } }).value.plots.features.length;
  });
}

/** The percent a <progress> shows, or -1 when there is none on screen. */
const barPercent = async (bar: ReturnType<Page['getByRole']>): Promise<number> =>
  (await bar.count()) === 0 ? -1 : Number((await bar.getAttribute('value').catch(() => null)) ?? -1);

/**
 * A FeatureCollection of at least `bytes`: small 64-vertex plots, 20 m across, on a 30 m grid going east
 * and north from `origin` (in the park), coded PREFIX-1, PREFIX-2… Returns the file and the plot count.
 */
function writeManyPlots(origin: readonly [number, number], bytes: number, prefix: string): { file: string; count: number } {
  const [lon0, lat0] = origin;
  const perLat = 1 / 111_320;
  const perLon = perLat / Math.cos((lat0 * Math.PI) / 180);
  const features: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const [column, row] = [index % 50, Math.floor(index / 50)];
    const [lon, lat] = [lon0 + column * 30 * perLon, lat0 + row * 30 * perLat];
    const ring: number[][] = [];
    for (let k = 0; k < 64; k++) {
      const angle = (2 * Math.PI * k) / 64;
      ring.push([lon + 10 * perLon * Math.cos(angle), lat + 10 * perLat * Math.sin(angle)]);
    }
    ring.push(ring[0] as number[]);
    const text = JSON.stringify({ type: 'Feature', properties: { code: `${prefix}-${index + 1}` }, geometry: { type: 'Polygon', coordinates: [ring] } });
    features.push(text);
    size += text.length + 2;
  }
  const file = join(mkdtempSync(join(tmpdir(), 'parkplan-import-e2e-')), `${prefix === 'БОЛ' ? 'large' : 'medium'} survey.geojson`);
  writeFileSync(file, `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`);
  return { file, count: features.length };
}
