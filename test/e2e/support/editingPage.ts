import type { Page } from 'playwright-core';
import type { PlotDetails } from '../../../shared/contract/views';
import type { MapLayers } from '../../../shared/contract/views';
import type { Position } from '../../../shared/domain/geometry';
import type { PlotId } from '../../../shared/domain/ids';
import { callChannel, clickAt, pixelOf } from './drawingPage';

type PlotFeature = MapLayers['plots']['features'][number];

export const plotDetails = (page: Page, plotId: number) => callChannel<PlotDetails>(page, 'plots:details', { plotId: plotId as PlotId });

/** The vertex average of a ring: inside the convex plots these tests use. */
export function centroidOf(plot: PlotFeature): Position {
  const open = (plot.geometry.coordinates[0] ?? []).slice(0, -1);
  return [open.reduce((s, p) => s + p[0], 0) / open.length, open.reduce((s, p) => s + p[1], 0) / open.length];
}

/** Clicks the middle of a plot on the map, holding Shift when asked. */
export async function clickPlot(page: Page, plot: PlotFeature, shift = false): Promise<void> {
  const pixel = await pixelOf(page, centroidOf(plot));
  if (shift) await page.keyboard.down('Shift');
  await clickAt(page, pixel);
  if (shift) await page.keyboard.up('Shift');
}

/** Two plots share an edge when they have at least two vertices in common, bit for bit. */
export function shareAnEdge(a: PlotFeature, b: PlotFeature): boolean {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const first = new Set((a.geometry.coordinates[0] ?? []).slice(0, -1).map(key));
  return (b.geometry.coordinates[0] ?? []).slice(0, -1).filter((p) => first.has(key(p))).length >= 2;
}
