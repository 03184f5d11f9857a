import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EditState } from '../../shared/contract/editViews';
import type { MapLayers } from '../../shared/contract/views';
import type { Position } from '../../shared/domain/geometry';
import { geodesicArea } from '../../shared/geometry/geodesicArea';
import { callChannel, clickAt, jumpTo, mapLayers, pixelOf, positionAt } from './support/drawingPage';
import { openPlannerPage } from './support/plannerPage';
import type { RunningWebApp } from './support/webApp';

// A planner draws with the mouse (?lang=en): a plot with its live area, one snapped to a neighbour, a
// split, undo and redo (also after a reload), and a self-intersecting outline the store refuses.
let app: RunningWebApp;
let page: Page;
const SHOTS = process.env['PARKPLAN_SHOTS'] ?? '/tmp/parkplan-drawing';

const toolbar = () => page.getByRole('toolbar', { name: 'Editing tools' });
const tool = (name: string) => toolbar().getByRole('button', { name, exact: true });
const figures = () => page.getByRole('region', { name: 'Figures' });
const readNumber = (text: string) => Number(text.replace(/[\s\u00a0\u202f,]/g, ''));
const ringOf = (vertices: readonly Position[]): Position[] => [...vertices, vertices[0] as Position];

async function open(): Promise<void> {
  await page.goto(`${app.url}&lang=en`);
  await page.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
}

/**
 * The demo park is nearly full (as «Рязанский» is), so room is made the way a planner would: the largest
 * free plot is deleted and the new plots are drawn on its footprint.
 */
function plotToClear(layers: MapLayers) {
  const parkId = layers.parks.features[0]?.properties.id;
  const free = layers.plots.features.filter((f) => f.properties.parkId === parkId && f.properties.status === 'free' && f.properties.residentName === null);
  const largest = [...free].sort((a, b) => b.properties.areaM2Geodesic - a.properties.areaM2Geodesic)[0];
  if (largest === undefined) throw new Error('no free plot in the demo');
  return largest;
}

const centroid = (ring: readonly Position[]): Position => {
  const open = ring.slice(0, -1);
  return [open.reduce((s, p) => s + p[0], 0) / open.length, open.reduce((s, p) => s + p[1], 0) / open.length];
};

/** Draws an outline by clicking its corners (page pixels) and finishing with Enter; returns the unprojected corners. */
async function drawOutline(corners: readonly { x: number; y: number }[]): Promise<Position[]> {
  await tool('Draw plot').click();
  for (const corner of corners) await clickAt(page, corner);
  const drawn = await Promise.all(corners.map((corner) => positionAt(page, corner)));
  await page.keyboard.press('Enter');
  return drawn;
}

const newPlots = (before: MapLayers, after: MapLayers) => {
  const known = new Set(before.plots.features.map((f) => f.properties.id));
  return after.plots.features.filter((f) => !known.has(f.properties.id));
};

let spot: Position;
let cleared: ReturnType<typeof plotToClear>;
let firstPlotId: number;

openPlannerPage({ lang: 'en', ready: 'map idle' }, (opened) => ({ app, page } = opened));

beforeAll(async () => {
  cleared = plotToClear(await mapLayers(page));
  spot = centroid(cleared.geometry.coordinates[0] ?? []);
  await jumpTo(page, spot, 16.8);
});

describe('drawing plots with the mouse', () => {
  it('shows the toolbar with every tool named', async () => {
    for (const name of ['Select', 'Draw plot', 'Draw rectangle', 'Draw rail spur', 'Draw utility line', 'Split plot', 'Merge plots', 'Subdivide', 'Measure', 'Undo', 'Redo', 'Validate', 'Keyboard shortcuts', 'Cut hole']) {
      await expect.poll(() => toolbar().getByRole('button', { name, exact: true }).count()).toBe(1);
    }
  });

  it('deletes a free plot with Select and the Delete key, after asking; kept when the planner says so', async () => {
    const before = await mapLayers(page);
    const doomed = plotToClear(before);
    await tool('Select').click();
    await clickAt(page, await pixelOf(page, spot));
    await expect.poll(() => page.getByRole('region', { name: 'Plot details' }).innerText(), { timeout: 10_000 }).toContain(doomed.properties.code);
    const question = page.getByRole('dialog', { name: `Delete plot ${doomed.properties.code}?` });
    await page.keyboard.press('Delete');
    await question.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect((await mapLayers(page)).plots.features.some((f) => f.properties.id === doomed.properties.id)).toBe(true);
    await page.keyboard.press('Delete');
    await question.getByRole('button', { name: 'Delete plot', exact: true }).click();
    await expect.poll(async () => (await mapLayers(page)).plots.features.some((f) => f.properties.id === doomed.properties.id), { timeout: 10_000 }).toBe(false);
  });

  it('draws a plot in the free area: the live area, then the stored one, agree with the geodesic area of the clicks', async () => {
    const before = await mapLayers(page);
    const c = await pixelOf(page, spot);
    const corners = [
      { x: c.x - 140, y: c.y - 50 },
      { x: c.x - 20, y: c.y - 50 },
      { x: c.x - 20, y: c.y + 50 },
      { x: c.x - 140, y: c.y + 50 },
    ];
    // Snapping off (S) for this one: the stored corners must be exactly where the mouse clicked.
    await page.keyboard.press('s');
    await expect.poll(() => page.getByRole('checkbox', { name: 'Snapping (S)' }).isChecked()).toBe(false);
    await tool('Draw plot').click();
    for (const corner of corners.slice(0, 3)) await clickAt(page, corner);
    const last = corners[3] as { x: number; y: number };
    await page.mouse.move(last.x, last.y, { steps: 4 });
    const drawn = await Promise.all(corners.map((corner) => positionAt(page, corner)));
    const expected = geodesicArea({ type: 'Polygon', coordinates: [ringOf(drawn)] });
    await expect.poll(async () => figures().innerText()).toContain('m²');
    await page.screenshot({ path: `${SHOTS}-1-drawing.png` });
    const live = /([\d\s\u00a0\u202f,.]+)\s*m²/.exec(await figures().innerText())?.[1] ?? '';
    expect(Math.abs(readNumber(live) - expected)).toBeLessThan(0.5);
    await clickAt(page, last);
    // Finish on the first vertex.
    await clickAt(page, corners[0] as { x: number; y: number });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Plot created' }).count(), { timeout: 10_000 }).toBe(1);
    const created = newPlots(before, await mapLayers(page));
    expect(created).toHaveLength(1);
    const plot = created[0];
    if (plot === undefined) throw new Error('no plot');
    firstPlotId = plot.properties.id;
    // terra-draw keeps coordinates to 1e-9° (0.1 mm): a few hundredths of a square metre on a hectare.
    expect(Math.abs(plot.properties.areaM2Geodesic - expected)).toBeLessThan(0.1);
    await page.keyboard.press('s');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}-2-created.png` });
  });

  it('snaps a new plot’s corner onto a neighbour’s vertex, bit for bit', async () => {
    const before = await mapLayers(page);
    // The cleared plot's north-east corner is still a corner of its neighbours: full doubles from the demo.
    const ring = cleared.geometry.coordinates[0] ?? [];
    const target = [...ring].sort((a, b) => b[0] + b[1] - (a[0] + a[1]))[0] as Position;
    expect(before.plots.features.some((f) => f.geometry.coordinates[0]?.some((v) => v[0] === target[0] && v[1] === target[1]))).toBe(true);
    await jumpTo(page, target, 16.8);
    const k = await pixelOf(page, target);
    // The corner's two edges, as unit directions on screen, point into the cleared footprint.
    const index = ring.findIndex((v) => v === target);
    const open = ring.slice(0, -1);
    const along = async (other: Position) => {
      const p = await pixelOf(page, other);
      const length = Math.hypot(p.x - k.x, p.y - k.y);
      return { x: (p.x - k.x) / length, y: (p.y - k.y) / length };
    };
    const u = await along(open[(index + 1) % open.length] as Position);
    const w = await along(open[(index + open.length - 1) % open.length] as Position);
    const at = (a: number, b: number) => ({ x: k.x + a * u.x + b * w.x, y: k.y + a * u.y + b * w.y });
    // A triangle in that corner, its first click 5 px off the corner (inside the footprint).
    await drawOutline([at(4, 3), at(120, 40), at(40, 120)]);
    await expect.poll(async () => newPlots(before, await mapLayers(page)).length, { timeout: 10_000 }).toBe(1);
    const created = newPlots(before, await mapLayers(page))[0];
    const vertices = created?.geometry.coordinates[0] ?? [];
    expect(vertices.some((v) => v[0] === target[0] && v[1] === target[1])).toBe(true);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}-2b-snapped.png` });
    await jumpTo(page, spot, 16.8);
  });

  it('splits the first plot with a line across it: two pieces whose areas add up', async () => {
    const before = await mapLayers(page);
    const original = before.plots.features.find((f) => f.properties.id === firstPlotId);
    if (original === undefined) throw new Error('first plot gone');
    await tool('Select').click();
    const ring = original.geometry.coordinates[0] ?? [];
    const centre: Position = [ring.slice(0, -1).reduce((s, p) => s + p[0], 0) / (ring.length - 1), ring.slice(0, -1).reduce((s, p) => s + p[1], 0) / (ring.length - 1)];
    const c = await pixelOf(page, centre);
    await clickAt(page, c);
    await expect.poll(() => page.getByRole('region', { name: 'Plot details' }).innerText(), { timeout: 10_000 }).toContain(original.properties.code);
    await tool('Split plot').click();
    await clickAt(page, { x: c.x - 5, y: c.y - 90 });
    await clickAt(page, { x: c.x + 5, y: c.y + 90 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'split into 2' }).count(), { timeout: 10_000 }).toBe(1);
    const after = await mapLayers(page);
    const pieces = [after.plots.features.find((f) => f.properties.id === firstPlotId), ...newPlots(before, after)];
    expect(pieces).toHaveLength(2);
    const sum = pieces.reduce((total, piece) => total + (piece?.properties.areaM2Geodesic ?? 0), 0);
    expect(Math.abs(sum - original.properties.areaM2Geodesic) / original.properties.areaM2Geodesic).toBeLessThan(1e-9);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}-3-split.png` });
  });

  it('undoes and redoes the split from the toolbar and with the keyboard', async () => {
    const split = await mapLayers(page);
    await tool('Undo').click();
    await expect.poll(async () => (await mapLayers(page)).plots.features.length, { timeout: 10_000 }).toBe(split.plots.features.length - 1);
    await expect.poll(() => tool('Redo').isEnabled()).toBe(true);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(async () => (await mapLayers(page)).plots.features.length, { timeout: 10_000 }).toBe(split.plots.features.length);
  });

  it('undoes the split after the page is reloaded: the journal is in the project file', async () => {
    const split = await mapLayers(page);
    await open();
    await expect.poll(() => tool('Undo').isEnabled(), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await mapLayers(page)).plots.features.length, { timeout: 10_000 }).toBe(split.plots.features.length - 1);
    const state = await callChannel<EditState>(page, 'edits:state');
    expect(state.canRedo).toBe(true);
  });

  it('refuses a self-intersecting outline with the store’s message and saves nothing', async () => {
    await jumpTo(page, spot, 16.8);
    const before = await mapLayers(page);
    const c = await pixelOf(page, spot);
    // A bow tie south of the new plots: its second and fourth edges cross.
    await drawOutline([
      { x: c.x - 60, y: c.y + 70 },
      { x: c.x + 60, y: c.y + 120 },
      { x: c.x + 60, y: c.y + 70 },
      { x: c.x - 60, y: c.y + 120 },
    ]);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toMatch(/cross/i);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}-4-refused.png` });
    expect((await mapLayers(page)).plots.features.length).toBe(before.plots.features.length);
  });
});
