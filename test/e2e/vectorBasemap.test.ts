import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { countMapPixels, type Rgb } from './support/mapPixels';
import { startWebApp, type RunningWebApp } from './support/webApp';
import { makePmtiles, makeVectorMbtiles } from '../underlay/support/underlayFixtures';

// A vector basemap (an OpenMapTiles-schema PMTiles of tiles GDAL's MVT driver wrote) drawn under the plan by
// the bundled style: the lake in the style's water colour on the canvas, and the village labelled in Russian
// (name:ru, not its Latin name) in the app's own glyphs, the Cyrillic range fetched from the app's host.
const WATER: Rgb = [0xa9, 0xcb, 0xe6];

let dir: string;
let app: RunningWebApp;
let browser: Browser;
let page: Page;
const glyphRanges: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-e2e-vector-'));
  const project = join(dir, 'demo.gpkg');
  const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
  expect(cli('demo', project).status).toBe(0);
  const pmtiles = makePmtiles(makeVectorMbtiles(dir, 'omt'), join(dir, 'omt.pmtiles'));
  expect(cli('underlay', 'add', project, pmtiles, '--name', 'OpenMapTiles').status).toBe(0);
  app = await startWebApp(project);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('response', (response) => {
    const found = /\/glyphs\/[^/]+\/(\d+-\d+)\.pbf$/.exec(decodeURIComponent(new URL(response.url()).pathname));
    if (found?.[1] !== undefined && response.status() === 200) glyphRanges.push(found[1]);
  });
  await page.goto(`${app.url}&lang=ru`);
  await page.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
  const layers = page.getByRole('region', { name: 'Слои' });
  for (const name of ['Граница парка', 'Участки', 'Подписи участков', 'Ж/д пути', 'Инженерные сети', 'Участки ЕГРН']) await layers.getByLabel(name, { exact: true }).uncheck();
  await page.evaluate(() => window.__parkplanMap?.jumpTo({ center: [39.57, 54.705], zoom: 12 }));
  await page.waitForFunction(() => window.__parkplanMap?.loaded() === true && window.__parkplanMap.areTilesLoaded(), undefined, { timeout: 30_000 });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a vector basemap', () => {
  it('draws the lake in the bundled style’s water colour, on the canvas’s own pixels', async () => {
    await expect.poll(async () => (await countMapPixels(page, { water: WATER }, 4)).water ?? 0, { timeout: 30_000 }).toBeGreaterThan(8_000);
  });

  it('labels the village in Russian from the app’s own glyphs', async () => {
    const placed = () => page.evaluate(() => {
      const map = window.__parkplanMap;
      const layer = map?.getStyle().layers.find((candidate) => candidate.id.endsWith('-place'))?.id;
      if (map === undefined || layer === undefined) return [];
      return map.queryRenderedFeatures({ layers: [layer] }).map((feature) => [String(feature.properties['name:ru']), String(map.getLayoutProperty(layer, 'text-field'))]);
    });
    await expect.poll(async () => (await placed()).map(([name]) => name), { timeout: 30_000 }).toEqual(['Тюшево']);
    // The only text on this map is the village's name: the Cyrillic range is fetched only if name:ru was laid out.
    expect(glyphRanges).toContain('1024-1279');
  });
});
