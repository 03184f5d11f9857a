import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { countMapPixels } from './support/mapPixels';
import { startWebApp, type RunningWebApp } from './support/webApp';
import { makeMbtiles, makeMskGeoTiff } from '../underlay/support/underlayFixtures';

// A planner's project drawn on an orthophoto in МСК-62 (a GeoTIFF GDAL made) and on an MBTiles basemap whose
// file then goes missing: the orthophoto's colour is on the map's own pixels around the park, the missing
// basemap is a message in «Подложки», and both survive a reload.
const ORTHO = [200, 40, 160] as const;
const BASEMAP = [30, 90, 220] as const;

let dir: string;
let app: RunningWebApp;
let browser: Browser;
let page: Page;
const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-e2e-underlays-'));
  const project = join(dir, 'demo.gpkg');
  expect(cli('demo', project).status).toBe(0);
  const basemapTiff = makeMskGeoTiff(dir, 'basemap-src', BASEMAP, BASEMAP);
  const mbtiles = makeMbtiles(dir, basemapTiff, 'osm');
  const ortho = makeMskGeoTiff(dir, 'ortho', ORTHO, [20, 200, 60]);
  expect(cli('underlay', 'add', project, mbtiles, '--name', 'OSM').status).toBe(0);
  expect(cli('underlay', 'add', project, ortho, '--name', 'Ортофото').status).toBe(0);
  renameSync(mbtiles, `${mbtiles}.gone`);
  // A scan of the plan: the blue raster as a bare PNG, placed by its four corners (west Y 1 319 600, north X 454 660, 5 m a pixel).
  const scan = join(dir, 'genplan.png');
  expect(spawnSync('gdal_translate', ['-q', '-of', 'PNG', '-srcwin', '300', '300', '400', '400', basemapTiff, scan]).status).toBe(0);
  const corner = (px: number, py: number) => `${px},${py},${454_660 - (300 + py) * 5},${1_319_600 + (300 + px) * 5}`;
  const gcps = [corner(0, 0), corner(400, 0), corner(400, 400), corner(0, 400)].flatMap((gcp) => ['--gcp', gcp]);
  expect(cli('underlay', 'georef', project, scan, ...gcps, '--crs', 'MSK-62-1', '--transform', 'affine', '--name', 'Генплан', '--opacity', '1').status).toBe(0);
  app = await startWebApp(project);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${app.url}&lang=ru`);
  await page.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function orthoPixels(): Promise<number> {
  await page.waitForFunction(() => window.__parkplanMap?.loaded() === true && window.__parkplanMap.areTilesLoaded(), undefined, { timeout: 30_000 });
  return (await countMapPixels(page, { ortho: ORTHO }, 6)).ortho ?? 0;
}

describe('underlays on the map', () => {
  it('draws the МСК-62 orthophoto under the park, in the canvas’s own pixels', async () => {
    await page.getByRole('region', { name: 'Подложки' }).waitFor();
    await expect.poll(orthoPixels, { timeout: 30_000 }).toBeGreaterThan(5_000);
  });

  it('draws the georeferenced scan as an image on top of the orthophoto, where its corners put it', async () => {
    await page.waitForFunction(() => window.__parkplanMap?.loaded() === true && window.__parkplanMap.areTilesLoaded(), undefined, { timeout: 30_000 });
    await expect.poll(async () => (await countMapPixels(page, { scan: BASEMAP }, 6)).scan ?? 0, { timeout: 30_000 }).toBeGreaterThan(5_000);
    // The scan covers the middle 2 km of the 5 km orthophoto, so the orthophoto still shows around it.
    expect(await orthoPixels()).toBeGreaterThan(5_000);
    expect(await page.locator('[data-underlay="Генплан"]').textContent()).toContain('СКО 0.00 м');
  });

  it('says the missing basemap file in «Подложки» and still shows the plan', async () => {
    const alert = page.getByRole('region', { name: 'Подложки' }).getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Нет файла подложки «OSM»');
    expect(await page.getByRole('region', { name: 'Подложки' }).locator('[data-underlay="Ортофото"]').count()).toBe(1);
  });

  it('hides the orthophoto when its box is cleared, and keeps that after a reload', async () => {
    const box = () => page.locator('[data-underlay="Ортофото"] input[type="checkbox"]');
    // The box follows the stored setting, so it changes once the store answers, not on the click itself.
    await box().click();
    await expect.poll(() => box().isChecked()).toBe(false);
    await expect.poll(orthoPixels, { timeout: 30_000 }).toBeLessThan(50);
    await page.reload();
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
    await box().waitFor();
    expect(await box().isChecked()).toBe(false);
    await box().click();
    await expect.poll(() => box().isChecked()).toBe(true);
    await expect.poll(orthoPixels, { timeout: 30_000 }).toBeGreaterThan(5_000);
  });
});
