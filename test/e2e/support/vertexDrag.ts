import type { Page } from 'playwright-core';
import type { Position } from '../../../shared/domain/geometry';
import { pixelOf } from './drawingPage';

export interface VertexDrag {
  /** Page pixel of the vertex before the drag and where the mouse let it go. */
  readonly from: { readonly x: number; readonly y: number };
  readonly to: { readonly x: number; readonly y: number };
  /** A pixel the plot covered before and no longer covers: just inside the old corner. */
  readonly vacated: { readonly x: number; readonly y: number };
}

/**
 * Drags one vertex of the selected plot (already selected with "Select", so terra-draw shows its vertex
 * handles) by `by` pixels, step by step as a hand would, and lets go. The vertex is `vertex` of the plot's
 * stored outline; a move towards the plot's middle keeps the outline simple.
 */
export async function dragVertex(
  page: Page,
  vertex: Position,
  by: { readonly x: number; readonly y: number },
  /** Called just before the mouse-up, for a benchmark's clock. */
  beforeRelease?: () => void,
): Promise<VertexDrag> {
  const from = await pixelOf(page, vertex);
  const to = { x: from.x + by.x, y: from.y + by.y };
  await page.mouse.move(from.x, from.y, { steps: 3 });
  await page.mouse.down();
  const steps = 8;
  for (let step = 1; step <= steps; step += 1) await page.mouse.move(from.x + (by.x * step) / steps, from.y + (by.y * step) / steps);
  beforeRelease?.();
  await page.mouse.up();
  const vacated = { x: from.x + Math.sign(by.x) * 3, y: from.y + Math.sign(by.y) * 3 };
  return { from, to, vacated };
}

/**
 * Resolves once the map, idle, no longer draws plot `plotId`'s fill at `pixel`: the saved outline is
 * on screen. Polled every animation frame inside the page; rejects after `timeoutMs`.
 */
export function waitUntilPlotLeaves(page: Page, plotId: number, pixel: { readonly x: number; readonly y: number }, timeoutMs = 60_000): Promise<void> {
  // No named functions inside: tsx's keepNames would wrap them in a helper the page does not have.
  return page.evaluate(
    async ({ plotId, pixel, timeoutMs }) => {
      const map = window.__parkplanMap;
      if (map === undefined) throw new Error('no map');
      const box = map.getCanvas().getBoundingClientRect();
      const point: [number, number] = [pixel.x - box.left, pixel.y - box.top];
      const started = performance.now();
      for (;;) {
        const covered = map.queryRenderedFeatures(point, { layers: ['plot-fill'] }).some((feature) => feature.properties['id'] === plotId);
        if (!covered && map.loaded()) return;
        if (performance.now() - started > timeoutMs) throw new Error(`plot ${plotId} still drawn at ${pixel.x},${pixel.y}`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    },
    { plotId, pixel, timeoutMs },
  );
}
