import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSeed } from '../../shared/domain/projectSeed';
import { openPlannerPage } from './support/plannerPage';

// A planner looking for a plot: Ctrl+F, a code typed in the Latin layout, Enter; the row is selected and
// the map flies to the plot.
const demo = JSON.parse(readFileSync('assets/demo/demo-project.json', 'utf8')) as ProjectSeed;
let page: Page;

openPlannerPage({ lang: 'ru', ready: 'plot list filled' }, (opened) => ({ page } = opened));

const plotList = () => page.getByRole('region', { name: 'Список участков' });

/** Where the map's camera is looking: its centre, degrees. */
const mapCentre = () =>
  page.evaluate(() => {
    const map = window.__parkplanMap;
    if (map === undefined) throw new Error('no map');
    const { lng, lat } = map.getCenter();
    return [lng, lat] as const;
  });

describe('plot search', () => {
  it('finds «Р-01» from "p-01" typed after Ctrl+F, and Enter flies the map to it', async () => {
    const target = demo.plots.find((plot) => plot.code === 'Р-01' && plot.parkKey === demo.parks[0]?.key);
    if (target === undefined) throw new Error('the demo has no Р-01');
    const ring = target.geometry.coordinates[0] ?? [];
    const lons = ring.map(([lon]) => lon);
    const lats = ring.map(([, lat]) => lat);

    await page.locator('.map-region').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    const field = plotList().getByRole('searchbox', { name: 'Найти участок' });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('p-01');
    const rows = plotList().locator('tbody tr');
    await expect.poll(async () => (await rows.allInnerTexts()).some((text) => text.includes('Р-01'))).toBe(true);
    // No resident or cadastral number of the demo holds "p-01": every row left is a code beginning Р-01.
    const codes = await rows.locator('td.code').allInnerTexts();
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(code.startsWith('Р-01')).toBe(true);

    await page.keyboard.press('Enter');
    const selected = plotList().locator('[aria-selected="true"]');
    await expect.poll(() => selected.innerText(), { timeout: 10_000 }).toContain('Р-01');
    await expect
      .poll(
        async () => {
          const [lon, lat] = await mapCentre();
          return lon >= Math.min(...lons) && lon <= Math.max(...lons) && lat >= Math.min(...lats) && lat <= Math.max(...lats);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  });

  it('says so when nothing answers, and Escape brings every row back', async () => {
    const field = plotList().getByRole('searchbox', { name: 'Найти участок' });
    await field.fill('zzzz-нет');
    await expect.poll(() => plotList().innerText()).toContain('Ни один участок не подходит под «zzzz-нет»');
    await field.press('Escape');
    await expect.poll(() => plotList().locator('tbody tr').count()).toBeGreaterThan(40);
  });
});
