import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createDemoProject } from '../../electron/services/project/demoProject';
import { openProject } from '../../electron/store/project';
import { cadastralArea, fromCadastral, toCadastral } from '../../shared/crs/cadastralArea';
import type { MultiPolygonGeometry, Position } from '../../shared/domain/geometry';
import { clickAt, jumpTo, mapLayers, pixelOf } from './support/drawingPage';
import { openPlannerPage } from './support/plannerPage';

// The «EGRN» view with the mouse (?lang=en): the demo with ЕГРН parcels written beside its plots — one is
// plot Р-13 moved 0.5 m north in МСК-62 zone 1, one lies over plot Р-20 under another number, one is the
// outline of a free plot taken off the project — reconciled, then a parcel picked on the map becomes a
// plot, Ctrl+Z takes it back; and the parcels' numbers switch off in the layer panel.

const SHOTS = process.env['PARKPLAN_SHOTS'] ?? '/tmp/parkplan-cadastre';
const MOVED = '62:15:0060201:901';
const OVER_OTHER = '62:15:0060201:902';
const FREE_LAND = '62:15:0060201:903';

const movedNorth = (ring: readonly Position[], metres: number): Position[] =>
  ring.map((position) => {
    const { x, y } = toCadastral(position, 'MSK-62-1');
    return fromCadastral({ x: x + metres, y }, 'MSK-62-1');
  });

let declared = 0;
let freeLand: MultiPolygonGeometry;

function preparedProject(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'parkplan-cadastre-e2e-')), 'demo.gpkg');
  createDemoProject(file).close();
  const store = openProject(file);
  try {
    const plots = store.plots.list();
    const moved = plots.find((plot) => plot.code === 'Р-13');
    const other = plots.find((plot) => plot.code === 'Р-20');
    const allocated = new Set(store.allocations.list().map((allocation) => allocation.plotId));
    const free = plots.find((plot) => plot.parkId === moved?.parkId && plot.status === 'free' && !allocated.has(plot.id) && plot.code !== 'Р-20');
    if (moved === undefined || other === undefined || free === undefined) throw new Error('the demo lacks Р-13, Р-20 or a free plot');
    store.plots.update({ ...moved, cadastralNumber: MOVED });
    const parcelOf = (geometry: MultiPolygonGeometry) => ({
      parkId: moved.parkId, category: '003002000000', permittedUse: '', address: '', state: '06', source: 'e2e', sourceCrs: 'MSK-62-1', geometry,
    });
    const shifted: MultiPolygonGeometry = { type: 'MultiPolygon', coordinates: [moved.geometry.coordinates.map((ring) => movedNorth(ring, 0.5))] };
    declared = Math.round(cadastralArea(shifted, 'MSK-62-1')) - 25;
    store.cadastralParcels.upsert({ ...parcelOf(shifted), cadastralNumber: MOVED, declaredAreaM2: declared, areaInaccuracyM2: 40 });
    store.cadastralParcels.upsert({ ...parcelOf({ type: 'MultiPolygon', coordinates: [other.geometry.coordinates] }), cadastralNumber: OVER_OTHER, declaredAreaM2: null, areaInaccuracyM2: null });
    freeLand = { type: 'MultiPolygon', coordinates: [free.geometry.coordinates] };
    store.plots.remove(free.id);
    store.cadastralParcels.upsert({ ...parcelOf(freeLand), cadastralNumber: FREE_LAND, declaredAreaM2: Math.round(cadastralArea(freeLand, 'MSK-62-1')) + 3, areaInaccuracyM2: 25 });
  } finally {
    store.close();
  }
  return file;
}

let page: Page;
openPlannerPage({ lang: 'en', ready: 'map idle', project: preparedProject }, (opened) => ({ page } = opened));

const panel = () => page.getByRole('region', { name: 'EGRN reconciliation' });
const plotCodes = async (): Promise<string[]> => (await mapLayers(page)).plots.features.map((feature) => feature.properties.code);

/** The middle of a ring's bounding box: inside a rectangle-ish demo plot. */
function middleOf(geometry: MultiPolygonGeometry): Position {
  const ring = geometry.coordinates[0]?.[0] ?? [];
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

describe('the EGRN view', () => {
  it('reconciles the park: the moved plot’s figures, the plot over another parcel, the parcel with no plot', async () => {
    await page.getByRole('tab', { name: 'EGRN' }).click();
    await expect.poll(() => panel().innerText(), { timeout: 20_000 }).toContain('Plots with a cadastral number: 1');
    const row = panel().locator('tr[data-plot="Р-13"]');
    const cells = (await row.locator('td').allInnerTexts()).map((text) => text.replaceAll('\u00a0', ' ').replaceAll(',', ''));
    expect(cells[0]).toBe(`${declared} ± 40`);
    expect(cells[1]).toBe(String(declared + 25));
    expect(cells[2]).toBe('+25');
    expect(cells[3]).toBe('0.63');
    expect(cells[4]).toBe('0.50');
    const text = await panel().innerText();
    expect(text).toMatch(new RegExp(`${OVER_OTHER} covers [\\d,.]+ m² of\\s*Р-20`));
    expect(text).toContain('EGRN parcels with no plot in the project: 2');
    expect(text).toContain(FREE_LAND);
    expect(text).toContain('Areas and distances in MSK-62');
    // A parcel's number frames it on the map.
    await panel().getByRole('list', { name: /EGRN parcels with no plot/ }).getByRole('button', { name: FREE_LAND }).click();
    const [lon, lat] = middleOf(freeLand);
    await expect
      .poll(() => page.evaluate(() => window.__parkplanMap?.getCenter().toArray()), { timeout: 10_000 })
      .toSatisfy((centre: unknown) => Array.isArray(centre) && Math.abs((centre[0] as number) - (lon ?? 0)) < 0.002 && Math.abs((centre[1] as number) - (lat ?? 0)) < 0.002);
  });

  it('makes a plot from a parcel picked on the map, and Ctrl+Z takes it back', async () => {
    await jumpTo(page, middleOf(freeLand), 16.5);
    await panel().getByRole('button', { name: 'Pick on the map' }).click();
    await clickAt(page, await pixelOf(page, middleOf(freeLand)));
    await expect.poll(() => panel().innerText()).toContain(`Picked: ${FREE_LAND}`);
    // A click on a plot while picking picks nothing and selects nothing.
    expect(await page.getByRole('region', { name: 'Plot details' }).innerText()).not.toMatch(/Р-\d+/);
    await page.screenshot({ path: join(SHOTS, 'parcel-picked.png') });
    await panel().getByRole('button', { name: 'Create plots from picked (1)' }).click();
    await expect.poll(() => panel().innerText(), { timeout: 20_000 }).toContain('Plots made: 1');
    expect(await plotCodes()).toContain('КН-903');
    const made = (await mapLayers(page)).plots.features.find((feature) => feature.properties.code === 'КН-903');
    // Bit for bit: the plot's outline is the parcel's.
    expect(made?.geometry.coordinates).toEqual(freeLand.coordinates[0]);
    await expect.poll(() => panel().innerText(), { timeout: 20_000 }).toContain('Plots with a cadastral number: 2');
    await expect.poll(() => panel().innerText()).toContain('EGRN parcels with no plot in the project: 1');
    await page.screenshot({ path: join(SHOTS, 'plots-from-parcels.png') });

    await page.locator('.map-canvas canvas').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(plotCodes, { timeout: 20_000 }).not.toContain('КН-903');
    await expect.poll(() => panel().innerText(), { timeout: 20_000 }).toContain('EGRN parcels with no plot in the project: 2');
  });

  it('switches the parcels’ cadastral numbers off and on in the layer panel, the outlines staying', async () => {
    // A layer whose visibility was never set is visible (MapLibre's default), and the map sets it only when it changes.
    const visibility = (layer: string) => page.evaluate((id) => (window.__parkplanMap?.getLayoutProperty(id, 'visibility') as string | undefined) ?? 'visible', layer);
    const numbers = page.getByRole('region', { name: 'Layers' }).getByLabel('Cadastral numbers');
    await numbers.uncheck();
    await expect.poll(() => visibility('parcel-label')).toBe('none');
    expect(await visibility('parcel-outline')).toBe('visible');
    await numbers.check();
    await expect.poll(() => visibility('parcel-label')).toBe('visible');
  });

  it('draws the parcels on the allocation map when «EGRN parcels» is ticked in the export dialog', async () => {
    await page.getByRole('tab', { name: 'Plots' }).click();
    await page.getByRole('button', { name: 'Export map' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export allocation map' });
    const previewSvg = async (): Promise<string> => {
      const image = dialog.getByRole('img', { name: 'Preview of page 1' });
      await image.waitFor({ timeout: 60_000 });
      return Buffer.from(((await image.getAttribute('src')) ?? '').replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('utf8');
    };
    expect(await previewSvg()).not.toContain('class="cadastral-parcels"');
    await dialog.getByLabel('EGRN parcels with their cadastral numbers').check();
    await expect.poll(previewSvg, { timeout: 60_000 }).toContain('class="cadastral-parcels"');
    const svg = await previewSvg();
    for (const number of [MOVED, OVER_OTHER, FREE_LAND]) expect(svg).toContain(number);
    await page.screenshot({ path: join(SHOTS, 'export-parcels.png') });
    await dialog.getByRole('button', { name: 'Close' }).click();
  });
});
