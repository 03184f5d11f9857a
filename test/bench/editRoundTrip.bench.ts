import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PolygonGeometry, Position } from '../../shared/domain/geometry';
import type { PlotId } from '../../shared/domain/ids';
import { dispatch } from '../../electron/handlers/dispatch';
import { createHandlers } from '../../electron/handlers/projectHandlers';
import { openProject, type ProjectStore } from '../../electron/store/project';
import type { BenchResult } from './benchResult';

/*
 * One saved edit on a park of 10 000 plots, through the same path as the renderer's request:
 * dispatch (payload validation) → service → store transaction with its journal entry (WAL,
 * synchronous=FULL) → response with the plot's findings and the undo state. And the undo of it.
 * The file lives in the OS temp folder, so the figures include a real fsync per commit.
 */

const SIDE = 100; // 100 × 100 plots
const PLOT_M = 50;
const ORIGIN: Position = [39.58, 54.69];
const RUNS = 60;
const M_PER_DEG_LAT = 111_320;
const perLon = M_PER_DEG_LAT * Math.cos((ORIGIN[1] * Math.PI) / 180);

function cell(column: number, row: number, nudgeM = 0): PolygonGeometry {
  const west = ORIGIN[0] + (column * PLOT_M) / perLon;
  const south = ORIGIN[1] + (row * PLOT_M) / M_PER_DEG_LAT;
  const east = west + PLOT_M / perLon;
  const north = south + PLOT_M / M_PER_DEG_LAT;
  // Moving the north-east corner inward keeps the plot inside its cell: no overlap findings.
  const corner: Position = [east - nudgeM / perLon, north - nudgeM / M_PER_DEG_LAT];
  return { type: 'Polygon', coordinates: [[[west, south], [east, south], corner, [west, north], [west, south]]] };
}

function buildPark(file: string): { store: ProjectStore; middle: PlotId; parkId: number } {
  const store = openProject(file, { create: true });
  const span: Position = [ORIGIN[0] + (SIDE * PLOT_M) / perLon, ORIGIN[1] + (SIDE * PLOT_M) / M_PER_DEG_LAT];
  let middle = 0 as PlotId;
  const park = store.transaction(() => {
    const inserted = store.parks.insert({
      name: 'Бенчмарк', region: 'Рязанская область', declaredAreaHa: null, cadastralCrs: 'MSK-62-1', illustrative: true, codePrefix: 'Н-',
      boundary: { type: 'MultiPolygon', coordinates: [[[ORIGIN, [span[0], ORIGIN[1]], span, [ORIGIN[0], span[1]], ORIGIN]]] },
    });
    for (let row = 0; row < SIDE; row++) {
      for (let column = 0; column < SIDE; column++) {
        const plot = store.plots.insert({
          parkId: inserted.id, code: `Р-${row}-${column}`, cadastralNumber: null, status: 'free', zone: 'production', notes: '',
          geometry: cell(column, row),
        });
        if (row === SIDE / 2 && column === SIDE / 2) middle = plot.id;
      }
    }
    return inserted;
  });
  return { store, middle, parkId: park.id };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

function summary(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

export async function runEditRoundTripBench(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-bench-edit-'));
  const { store, middle } = buildPark(join(dir, 'bench.gpkg'));
  try {
    const handlers = createHandlers({ store, file: store.file, host: 'web', today: () => '2026-06-15' });
    const call = async (channel: string, payload: unknown): Promise<number> => {
      const start = performance.now();
      const result = await dispatch(handlers, channel, payload);
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return ms;
    };
    const edits: number[] = [];
    const undos: number[] = [];
    const clipped: number[] = [];
    for (let run = 0; run < RUNS + 5; run++) {
      const geometry = cell(SIDE / 2, SIDE / 2, 1 + (run % 10));
      const edit = await call('plots:updateGeometry', { plotId: middle, geometry });
      const undo = await call('edits:undo', {});
      const clip = await call('plots:updateGeometry', { plotId: middle, geometry, avoidOverlaps: true });
      // The first runs warm up the JIT and the page cache.
      if (run >= 5) {
        edits.push(edit);
        undos.push(undo);
        clipped.push(clip);
      }
    }
    const edit = summary(edits);
    const undo = summary(undos);
    const clip = summary(clipped);
    const round = (ms: number): number => Math.round(ms * 100) / 100;
    return {
      name: `Saved edit round trip, ${SIDE * SIDE} plots (dispatch → service → transaction + journal → response)`,
      figures: {
        plots: SIDE * SIDE,
        runs: RUNS,
        'updateGeometry median ms': round(edit.median),
        'updateGeometry p95 ms': round(edit.p95),
        'undo median ms': round(undo.median),
        'undo p95 ms': round(undo.p95),
        'updateGeometry+avoidOverlaps median ms': round(clip.median),
        'updateGeometry+avoidOverlaps p95 ms': round(clip.p95),
      },
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
