import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapLayers } from '../../shared/contract/views';
import type { Position } from '../../shared/domain/geometry';
import { callChannel, jumpTo, mapLayers } from './support/drawingPage';
import { centroidOf, clickPlot } from './support/editingPage';
import { openPlannerPage } from './support/plannerPage';
import { dragVertex, waitUntilPlotLeaves } from './support/vertexDrag';

// One change feed (issue 9): what one page, the CLI or ogrinfo writes shows in the open pages without a reload.
let page: Page;
let other: Page;
const opened = openPlannerPage({ lang: 'en', ready: 'map idle' }, (parts) => ({ page } = parts));

type PlotFeature = MapLayers['plots']['features'][number];

const listRow = (on: Page, code: string) => on.getByRole('region', { name: 'Plot list' }).getByRole('row').filter({ hasText: code });
const plotCount = async (on: Page) => (await on.getByRole('region', { name: 'Plot list' }).locator('h2 .count').textContent()) ?? '';

function freePlot(layers: MapLayers): PlotFeature {
  const plot = layers.plots.features.find((f) => f.properties.status === 'free' && f.properties.residentName === null && f.geometry.coordinates.length === 1);
  if (plot === undefined) throw new Error('no free plot in the demo');
  return plot;
}

async function openSecondPage(): Promise<Page> {
  const second = await opened.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await second.goto(`${opened.app.url}&lang=en`);
  await second.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
  return second;
}

/**
 * Waits until `check` holds with no reload or action of the page's own, polled every 25 ms; fails after
 * `limit`, which is generous on purpose: how fast a change arrives is a benchmark's figure, not this test's.
 */
async function arrives(check: () => Promise<boolean>, limit = 15_000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > limit) throw new Error(`not seen within ${limit} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Three 20 m squares east of the park (the demo's plots tile the park to its edge) that touch no plot, as a
 * GeoJSON for `parkplan import`.
 */
function threeFreeSquares(layers: MapLayers, parkName: string): object {
  const park = layers.parks.features.find((candidate) => candidate.properties.name === parkName)!;
  type Area = Parameters<typeof booleanPointInPolygon>[1];
  const inside = (point: Position, area: unknown) => booleanPointInPolygon([point[0], point[1]], area as Area);
  const vertices = layers.plots.features.flatMap((plot) => plot.geometry.coordinates.flat());
  const ring = park.geometry.type === 'Polygon' ? park.geometry.coordinates[0]! : park.geometry.coordinates[0]![0]!;
  const [west, south, east, north] = [Math.min(...ring.map((p) => p[0])), Math.min(...ring.map((p) => p[1])), Math.max(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[1]))];
  const dLat = 20 / 111_320;
  const dLon = dLat / Math.cos((south * Math.PI) / 180);
  const squares: Position[][] = [];
  for (let lat = south + dLat; lat < north - dLat && squares.length < 3; lat += 2 * dLat) {
    for (let lon = east + dLon; lon < east + 20 * dLon && squares.length < 3; lon += 2 * dLon) {
      const corners: Position[] = [[lon, lat], [lon + dLon, lat], [lon + dLon, lat + dLat], [lon, lat + dLat]];
      const centre: Position = [lon + dLon / 2, lat + dLat / 2];
      // No plot holds a corner or the middle, and no plot's vertex lies in the square.
      const clear =
        layers.plots.features.every((plot) => ![...corners, centre].some((point) => inside(point, plot.geometry))) &&
        !vertices.some(([x, y]) => x >= lon && x <= lon + dLon && y >= lat && y <= lat + dLat);
      if (clear) squares.push([...corners, corners[0]!]);
    }
  }
  if (squares.length < 3) throw new Error(`room for ${squares.length} plots only in ${parkName} (${west},${south} – ${east},${north})`);
  return {
    type: 'FeatureCollection',
    features: squares.map((square, i) => ({ type: 'Feature', properties: { code: `CLI-${i + 1}` }, geometry: { type: 'Polygon', coordinates: [square] } })),
  };
}

describe('changes made elsewhere arrive by themselves', () => {
  it('an edit in one page shows in the other by itself', async () => {
    other = await openSecondPage();
    const plot = freePlot(await mapLayers(page));
    // Renamed so that it sorts first in the list, where the windowed list renders it.
    await callChannel(page, 'plots:updateAttributes', { plotId: plot.properties.id, patch: { code: 'А-0' } });
    await arrives(async () => (await listRow(other, 'А-0').count()) === 1);
  });

  it('drags a vertex with the mouse: the outline is saved and the other page draws it', async () => {
    const before = freePlot(await mapLayers(page));
    const id = before.properties.id;
    await page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('button', { name: 'Select', exact: true }).click();
    // Demo plots are hectares: at zoom 15.5 the whole plot and its corners are on screen.
    await jumpTo(page, centroidOf(before), 15.5);
    await clickPlot(page, before);
    await page.waitForTimeout(300);
    const corner = before.geometry.coordinates[0]![2]!;
    const drag = await dragVertex(page, corner, { x: -20, y: 20 });
    await waitUntilPlotLeaves(page, id, drag.vacated, 10_000);
    const saved = (await mapLayers(page)).plots.features.find((f) => f.properties.id === id)!;
    const moved = saved.geometry.coordinates[0]![2]!;
    // 20 px at zoom 15.5 is about 55 m west and south of the old corner.
    expect(moved[0]).toBeLessThan(corner[0] - 5e-5);
    expect(moved[1]).toBeLessThan(corner[1] - 5e-5);
    expect(saved.geometry.coordinates[0]).toHaveLength(before.geometry.coordinates[0]!.length);
    await jumpTo(other, centroidOf(before), 15.5);
    await waitUntilPlotLeaves(other, id, await other.evaluate(([lon, lat]) => {
      const map = window.__parkplanMap!;
      const point = map.project([lon, lat]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + point.x - 3, y: box.top + point.y + 3 };
    }, corner), 1_000);
  });

  it('an UPDATE by ogrinfo on the file shows in the open page', async () => {
    const plot = freePlot(await mapLayers(page));
    execFileSync('ogrinfo', [opened.app.project, '-q', '-sql', `UPDATE plots SET code = 'Б-OGR' WHERE fid = ${plot.properties.id}`]);
    // Polled (250 ms), then the page reads the layers again: the one whole read of an outside change.
    await arrives(async () => (await listRow(page, 'Б-OGR').count()) === 1);
  });

  it('the CLI imports three plots while the page is open: the count and the map follow', async () => {
    const layers = await mapLayers(page);
    const parkName = layers.parks.features[0]!.properties.name;
    const countBefore = await plotCount(page);
    const input = join(mkdtempSync(join(tmpdir(), 'parkplan-feed-')), 'three.geojson');
    writeFileSync(input, JSON.stringify(threeFreeSquares(layers, parkName)));
    const cli = spawnSync(process.execPath, ['bin/parkplan.mjs', 'import', opened.app.project, input, '--park', parkName, '--map', 'code=code'], { encoding: 'utf8' });
    expect(cli.status, cli.stderr + cli.stdout).toBe(0);
    await expect.poll(() => plotCount(page), { timeout: 3_000 }).not.toBe(countBefore);
    const number = (text: string) => Number(text.replace(/\D/g, ''));
    expect(number(await plotCount(page))).toBe(number(countBefore) + 3);
    // The page's own store has them (its list, which the map's source follows), not only the file.
    for (const code of ['CLI-1', 'CLI-2', 'CLI-3']) expect(await listRow(page, code).count()).toBe(1);
  });
});
