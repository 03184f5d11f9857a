import geodesic from 'geographiclib-geodesic';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapLayers } from '../../shared/contract/views';
import type { Position } from '../../shared/domain/geometry';
import { clickAt, jumpTo, mapLayers, pixelOf, positionAt } from './support/drawingPage';
import { openPlannerPage } from './support/plannerPage';

// The line tools with the mouse (?lang=en): a rail spur and a utility line are stored where the clicks
// were, with GeographicLib's geodesic length; "Measure" shows that length and an area and saves nothing;
// the shortcut help opens and closes from the keyboard.
let page: Page;
let spot: Position;

const { Geodesic } = geodesic;

/** The reference length, straight from GeographicLib's inverse problem (not through our geometry module). */
const referenceLength = (line: readonly Position[]): number =>
  line.slice(1).reduce((sum, to, i) => {
    const from = line[i] as Position;
    return sum + (Geodesic.WGS84.Inverse(from[1], from[0], to[1], to[0]).s12 ?? Number.NaN);
  }, 0);

const toolbar = () => page.getByRole('toolbar', { name: 'Editing tools' });
const tool = (name: string) => toolbar().getByRole('button', { name, exact: true });
const figures = () => page.getByRole('region', { name: 'Figures' });
const readNumber = (text: string) => Number(text.replace(/[\s\u00a0\u202f,]/g, ''));

/** Three clicks around the middle of a free plot: a bent line of a few hundred metres. */
async function threePoints(): Promise<{ x: number; y: number }[]> {
  const c = await pixelOf(page, spot);
  return [
    { x: c.x - 120, y: c.y - 60 },
    { x: c.x + 10, y: c.y + 40 },
    { x: c.x + 130, y: c.y - 30 },
  ];
}

async function drawLine(name: string): Promise<Position[]> {
  await tool(name).click();
  const clicks = await threePoints();
  for (const click of clicks) await clickAt(page, click);
  const drawn = await Promise.all(clicks.map((click) => positionAt(page, click)));
  await page.keyboard.press('Enter');
  return drawn;
}

function expectAlong(stored: readonly Position[], drawn: readonly Position[]): void {
  expect(stored).toHaveLength(drawn.length);
  stored.forEach((vertex, i) => {
    const click = drawn[i] as Position;
    expect(Math.abs(vertex[0] - click[0])).toBeLessThan(1e-6);
    expect(Math.abs(vertex[1] - click[1])).toBeLessThan(1e-6);
  });
}

openPlannerPage({ lang: 'en', ready: 'map idle' }, (opened) => ({ page } = opened));

beforeAll(async () => {
  const layers = await mapLayers(page);
  const parkId = layers.parks.features[0]?.properties.id;
  const free = layers.plots.features.filter((f) => f.properties.parkId === parkId && f.properties.status === 'free');
  const largest = [...free].sort((a, b) => b.properties.areaM2 - a.properties.areaM2)[0];
  if (largest === undefined) throw new Error('no free plot in the demo');
  const open = (largest.geometry.coordinates[0] ?? []).slice(0, -1);
  spot = [open.reduce((s, p) => s + p[0], 0) / open.length, open.reduce((s, p) => s + p[1], 0) / open.length];
  await jumpTo(page, spot, 16.8);
  // Snapping off: the stored points must be the clicked ones, not a neighbour's vertex nearby.
  // (Playwright's uncheck() throws unless the box ends up unchecked.)
  await page.getByRole('checkbox', { name: 'Snapping (S)' }).uncheck();
});

describe('line tools and the measure tool with the mouse', () => {
  it('draws a rail spur where clicked, with its geodesic length, and Undo removes it', async () => {
    const before = await mapLayers(page);
    const known = new Set(before.railSpurs.features.map((f) => f.properties.id));
    const drawn = await drawLine('Draw rail spur');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Line saved' }).count(), { timeout: 10_000 }).toBe(1);
    const created = (await mapLayers(page)).railSpurs.features.filter((f) => !known.has(f.properties.id));
    expect(created).toHaveLength(1);
    const spur = created[0];
    if (spur === undefined) throw new Error('no spur');
    expectAlong(spur.geometry.coordinates, drawn);
    const expected = referenceLength(drawn);
    expect(expected).toBeGreaterThan(50);
    expect(Math.abs(spur.properties.lengthM - expected) / expected).toBeLessThan(1e-6);
    expect(Math.abs(spur.properties.lengthM - referenceLength(spur.geometry.coordinates)) / expected).toBeLessThan(1e-9);

    await tool('Undo').click();
    await expect.poll(async () => (await mapLayers(page)).railSpurs.features.some((f) => f.properties.id === spur.properties.id), { timeout: 10_000 }).toBe(false);
    expect((await mapLayers(page)).railSpurs.features).toHaveLength(before.railSpurs.features.length);
  });

  it('draws a utility line on the chosen network, with its geodesic length, and Undo removes it', async () => {
    const before = await mapLayers(page);
    const known = new Set(before.utilityLines.features.map((f) => f.properties.id));
    await tool('Draw utility line').click();
    await page.getByRole('combobox', { name: 'Network' }).selectOption({ label: 'Gas' });
    const clicks = await threePoints();
    const drawn = await Promise.all(clicks.map((click) => positionAt(page, click)));
    // This one is finished the other way: a double-click on its last point.
    for (const click of clicks.slice(0, 2)) await clickAt(page, click);
    const last = clicks[2] as { x: number; y: number };
    await page.mouse.move(last.x, last.y, { steps: 4 });
    await page.mouse.dblclick(last.x, last.y);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Line saved' }).count(), { timeout: 10_000 }).toBe(1);
    const created = (await mapLayers(page)).utilityLines.features.filter((f) => !known.has(f.properties.id));
    expect(created).toHaveLength(1);
    const line = created[0];
    if (line === undefined) throw new Error('no line');
    expect(line.properties.network).toBe('gas');
    expectAlong(line.geometry.coordinates, drawn);
    const expected = referenceLength(drawn);
    expect(Math.abs(line.properties.lengthM - expected) / expected).toBeLessThan(1e-6);
    expect(Math.abs(line.properties.lengthM - referenceLength(line.geometry.coordinates)) / expected).toBeLessThan(1e-9);

    await tool('Undo').click();
    await expect.poll(async () => (await mapLayers(page)).utilityLines.features.some((f) => f.properties.id === line.properties.id), { timeout: 10_000 }).toBe(false);
  });

  it('measures a geodesic length and area, Esc clears the figures, and nothing is saved', async () => {
    const before: MapLayers = await mapLayers(page);
    const drawn = await drawLine('Measure');
    await expect.poll(() => figures().count(), { timeout: 10_000 }).toBe(1);
    const text = await figures().innerText();
    const length = /Length\s*([\d\s\u00a0\u202f,.]+)\s*m/.exec(text)?.[1] ?? '';
    expect(Math.abs(readNumber(length) - referenceLength(drawn))).toBeLessThan(0.5);
    expect(text).toMatch(/Area/);
    expect(text).toMatch(/m²/);

    await page.keyboard.press('Escape');
    await expect.poll(() => figures().count(), { timeout: 5_000 }).toBe(0);
    await page.waitForTimeout(300);
    expect(await mapLayers(page)).toEqual(before);
  });

  it('opens the shortcut help from the toolbar and with "?", lists Ctrl+Z, and closes with Esc', async () => {
    await tool('Select').click();
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await tool('Keyboard shortcuts').click();
    await expect.poll(() => help.count()).toBe(1);
    expect(await help.innerText()).toContain('Ctrl+Z');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count(), { timeout: 5_000 }).toBe(0);

    await page.locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press('?');
    await expect.poll(() => help.count()).toBe(1);
    expect(await help.innerText()).toContain('Ctrl+Z');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count(), { timeout: 5_000 }).toBe(0);
  });
});
