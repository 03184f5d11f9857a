import type { Page } from 'playwright-core';
import type { MapLayers } from '../../../shared/contract/views';
import type { Position } from '../../../shared/domain/geometry';

/**
 * Calls one channel from inside the page, with the page's token cookie and actor id, as the web bridge
 * does: an `edits:state` asked here is the page's own.
 */
export function callChannel<T>(page: Page, channel: string, request: object = {}): Promise<T> {
  return page.evaluate(
    async ({ channel, request }) => {
      const headers = { 'content-type': 'application/json', 'x-parkplan-actor': sessionStorage.getItem('parkplan.actor') ?? '' };
      const response = await fetch(`/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(request) });
      const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${channel}: ${body.error?.message ?? 'failed'}`);
      return body.value;
    },
    { channel, request },
  ) as Promise<T>;
}

export const mapLayers = (page: Page) => callChannel<MapLayers>(page, 'map:layers');

/** Page (viewport) pixels of a [lon, lat] on the planner's map. */
export function pixelOf(page: Page, position: Position): Promise<{ x: number; y: number }> {
  return page.evaluate(([lon, lat]) => {
    const map = window.__parkplanMap;
    if (map === undefined) throw new Error('no map');
    const point = map.project([lon, lat]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, position);
}

/** The [lon, lat] under a page pixel, as MapLibre unprojects it. */
export function positionAt(page: Page, pixel: { x: number; y: number }): Promise<Position> {
  return page.evaluate(({ x, y }) => {
    const map = window.__parkplanMap;
    if (map === undefined) throw new Error('no map');
    const box = map.getCanvas().getBoundingClientRect();
    const lngLat = map.unproject([x - box.left, y - box.top]);
    return [lngLat.lng, lngLat.lat] as const;
  }, pixel);
}

/** Moves the camera without animation and waits until the map has drawn. */
export async function jumpTo(page: Page, center: Position, zoom: number): Promise<void> {
  await page.evaluate(
    ({ center, zoom }) =>
      new Promise<void>((resolve) => {
        const map = window.__parkplanMap;
        if (map === undefined) throw new Error('no map');
        map.once('idle', () => resolve());
        map.jumpTo({ center: [center[0], center[1]], zoom });
      }),
    { center, zoom },
  );
}

/** Moves the mouse there in a few steps (terra-draw follows pointer moves) and clicks. */
export async function clickAt(page: Page, pixel: { x: number; y: number }): Promise<void> {
  await page.mouse.move(pixel.x, pixel.y, { steps: 4 });
  await page.mouse.click(pixel.x, pixel.y);
  await page.waitForTimeout(60);
}
