import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Position } from '../../shared/domain/geometry';
import buildRenderer from '../e2e/globalSetup';
import { launchChromium } from '../e2e/support/browser';
import { jumpTo, pixelOf } from '../e2e/support/drawingPage';
import { dragVertex, waitUntilPlotLeaves } from '../e2e/support/vertexDrag';
import { startWebApp } from '../e2e/support/webApp';
import type { BenchResult } from './benchResult';
import { writeGridPark, type GridPark, type GridPlot } from './gridPark';

/*
 * The planner's page on big projects (issue 9): a generated park of 1,000, 10,000 and 50,000 plots served
 * by web mode (the same process as `npm run web`) and driven in headless Chromium with the mouse:
 *   load     page opened → the map idle with every plot drawn;
 *   select   a click on a plot → its code in the details panel (median);
 *   drag     a vertex dragged, mouse up → the saved outline drawn, the map idle (median);
 *   requests what the page asks the host from the mouse-up until a second after the saved frame;
 *   heap     the renderer's JS heap after a forced GC, once the edits are done.
 * BENCH_PLOTS=1000,10000 picks the sizes; the renderer is built first, as for the e2e tests.
 */

const DEFAULT_SIZES = [1_000, 10_000, 50_000];
const LOAD_TIMEOUT_MS = 400_000;

const median = (samples: readonly number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};
const round = (ms: number): number => Math.round(ms);

function centroid(plot: GridPlot): Position {
  const open = (plot.geometry.coordinates[0] ?? []).slice(0, -1);
  return [open.reduce((s, p) => s + p[0], 0) / open.length, open.reduce((s, p) => s + p[1], 0) / open.length];
}

async function selectPlot(page: Page, plot: GridPlot): Promise<number> {
  const pixel = await pixelOf(page, centroid(plot));
  await page.mouse.move(pixel.x, pixel.y, { steps: 2 });
  const start = performance.now();
  await page.mouse.click(pixel.x, pixel.y);
  await page.waitForFunction((code) => document.querySelector('.plot-details .plot-code')?.textContent === code, plot.code, {
    polling: 'raf',
    timeout: LOAD_TIMEOUT_MS,
  });
  return performance.now() - start;
}

interface DragFigures {
  readonly ms: number;
  readonly requests: readonly string[];
}

/** Selects `plot`, drags its north-east corner 20 px towards its middle and times mouse-up → saved frame. */
async function dragCorner(page: Page, plot: GridPlot): Promise<DragFigures> {
  await selectPlot(page, plot);
  // terra-draw puts the vertex handles up in the frame after the selection.
  await page.waitForTimeout(400);
  const corner = plot.geometry.coordinates[0]?.[2];
  if (corner === undefined) throw new Error(`plot ${plot.code} has no third vertex`);
  const requests: string[] = [];
  let counting = false;
  const onRequest = (request: { url(): string }) => {
    if (counting && request.url().includes('/api/')) requests.push(decodeURIComponent(new URL(request.url()).pathname.slice('/api/'.length)));
  };
  page.on('request', onRequest);
  let start = 0;
  const drag = await dragVertex(page, corner, { x: -20, y: 20 }, () => {
    counting = true;
    start = performance.now();
  });
  await waitUntilPlotLeaves(page, plot.id, drag.vacated, LOAD_TIMEOUT_MS);
  const ms = performance.now() - start;
  await page.waitForTimeout(1_000);
  page.off('request', onRequest);
  return { ms, requests };
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const usage = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return Math.round(usage.usedSize / 1e6);
}

async function measure(browser: Browser, park: GridPark, figures: Record<string, number | string>): Promise<void> {
  const app = await startWebApp(park.file);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    const label = `${park.plots / 1000}k`;
    const loadStart = performance.now();
    await page.goto(`${app.url}&lang=en`);
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: LOAD_TIMEOUT_MS });
    figures[`${label} load → first frame ms`] = round(performance.now() - loadStart);
    await jumpTo(page, centroid(park.middle), 17);
    const big = park.plots >= 50_000;
    const selects: number[] = [];
    const targets = park.around.slice(0, big ? 4 : 6);
    for (const plot of targets) selects.push(await selectPlot(page, plot));
    figures[`${label} select → details median ms`] = round(median(selects));
    const drags: DragFigures[] = [];
    for (const plot of [park.middle, ...park.around].slice(0, big ? 3 : 5)) drags.push(await dragCorner(page, plot));
    figures[`${label} drag mouse-up → saved frame median ms`] = round(median(drags.map((drag) => drag.ms)));
    const last = drags.at(-1)?.requests ?? [];
    figures[`${label} requests after one edit`] = `${last.length} (${last.join(', ')})`;
    figures[`${label} renderer heap MB`] = await heapMb(page);
  } finally {
    await page.close();
    await app.stop();
  }
}

export async function runPlannerPageBench(): Promise<BenchResult> {
  const sizes = (process.env['BENCH_PLOTS'] ?? '').split(',').filter(Boolean).map(Number);
  buildRenderer();
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-bench-page-'));
  const browser = await launchChromium();
  const figures: Record<string, number | string> = {};
  try {
    for (const count of sizes.length > 0 ? sizes : DEFAULT_SIZES) {
      const park = writeGridPark(join(dir, `grid-${count}.gpkg`), count);
      await measure(browser, park, figures);
      console.error(JSON.stringify(figures));
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { name: 'The planner’s page on big projects (web mode, headless Chromium)', figures };
}
