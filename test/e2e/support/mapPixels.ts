import type { Page } from 'playwright-core';

export type Rgb = readonly [number, number, number];

export const hexToRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;

/** `top` drawn with `opacity` over `bottom`, as the GPU blends a translucent fill. */
export const blend = (top: Rgb, opacity: number, bottom: Rgb): Rgb =>
  [0, 1, 2].map((i) => Math.round(opacity * (top[i] ?? 0) + (1 - opacity) * (bottom[i] ?? 0))) as unknown as Rgb;

/**
 * Counts, for each colour, the map canvas pixels within `tolerance` of it per channel. Reads the WebGL
 * canvas itself (the app keeps its drawing buffer), so this is what MapLibre drew, not what the DOM says.
 */
export function countMapPixels(page: Page, colours: Readonly<Record<string, Rgb>>, tolerance = 8): Promise<Record<string, number>> {
  return page.evaluate(
    ({ colours, tolerance }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
      if (canvas === null) return {};
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d');
      if (context === null) return {};
      context.drawImage(canvas, 0, 0);
      const { data } = context.getImageData(0, 0, copy.width, copy.height);
      const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((name) => [name, 0]));
      const entries = Object.entries(colours);
      for (let i = 0; i < data.length; i += 4) {
        for (const [name, [r, g, b]] of entries) {
          if (Math.abs((data[i] ?? 0) - r) <= tolerance && Math.abs((data[i + 1] ?? 0) - g) <= tolerance && Math.abs((data[i + 2] ?? 0) - b) <= tolerance) {
            counts[name] = (counts[name] ?? 0) + 1;
          }
        }
      }
      return counts;
    },
    { colours, tolerance },
  );
}

/** Polls until `accept` holds for the counted pixels: MapLibre draws asynchronously after the data arrives. */
export async function waitForMapPixels(
  page: Page,
  colours: Readonly<Record<string, Rgb>>,
  accept: (counts: Record<string, number>) => boolean,
  timeoutMs = 30_000,
): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  let counts: Record<string, number> = {};
  while (Date.now() < deadline) {
    counts = await countMapPixels(page, colours);
    if (accept(counts)) return counts;
    await page.waitForTimeout(250);
  }
  throw new Error(`Map pixels never matched: ${JSON.stringify(counts)}`);
}
