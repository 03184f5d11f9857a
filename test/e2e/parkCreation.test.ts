import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapLayers } from '../../shared/contract/views';
import type { Position } from '../../shared/domain/geometry';
import { clickAt, jumpTo, mapLayers, positionAt } from './support/drawingPage';
import { openPlannerPage } from './support/plannerPage';
import { dragVertex } from './support/vertexDrag';

// A planner starts their own park in an empty project (issue 11): New, then a park drawn on the map,
// a plot in it coded with the park's prefix, the park deleted after asking and brought back by Undo.
let page: Page;
openPlannerPage({ lang: 'en', ready: 'map idle' }, (opened) => ({ page } = opened));

const toolbar = () => page.getByRole('toolbar', { name: 'Editing tools' });
const parkPanel = () => page.getByRole('region', { name: 'Park' });

/** Clicks the corners (page pixels around the map's centre) and finishes with Enter; returns them as [lon, lat]. */
async function drawCorners(offsets: readonly (readonly [number, number])[]): Promise<Position[]> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (box === null) throw new Error('no map canvas');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const pixels = offsets.map(([dx, dy]) => ({ x: centre.x + dx, y: centre.y + dy }));
  for (const pixel of pixels) await clickAt(page, pixel);
  const corners = await Promise.all(pixels.map((pixel) => positionAt(page, pixel)));
  await page.keyboard.press('Enter');
  return corners;
}

const parks = async (): Promise<MapLayers['parks']['features']> => (await mapLayers(page)).parks.features;

describe('a planner’s own park, drawn in an empty project', () => {
  it('starts from an empty project', async () => {
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'New project…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('File name').fill('own park');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.waitForFunction(() => document.title === 'own park.gpkg — ParkPlan', undefined, { timeout: 60_000 });
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 60_000 });
    expect(await parks()).toEqual([]);
  });

  it('creates the park from its form and a boundary drawn on the map; the header shows declared against computed', async () => {
    await jumpTo(page, [39.62, 54.71], 15);
    await parkPanel().getByRole('button', { name: 'New park' }).click();
    const form = page.getByRole('form', { name: 'New park' });
    await form.getByLabel('Name').fill('Технопарк');
    await form.getByLabel('Declared area, ha').fill('12');
    await form.getByLabel('Plot code prefix').fill('Т-');
    await form.getByRole('button', { name: 'Draw the boundary' }).click();
    const corners = await drawCorners([[-200, -150], [200, -150], [200, 150], [-200, 150]]);
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Boundary drawn: 4 vertices');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => parkPanel().getByRole('status').textContent()).toBe('Park «Технопарк» created');

    const [park] = await parks();
    expect(park?.properties).toMatchObject({ name: 'Технопарк', declaredAreaHa: 12, codePrefix: 'Т-', cadastralCrs: 'MSK-62-1' });
    const stored = park?.geometry.type === 'Polygon' ? park.geometry.coordinates[0] : [];
    // The drawn corners, to terra-draw's 9 decimals, whatever the winding the store gave the ring.
    const key = ([lon, lat]: Position) => `${lon.toFixed(8)} ${lat.toFixed(8)}`;
    expect(new Set(stored?.slice(0, 4).map(key))).toEqual(new Set(corners.map(key)));
    const figures = page.getByRole('region', { name: 'Park summary' });
    await expect.poll(() => figures.textContent()).toContain('Declared');
    expect(await figures.textContent()).toMatch(/Boundary − declared[+−±][\d.]+\s?ha \([+−±][\d.]+ %\)/);
  });

  it('a plot drawn in it gets the park’s prefix', async () => {
    await toolbar().getByRole('button', { name: 'Draw plot', exact: true }).click();
    await drawCorners([[-60, -40], [60, -40], [60, 40], [-60, 40]]);
    await expect.poll(async () => (await mapLayers(page)).plots.features.map((feature) => feature.properties.code)).toEqual(['Т-1']);
  });

  it('is deleted after asking, and Undo brings it back with its plot', async () => {
    await parkPanel().getByRole('button', { name: 'Delete park' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete park' });
    expect(await confirm.textContent()).toContain('Delete park «Технопарк» with all its plots');
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(parks).toEqual([]);
    await toolbar().getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await parks()).map((feature) => feature.properties.name)).toEqual(['Технопарк']);
    await expect.poll(async () => (await mapLayers(page)).plots.features.map((feature) => feature.properties.code)).toEqual(['Т-1']);
  });

  it('its boundary is edited with the plot tools: a vertex dragged out grows the park, Undo takes it back', async () => {
    const areaOf = async () => (await parks())[0]?.properties.boundaryAreaHa ?? 0;
    const before = await areaOf();
    await parkPanel().getByRole('button', { name: 'Edit boundary on the map' }).click();
    await expect.poll(() => parkPanel().getByRole('status').first().textContent()).toContain('Editing the park boundary');
    const [park] = await parks();
    const corner = park?.geometry.type === 'Polygon' ? park.geometry.coordinates[0]?.[0] : undefined;
    if (corner === undefined) throw new Error('the park has no corner');
    // Wait for terra-draw to show the boundary's handles before taking hold of one.
    await page.waitForTimeout(500);
    const centre = await page.evaluate(() => {
      const map = window.__parkplanMap;
      if (map === undefined) throw new Error('no map');
      return map.getCenter().toArray();
    });
    const outwards = { x: corner[0] < centre[0] ? -40 : 40, y: corner[1] > centre[1] ? -40 : 40 };
    await dragVertex(page, corner, outwards);
    await expect.poll(areaOf, { timeout: 20_000 }).toBeGreaterThan(before + 0.1);
    await toolbar().getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(areaOf).toBeCloseTo(before, 6);
    await parkPanel().getByRole('button', { name: 'Done' }).click();
  });

  it('is renamed from its form, keeping its boundary', async () => {
    const before = (await parks())[0]?.geometry;
    await parkPanel().getByRole('button', { name: 'Edit park' }).click();
    const form = page.getByRole('form', { name: 'Park «Технопарк»' });
    expect(await form.getByLabel('Plot code prefix').inputValue()).toBe('Т-');
    await form.getByLabel('Name').fill('Технопарк-Север');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await parks()).map((feature) => feature.properties.name)).toEqual(['Технопарк-Север']);
    expect((await parks())[0]?.geometry).toEqual(before);
    await page.getByRole('navigation', { name: 'Parks' }).getByRole('button', { name: /Технопарк-Север/ }).waitFor();
  });

  it('creates a second park from a boundary file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parkplan-boundary-')), 'boundary.geojson');
    const ring = [[39.64, 54.71], [39.65, 54.71], [39.65, 54.715], [39.64, 54.715], [39.64, 54.71]];
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }] }));
    await parkPanel().getByRole('button', { name: 'New park' }).click();
    const form = page.getByRole('form', { name: 'New park' });
    await form.getByLabel('Name').fill('Восток');
    await form.getByLabel('from a file').check();
    await form.getByLabel(/^Boundary file/).setInputFiles(file);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await parks()).map((feature) => feature.properties.name)).toEqual(['Технопарк-Север', 'Восток']);
    const east = (await parks())[1];
    expect(east?.geometry.type === 'Polygon' ? new Set(east.geometry.coordinates[0]?.map(String)) : null).toEqual(new Set(ring.map(String)));
  });
});
