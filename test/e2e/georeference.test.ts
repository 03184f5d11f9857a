import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CADASTRAL_ZONES } from '../../shared/crs/cadastralZones';
import { launchChromium } from './support/browser';
import { countMapPixels } from './support/mapPixels';
import { startWebApp, type RunningWebApp } from './support/webApp';
import { makeMskGeoTiff } from '../underlay/support/underlayFixtures';

// A planner adds a scanned plan from the ParkPlan folder and places it with the mouse: four control points,
// begun by clicks on the scan and finished by typed МСК X/Y, typed degrees and a click on the map; the
// residuals and the RMS follow a dragged and a deleted point; the scan lands where GDAL says its pixels are,
// and the points are in the project file after a reload. The scan is a GDAL crop of an МСК-62 raster, 400 px
// at 5 m: pixel (px, py) is X 453 160 − 5·py north, Y 1 321 100 + 5·px east.
const FILL = [30, 90, 220] as const;
const STRIPE = [240, 200, 20] as const;
const mapPointOf = (px: number, py: number) => ({ x: 454_660 - (300 + py) * 5, y: 1_319_600 + (300 + px) * 5 });
/** Degrees by GDAL (the oracle), from X north, Y east in МСК-62 zone 1. */
function lonLatOf(point: { x: number; y: number }): [number, number] {
  const run = spawnSync('gdaltransform', ['-s_srs', CADASTRAL_ZONES['MSK-62-1'].proj4, '-t_srs', 'EPSG:4326', '-output_xy'], { input: `${point.y} ${point.x}\n`, encoding: 'utf8' });
  const [lon = Number.NaN, lat = Number.NaN] = run.stdout.trim().split(/\s+/).map(Number);
  return [lon, lat];
}

let dir: string;
let app: RunningWebApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-e2e-georef-'));
  const home = join(dir, 'ParkPlan');
  mkdirSync(home);
  const raster = makeMskGeoTiff(dir, 'plan-src', FILL, STRIPE);
  expect(spawnSync('gdal_translate', ['-q', '-of', 'PNG', '-srcwin', '300', '300', '400', '400', raster, join(home, 'genplan.png')]).status).toBe(0);
  app = await startWebApp(join(dir, 'demo.gpkg'), { PARKPLAN_HOME: home });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${app.url}&lang=ru`);
  await page.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const underlays = () => page.getByRole('region', { name: 'Подложки' });
const georef = () => page.getByRole('region', { name: 'Привязка «genplan»' });
const scan = () => georef().getByRole('img', { name: 'genplan' });

/** Clicks the scan at its own pixel and reads back the pixel the panel took. */
async function clickScan(px: number, py: number): Promise<{ px: number; py: number }> {
  const box = await scan().boundingBox();
  if (box === null) throw new Error('the scan is not shown');
  await scan().click({ position: { x: (px / 400) * box.width, y: (py / 400) * box.height } });
  const hint = (await georef().locator('.georef-map-point .hint').textContent()) ?? '';
  const found = /px ([\d.]+), py ([\d.]+)/.exec(hint);
  if (found === null) throw new Error(`no pixel in «${hint}»`);
  return { px: Number(found[1]), py: Number(found[2]) };
}

async function rmsShown(): Promise<number> {
  const text = (await georef().locator('.georef-fit').textContent()) ?? '';
  const found = /СКО ([\d.]+) м/.exec(text);
  return found === null ? Number.NaN : Number(found[1]);
}

async function typeMapPoint(first: string, second: string, degrees = false): Promise<void> {
  const form = georef().locator('.georef-map-point');
  if (degrees) await form.getByLabel('в градусах').check();
  await form.getByLabel(degrees ? 'Широта, °' : 'X (на север), м').fill(first);
  await form.getByLabel(degrees ? 'Долгота, °' : 'Y (на восток), м').fill(second);
  await form.getByRole('button', { name: 'Добавить точку' }).click();
}

/** The canvas colour at a CSS point of the page. */
function canvasColour(x: number, y: number): Promise<number[]> {
  return page.evaluate(([cx, cy]) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
    if (canvas === null) return [];
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d');
    context?.drawImage(canvas, 0, 0);
    return [...(context?.getImageData(Math.round((cx - box.left) * ratio), Math.round((cy - box.top) * ratio), 1, 1).data ?? [])];
  }, [x, y] as const);
}

async function jumpTo(lonLat: readonly [number, number], zoom: number): Promise<void> {
  await page.evaluate(([lon, lat, z]) => window.__parkplanMap?.jumpTo({ center: [lon, lat], zoom: z }), [lonLat[0], lonLat[1], zoom] as const);
  await page.waitForFunction(() => window.__parkplanMap?.loaded() === true && window.__parkplanMap.areTilesLoaded() && !window.__parkplanMap.isMoving(), undefined, { timeout: 30_000 });
}

async function screenOf(lonLat: readonly [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lon, lat]) => {
    const map = window.__parkplanMap;
    const box = map?.getCanvas().getBoundingClientRect();
    const point = map?.project([lon, lat]);
    return { x: (box?.left ?? 0) + (point?.x ?? 0), y: (box?.top ?? 0) + (point?.y ?? 0) };
  }, [lonLat[0], lonLat[1]] as const);
}

describe('georeferencing a scan with the mouse', () => {
  it('adds the scan from the ParkPlan folder through the app’s chooser', async () => {
    await underlays().getByRole('button', { name: 'Добавить…' }).click();
    const chooser = page.getByRole('dialog', { name: 'Файл подложки' });
    await chooser.getByRole('button', { name: /genplan\.png/ }).click();
    expect(await chooser.getByRole('button', { name: 'Добавить как подложку' }).isDisabled()).toBe(true);
    await chooser.getByRole('button', { name: 'Добавить как скан для привязки' }).click();
    await expect.poll(() => underlays().locator('[data-underlay="genplan"]').textContent()).toContain('ещё не привязана');
    await underlays().getByRole('slider', { name: 'Непрозрачность «genplan»' }).fill('1');
  });

  it('places four points by scan clicks and typed X/Y, typed degrees and a map click, with residuals and RMS under 0.5 m', async () => {
    await underlays().locator('[data-underlay="genplan"]').getByRole('button', { name: 'Привязать' }).click();
    await scan().waitFor();
    expect(await georef().getByRole('status').textContent()).toContain('нужно не меньше 3 точек, поставлено 0');

    const p1 = await clickScan(40, 40);
    const m1 = mapPointOf(p1.px, p1.py);
    await typeMapPoint(m1.x.toFixed(3), m1.y.toFixed(3));

    const p2 = await clickScan(360, 50);
    const [lon2, lat2] = lonLatOf(mapPointOf(p2.px, p2.py));
    await typeMapPoint(lat2.toFixed(9), lon2.toFixed(9), true);
    expect(await georef().getByRole('status').textContent()).toContain('поставлено 2');

    const p3 = await clickScan(350, 360);
    const target = lonLatOf(mapPointOf(p3.px, p3.py));
    // Close in (0.35 m a screen pixel), so the map click is as exact as a planner zoomed in would make it.
    await jumpTo(target, 18.5);
    const at = await screenOf(target);
    await page.mouse.click(at.x, at.y);
    await expect.poll(rmsShown).toBeLessThan(0.001);
    // The click placed the point and nothing else: no plot under it was selected.
    expect(await page.getByText('Выберите участок на карте или в списке').count()).toBe(1);

    const p4 = await clickScan(60, 340);
    const m4 = mapPointOf(p4.px, p4.py);
    await typeMapPoint(m4.x.toFixed(3), m4.y.toFixed(3));
    await expect.poll(() => georef().getByRole('status').textContent()).toContain('по 4 точкам');
    const rms = await rmsShown();
    expect(rms).toBeGreaterThan(0);
    expect(rms).toBeLessThan(0.5);
    const residuals = await georef().locator('.georef-points td.residual').allTextContents();
    expect(residuals.map(Number).every((r) => r >= 0 && r < 1)).toBe(true);
    expect(residuals).toHaveLength(4);
  });

  it('follows a point dragged on the scan, and a deleted one, live', async () => {
    const marker = georef().locator('.scan-marker[data-point="4"]');
    const box = await marker.boundingBox();
    if (box === null) throw new Error('no marker 4');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 25, box.y + box.height / 2, { steps: 5 });
    // While the marker is still held, the fit already shows it: 25 screen px are about 120 m of the scan.
    await expect.poll(rmsShown).toBeGreaterThan(10);
    await page.mouse.up();
    expect(await rmsShown()).toBeGreaterThan(10);
    await georef().getByRole('button', { name: 'Удалить точку 4' }).click();
    await expect.poll(() => georef().getByRole('status').textContent()).toContain('по 3 точкам');
    expect(await rmsShown()).toBeLessThan(0.001);
  });

  it('draws the scan where GDAL puts its pixels: the stripe’s edges within 3 screen pixels', async () => {
    await georef().getByRole('button', { name: 'Готово' }).click();
    // The plan is drawn over the scan; with its layers off the canvas shows the scan's own colours.
    const layers = page.getByRole('region', { name: 'Слои' });
    for (const name of ['Граница парка', 'Участки', 'Подписи участков', 'Ж/д пути', 'Инженерные сети', 'Участки ЕГРН']) await layers.getByLabel(name, { exact: true }).uncheck();
    // The stripe is scan columns 175–225 (Y 1 321 975 – 1 322 225 m); along the scan's middle row.
    const row = 200;
    const west = lonLatOf(mapPointOf(175, row));
    const east = lonLatOf(mapPointOf(225, row));
    await jumpTo([(west[0] + east[0]) / 2, (west[1] + east[1]) / 2], 15);
    await expect.poll(async () => (await countMapPixels(page, { stripe: STRIPE }, 6)).stripe ?? 0, { timeout: 30_000 }).toBeGreaterThan(2_000);
    const w = await screenOf(west);
    const e = await screenOf(east);
    const near = (colour: number[], rgb: readonly number[]) => rgb.every((v, i) => Math.abs((colour[i] ?? -99) - v) <= 8);
    expect(near(await canvasColour(w.x - 3, w.y), FILL)).toBe(true);
    expect(near(await canvasColour(w.x + 3, w.y), STRIPE)).toBe(true);
    expect(near(await canvasColour(e.x - 3, e.y), STRIPE)).toBe(true);
    expect(near(await canvasColour(e.x + 3, e.y), FILL)).toBe(true);
  });

  it('keeps the image and its three points in the project file: after a reload, and for the CLI', async () => {
    await page.reload();
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => underlays().locator('[data-underlay="genplan"]').textContent()).toContain('СКО 0.00 м');
    const listed = spawnSync(process.execPath, ['bin/parkplan.mjs', 'underlay', 'list', app.project, '--json'], { encoding: 'utf8' });
    const scanRow = (JSON.parse(listed.stdout) as { underlays: { name: string; path: string; georeference: { controlPoints: unknown[]; transform: string } }[] }).underlays.find((u) => u.name === 'genplan');
    expect(scanRow?.path).toBe('');
    expect(scanRow?.georeference.controlPoints).toHaveLength(3);
    expect(scanRow?.georeference.transform).toBe('affine');
  });
});
