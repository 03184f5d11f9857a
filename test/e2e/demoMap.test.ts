import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAP_COLORS, SELECTION_COLOR, STATUS_COLORS } from '../../renderer/src/map/statusColors';
import { launchChromium } from './support/browser';
import { blend, hexToRgb, waitForMapPixels, type Rgb } from './support/mapPixels';
import { startWebApp, type RunningWebApp } from './support/webApp';

// A planner opens the app on a fresh machine: the demo appears, plots coloured by status, and a click on a
// row in the plot list selects that plot and shows its area.
let app: RunningWebApp;
let browser: Browser;
const offsite: string[] = [];

const underPlots = blend(hexToRgb(MAP_COLORS.parkFill), 0.6, hexToRgb(MAP_COLORS.background));
const statusPixels: Record<string, Rgb> = Object.fromEntries(
  Object.entries(STATUS_COLORS).map(([status, hex]) => [status, blend(hexToRgb(hex), 0.9, underPlots)]),
);

async function openApp(query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(new URL(app.url).origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.push(url);
  });
  await page.goto(app.url + query);
  return page;
}

beforeAll(async () => {
  app = await startWebApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the demo project in web mode', () => {
  it('draws the demo plots in their status colours (pixels, not just the DOM)', async () => {
    const page = await openApp();
    await expect.poll(() => page.getByRole('row').count(), { timeout: 30_000 }).toBeGreaterThan(40);
    const counts = await waitForMapPixels(page, statusPixels, (c) => (c['allocated'] ?? 0) > 2000 && (c['free'] ?? 0) > 100 && (c['built'] ?? 0) > 100);
    expect(counts['infrastructure']).toBeGreaterThan(100);
    expect(counts['reserved']).toBeGreaterThan(20);
    await page.close();
  });

  it('selects a plot from the list: details with its area, and the highlight on the map', async () => {
    const page = await openApp();
    const list = page.getByRole('region', { name: /список участков|plot list/i });
    const rows = list.getByRole('row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(40);
    const row = rows.filter({ hasText: 'Р-' }).nth(3);
    const code = (await row.getByRole('cell').first().innerText()).trim();
    await row.click();
    const details = page.getByRole('region', { name: /сведения об участке|plot details/i });
    await expect.poll(() => details.innerText(), { timeout: 10_000 }).toContain(code);
    // The header shows the code at once; the figures follow when plots:details answers.
    await expect.poll(() => details.innerText(), { timeout: 20_000 }).toMatch(/\d[\d\s\u00a0]*\s*м²/);
    const text = await details.innerText();
    expect(text).toMatch(/\d[\d\s\u00a0]*,\d+\s*га/);
    await waitForMapPixels(page, { selection: hexToRgb(SELECTION_COLOR) }, (c) => (c['selection'] ?? 0) > 30);
    await page.close();
  });

  it('speaks English with ?lang=en, and every button has an accessible name', async () => {
    const page = await openApp('&lang=en');
    await expect.poll(() => page.getByRole('row').count(), { timeout: 30_000 }).toBeGreaterThan(40);
    await expect.poll(() => page.getByRole('region', { name: 'Plot list' }).count()).toBe(1);
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, [role="button"]')]
        .filter((button) => (button.getAttribute('aria-label') ?? button.textContent ?? '').trim() === '' && !button.getAttribute('aria-labelledby'))
        .map((button) => button.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
    expect(await page.getByRole('button').count()).toBeGreaterThan(3);
    await page.close();
  });

  it('loads nothing from outside the app (works offline)', () => {
    expect(offsite).toEqual([]);
  });
});
