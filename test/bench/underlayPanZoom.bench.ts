import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openProject } from '../../electron/store/project';
import { addUnderlayFile } from '../../electron/services/underlays/underlayFiles';
import buildRenderer from '../e2e/globalSetup';
import { launchChromium } from '../e2e/support/browser';
import { startWebApp } from '../e2e/support/webApp';
import { makeMbtiles, makeMskGeoTiff } from '../underlay/support/underlayFixtures';
import type { BenchResult } from './benchResult';
import { writeGridPark } from './gridPark';

/*
 * Pan and zoom over a 10,000-plot park with a raster basemap under it (issue 13): a generated grid park
 * (gridPark.ts) with an MBTiles GDAL cut from a 5 km МСК-62 GeoTIFF over it, in web mode and headless
 * Chromium (SwiftShader: the CPU draws, so the figures are a floor for a laptop's GPU). One scripted camera
 * path of eases (zoom in, pan east, pan north, zoom out) is flown while requestAnimationFrame records each
 * frame's interval; flown with the basemap shown, then with it hidden, so the underlay's own cost shows.
 */

const PLOTS = Number(process.env['BENCH_UNDERLAY_PLOTS'] ?? 10_000);
const CENTRE: readonly [number, number] = [39.62, 54.712];
const LOAD_TIMEOUT_MS = 400_000;

interface Flight {
  readonly frames: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

/*
 * The camera path, run in the page as source text: tsx's name helper (__name) does not exist there, so the
 * function must not be compiled by it.
 */
const FLIGHT = `(async ([lon, lat]) => {
  const map = window.__parkplanMap;
  if (map === undefined) throw new Error('no map');
  const deltas = [];
  let last = performance.now();
  let running = true;
  requestAnimationFrame(function tick(time) {
    deltas.push(time - last);
    last = time;
    if (running) requestAnimationFrame(tick);
  });
  for (const [dLon, dLat, zoom] of [[0, 0, 15], [0.012, 0, 15], [0.012, 0.008, 16], [0, 0, 13.5]]) {
    await new Promise((done) => {
      map.once('moveend', () => done());
      map.easeTo({ center: [lon + dLon, lat + dLat], zoom, duration: 1500 });
    });
  }
  running = false;
  // The first interval is from the script's start, not a frame.
  return deltas.slice(1);
})`;

/** Flies the camera path and returns every frame interval, in ms. */
async function fly(page: Page): Promise<number[]> {
  return page.evaluate(`${FLIGHT}(${JSON.stringify(CENTRE)})`) as Promise<number[]>;
}

function summary(deltas: readonly number[]): Flight {
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { frames: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) ?? Number.NaN };
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__parkplanMap?.loaded() === true && window.__parkplanMap.areTilesLoaded(), undefined, { timeout: LOAD_TIMEOUT_MS });
}

export async function runUnderlayPanZoomBench(): Promise<BenchResult> {
  buildRenderer();
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-underlay-bench-'));
  try {
    const park = writeGridPark(join(dir, 'grid.gpkg'), PLOTS);
    const mbtiles = makeMbtiles(dir, makeMskGeoTiff(dir, 'ortho', [120, 150, 90], [200, 200, 190]), 'basemap');
    const store = openProject(park.file);
    try {
      await addUnderlayFile(store, { input: mbtiles, name: 'Basemap' });
    } finally {
      store.close();
    }
    const app = await startWebApp(park.file);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${app.url}&lang=en`);
      await page.locator('[data-map-state="idle"]').waitFor({ timeout: LOAD_TIMEOUT_MS });
      await idle(page);
      const shown = summary(await fly(page));
      await page.locator('[data-underlay="Basemap"] input[type="checkbox"]').click();
      await page.waitForFunction(() => window.__parkplanMap?.getStyle().layers.filter((l) => l.id.startsWith('underlay-')).every((l) => l.layout?.visibility === 'none') === true, undefined, { timeout: 30_000 });
      await page.evaluate(`window.__parkplanMap.jumpTo({ center: ${JSON.stringify(CENTRE)}, zoom: 13.5 })`);
      await idle(page);
      const hidden = summary(await fly(page));
      const figures: Record<string, number> = {};
      for (const [label, flight] of [['basemap shown', shown], ['basemap hidden', hidden]] as const) {
        figures[`${label}: frames in the 6 s path`] = flight.frames;
        figures[`${label}: median frame, ms`] = Math.round(flight.medianMs * 10) / 10;
        figures[`${label}: p95 frame, ms`] = Math.round(flight.p95Ms * 10) / 10;
        figures[`${label}: longest frame, ms`] = Math.round(flight.maxMs);
      }
      return { name: `Pan and zoom over ${PLOTS.toLocaleString('en')} plots with a raster basemap (MBTiles) under them`, figures };
    } finally {
      await browser.close();
      await app.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
