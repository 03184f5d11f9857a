import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapLayers } from '../../shared/contract/views';
import { geodesicArea } from '../../shared/geometry/geodesicArea';
import { clickAt, jumpTo, mapLayers, pixelOf } from './support/drawingPage';
import { centroidOf, clickPlot } from './support/editingPage';
import { openPlannerPage } from './support/plannerPage';

// "Select" moves and rotates a whole plot (drag, Alt+drag) and "Cut hole" cuts an inner ring, all undoable.
let page: Page;
let movedId: number;

type PlotFeature = MapLayers['plots']['features'][number];

const tool = (name: string) => page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('button', { name, exact: true });

/** A free plot without a resident or holes: the planner may move it. */
function freePlot(layers: MapLayers): PlotFeature {
  const plot = layers.plots.features.find(
    (f) => f.properties.status === 'free' && f.properties.residentName === null && f.geometry.coordinates.length === 1,
  );
  if (plot === undefined) throw new Error('no free plot in the demo');
  return plot;
}

const areaOf = (plot: PlotFeature | undefined) => geodesicArea(plot!.geometry);
const plotById = (layers: MapLayers, id: number) => layers.plots.features.find((f) => f.properties.id === id);

openPlannerPage({ lang: 'en', ready: 'map idle' }, (opened) => ({ page } = opened));

describe('moving a plot with "Select"', () => {
  it('drags the selected plot: every vertex moves by the same offset, the area stays', async () => {
    const before = freePlot(await mapLayers(page));
    const id = before.properties.id;
    movedId = id;
    await jumpTo(page, centroidOf(before), 17);
    await tool('Select').click();
    await clickPlot(page, before);
    const start = await pixelOf(page, centroidOf(before));
    // A horizontal drag moves the plot along its parallel, which keeps its geodesic area.
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step += 1) await page.mouse.move(start.x + 4 * step, start.y);
    await page.mouse.up();

    await expect.poll(async () => plotById(await mapLayers(page), id)?.geometry.coordinates[0]?.[0], { timeout: 10_000 }).not.toEqual(
      before.geometry.coordinates[0]?.[0],
    );
    const after = plotById(await mapLayers(page), id);
    const oldRing = before.geometry.coordinates[0] ?? [];
    const newRing = after?.geometry.coordinates[0] ?? [];
    expect(newRing).toHaveLength(oldRing.length);
    const [dLon, dLat] = [(newRing[0]?.[0] ?? 0) - (oldRing[0]?.[0] ?? 0), (newRing[0]?.[1] ?? 0) - (oldRing[0]?.[1] ?? 0)];
    expect(Math.abs(dLon)).toBeGreaterThan(1e-5);
    newRing.forEach((vertex, i) => {
      const old = oldRing[i] ?? [0, 0];
      expect(Math.abs(vertex[0] - old[0] - dLon)).toBeLessThan(1e-8);
      expect(Math.abs(vertex[1] - old[1] - dLat)).toBeLessThan(1e-8);
    });
    const oldArea = geodesicArea(before.geometry);
    expect(Math.abs(geodesicArea(after!.geometry) - oldArea) / oldArea).toBeLessThan(1e-6);
  });

  it('rotates the selected plot with Alt+drag about its middle, keeping its area', async () => {
    const before = plotById(await mapLayers(page), movedId)!;
    const middle = await pixelOf(page, centroidOf(before));
    const start = { x: middle.x + 30, y: middle.y };
    await page.mouse.move(start.x, start.y);
    await page.keyboard.down('Alt');
    await page.mouse.down();
    // A quarter of an arc around the middle, step by step as a hand would.
    for (let step = 1; step <= 12; step += 1) {
      const angle = (step / 12) * (Math.PI / 4);
      await page.mouse.move(middle.x + 30 * Math.cos(angle), middle.y + 30 * Math.sin(angle));
    }
    await page.mouse.up();
    await page.keyboard.up('Alt');
    await expect.poll(async () => plotById(await mapLayers(page), movedId)?.geometry.coordinates[0]?.[0], { timeout: 10_000 }).not.toEqual(
      before.geometry.coordinates[0]?.[0],
    );
    const after = plotById(await mapLayers(page), movedId)!;
    const [oldRing, newRing] = [before.geometry.coordinates[0] ?? [], after.geometry.coordinates[0] ?? []];
    // Not a shift: the vertices moved by different offsets; the middle stayed and the area nearly did.
    const offsets = newRing.map((p, i) => `${(p[0] - (oldRing[i]?.[0] ?? 0)).toFixed(7)},${(p[1] - (oldRing[i]?.[1] ?? 0)).toFixed(7)}`);
    expect(new Set(offsets).size).toBeGreaterThan(1);
    // terra-draw turns it about its own centre, so the vertex average shifts a little, not by a plot's width.
    const [was, is] = [centroidOf(before), centroidOf(after)];
    const width = Math.max(...oldRing.map((p) => p[0])) - Math.min(...oldRing.map((p) => p[0]));
    expect(Math.abs(was[0] - is[0]) + Math.abs(was[1] - is[1])).toBeLessThan(width / 5);
    expect(Math.abs(areaOf(after) - areaOf(before)) / areaOf(before)).toBeLessThan(1e-3);
  });

  it('cuts a hole: two rings, the area drops by the hole, Undo brings the plot back', async () => {
    const before = plotById(await mapLayers(page), movedId)!;
    const middle = await pixelOf(page, centroidOf(before));
    await tool('Cut hole').click();
    const corners = [
      { x: middle.x - 15, y: middle.y - 15 },
      { x: middle.x + 15, y: middle.y - 15 },
      { x: middle.x + 15, y: middle.y + 15 },
      { x: middle.x - 15, y: middle.y + 15 },
    ];
    for (const corner of corners) await clickAt(page, corner);
    await page.keyboard.press('Enter');
    await expect.poll(async () => plotById(await mapLayers(page), movedId)?.geometry.coordinates.length, { timeout: 10_000 }).toBe(2);
    const after = plotById(await mapLayers(page), movedId)!;
    const hole = after.geometry.coordinates[1] ?? [];
    expect(hole).toHaveLength(5);
    const holeArea = geodesicArea({ type: 'Polygon', coordinates: [hole] });
    expect(holeArea).toBeGreaterThan(1);
    expect(Math.abs(areaOf(before) - holeArea - areaOf(after)) / areaOf(after)).toBeLessThan(1e-6);
    expect(after.geometry.coordinates[0]).toEqual(before.geometry.coordinates[0]);

    await page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => plotById(await mapLayers(page), movedId)?.geometry, { timeout: 10_000 }).toEqual(before.geometry);
  });

  it('carries the hole along when the plot is dragged, then Undo puts both back', async () => {
    const plain = plotById(await mapLayers(page), movedId)!;
    const middle = await pixelOf(page, centroidOf(plain));
    await tool('Cut hole').click();
    for (const corner of [[-10, -10], [10, -10], [10, 10], [-10, 10]] as const) await clickAt(page, { x: middle.x + corner[0], y: middle.y + corner[1] });
    await page.keyboard.press('Enter');
    await expect.poll(async () => plotById(await mapLayers(page), movedId)?.geometry.coordinates.length, { timeout: 10_000 }).toBe(2);
    const before = plotById(await mapLayers(page), movedId)!;

    await tool('Select').click();
    await clickPlot(page, before);
    // Grab the plot beside its hole and drag it down and to the right.
    const start = { x: middle.x + 20, y: middle.y + 20 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step += 1) await page.mouse.move(start.x + 3 * step, start.y + 2 * step);
    await page.mouse.up();
    await expect.poll(async () => plotById(await mapLayers(page), movedId)?.geometry.coordinates[0]?.[0], { timeout: 10_000 }).not.toEqual(
      before.geometry.coordinates[0]?.[0],
    );
    const after = plotById(await mapLayers(page), movedId)!;
    const [oldOuter, newOuter] = [before.geometry.coordinates[0] ?? [], after.geometry.coordinates[0] ?? []];
    const [dLon, dLat] = [(newOuter[0]?.[0] ?? 0) - (oldOuter[0]?.[0] ?? 0), (newOuter[0]?.[1] ?? 0) - (oldOuter[0]?.[1] ?? 0)];
    expect(Math.abs(dLon) + Math.abs(dLat)).toBeGreaterThan(1e-5);
    const [oldHole, newHole] = [before.geometry.coordinates[1] ?? [], after.geometry.coordinates[1] ?? []];
    expect(newHole).toHaveLength(oldHole.length);
    // The hole moved with the plot: by the outline's offset (Web Mercator drag: equal in longitude, to 1e-7° in latitude).
    newHole.forEach((vertex, i) => {
      expect(Math.abs(vertex[0] - (oldHole[i]?.[0] ?? 0) - dLon)).toBeLessThan(1e-8);
      expect(Math.abs(vertex[1] - (oldHole[i]?.[1] ?? 0) - dLat)).toBeLessThan(1e-7);
    });
    expect(Math.abs(areaOf(after) - areaOf(before)) / areaOf(before)).toBeLessThan(1e-4);

    const undo = page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('button', { name: 'Undo', exact: true });
    await undo.click();
    await expect.poll(async () => plotById(await mapLayers(page), movedId)?.geometry, { timeout: 10_000 }).toEqual(before.geometry);
    await undo.click();
    await expect.poll(async () => plotById(await mapLayers(page), movedId)?.geometry, { timeout: 10_000 }).toEqual(plain.geometry);
  });

  it('refuses a hole that is not inside the plot, with a message, and sends nothing', async () => {
    const before = plotById(await mapLayers(page), movedId)!;
    // Zoomed out so the whole plot, and past its corner, lies in the middle of the map, clear of the panels.
    await jumpTo(page, centroidOf(before), 15);
    const middle = await pixelOf(page, centroidOf(before));
    // Across the outline at its leftmost corner.
    const pixels = await Promise.all((before.geometry.coordinates[0] ?? []).map((p) => pixelOf(page, p)));
    const far = pixels.reduce((a, b) => (b.x < a.x ? b : a));
    const at = (k: number) => ({ x: middle.x + (far.x - middle.x) * k, y: middle.y + (far.y - middle.y) * k });
    await tool('Cut hole').click();
    for (const corner of [at(0.7), at(1.3), { x: at(1).x + 25, y: at(1).y + 25 }]) await clickAt(page, corner);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 10_000 }).toContain('The hole must lie inside the plot');
    expect(plotById(await mapLayers(page), movedId)?.geometry).toEqual(before.geometry);
  });
});
