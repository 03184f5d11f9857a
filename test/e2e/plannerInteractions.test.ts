import { readFileSync } from 'node:fs';
import geographiclib from 'geographiclib-geodesic';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSeed } from '../../shared/domain/projectSeed';
import { MAP_COLORS, STATUS_COLORS } from '../../renderer/src/map/statusColors';
import { blend, hexToRgb, waitForMapPixels } from './support/mapPixels';
import { openPlannerPage } from './support/plannerPage';

// What a planner does with the mouse, in English (?lang=en): click a plot on the map, sort the list,
// hide a layer, and read an area that agrees with GeographicLib.
const demo = JSON.parse(readFileSync('assets/demo/demo-project.json', 'utf8')) as ProjectSeed;
let page: Page;

const plotList = () => page.getByRole('region', { name: 'Plot list' });
const details = () => page.getByRole('region', { name: 'Plot details' });

function referenceAreaM2(code: string): number {
  const plot = demo.plots.find((candidate) => candidate.code === code && candidate.parkKey === demo.parks[0]?.key);
  if (plot === undefined) throw new Error(`no plot ${code}`);
  const ring = (rings: readonly (readonly (readonly [number, number])[])[]) =>
    rings.map((r) => {
      const polygon = geographiclib.Geodesic.WGS84.Polygon(false);
      for (const [lon, lat] of r.slice(0, -1)) polygon.AddPoint(lat, lon);
      return Math.abs(polygon.Compute(false, true).area ?? 0);
    });
  const [outer = 0, ...holes] = ring(plot.geometry.coordinates);
  return outer - holes.reduce((sum, hole) => sum + hole, 0);
}

/** Numbers as the English interface writes them: 12,345.67 with comma thousands. */
const readNumber = (text: string) => Number(text.replace(/[\s\u00a0\u202f,]/g, ''));

openPlannerPage({ lang: 'en', ready: 'map idle' }, (opened) => ({ page } = opened));

describe('a planner at the map', () => {
  it('clicks a plot on the map: its row is selected and its details show the exact geodesic area', async () => {
    const target = demo.plots.find((plot) => plot.parkKey === demo.parks[0]?.key && plot.zone === 'production' && plot.status === 'allocated');
    if (target === undefined) throw new Error('the demo has no allocated production plot');
    const ring = target.geometry.coordinates[0] ?? [];
    const lon = ring.slice(0, -1).reduce((sum, [x]) => sum + x, 0) / (ring.length - 1);
    const lat = ring.slice(0, -1).reduce((sum, [, y]) => sum + y, 0) / (ring.length - 1);
    const point = await page.evaluate(([x, y]) => {
      const map = window.__parkplanMap;
      if (map === undefined) throw new Error('no map');
      const projected = map.project([x, y]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + projected.x, y: box.top + projected.y };
    }, [lon, lat] as const);
    await page.mouse.click(point.x, point.y);
    const selected = plotList().locator('[aria-selected="true"]');
    await expect.poll(() => selected.count(), { timeout: 10_000 }).toBe(1);
    expect(await selected.innerText()).toContain(target.code);
    await expect.poll(() => details().innerText(), { timeout: 10_000 }).toContain(target.code);
    // The headline «Area» is the park's МСК plan area (test/demo/cadastralAreas.test.ts checks it against PROJ);
    // the geodesic area beside it is the one GeographicLib gives.
    const geodesic = await details().locator('.geodesic-area-m2').innerText();
    const squareMetres = /([\d\s\u00a0\u202f,.]+)\s*m²/.exec(geodesic)?.[1];
    expect(squareMetres).toBeDefined();
    const reference = referenceAreaM2(target.code);
    expect(Math.abs(readNumber(squareMetres ?? '') - reference)).toBeLessThanOrEqual(0.5);
  });

  it('sorts the plot list by area, both ways', async () => {
    const header = plotList().getByRole('columnheader', { name: /Area/ });
    const areas = async () =>
      Promise.all((await plotList().locator('tbody tr').all()).slice(0, 79).map(async (row) => readNumber(await row.locator('td').nth(1).innerText())));
    const inOrder = (values: number[], direction: string | null) =>
      [...values].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
    await header.getByRole('button').click();
    const first = await header.getAttribute('aria-sort');
    expect(['ascending', 'descending']).toContain(first);
    const once = await areas();
    expect(once).toEqual(inOrder(once, first));
    await header.getByRole('button').click();
    const second = await header.getAttribute('aria-sort');
    expect(second).toBe(first === 'ascending' ? 'descending' : 'ascending');
    const twice = await areas();
    expect(twice).toEqual(inOrder(twice, second));
    expect(twice[0]).not.toBe(once[0]);
  });

  it('hides and shows the plots layer from the layer panel', async () => {
    const under = blend(hexToRgb(MAP_COLORS.parkFill), 0.6, hexToRgb(MAP_COLORS.background));
    const built = { built: blend(hexToRgb(STATUS_COLORS.built), 0.9, under) };
    await waitForMapPixels(page, built, (c) => (c['built'] ?? 0) > 500);
    const toggle = page.getByRole('region', { name: 'Layers' }).getByRole('checkbox', { name: 'Plots', exact: true });
    await toggle.uncheck();
    await waitForMapPixels(page, built, (c) => (c['built'] ?? 0) === 0);
    await toggle.check();
    await waitForMapPixels(page, built, (c) => (c['built'] ?? 0) > 500);
  });
});
