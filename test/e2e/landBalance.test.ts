import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParkBalanceSheet } from '../../shared/contract/reportViews';
import { toCadastral } from '../../shared/crs/cadastralArea';
import type { Position } from '../../shared/domain/geometry';
import { formatHectares } from '../../shared/format/measure';
import { callChannel, mapLayers } from './support/drawingPage';
import { openPlannerPage, type PlannerPage } from './support/plannerPage';

// A planner (in Russian) pastes a plot 1 km east of «Рязанский»: the app warns at once with the area
// outside, the header flags it and leaves «Свободно» as it was, and the header, the dashboard and
// `parkplan report --json` on the same file show the same glossary figures.
let page: Page;
const SHOTS = process.env['PARKPLAN_SHOTS'] ?? '/tmp/parkplan-land';
const TERMS = ['land.parkArea', 'land.occupied', 'land.free'] as const;

const header = () => page.getByRole('region', { name: 'Сводка по парку' });
const headerFigure = async (term: string) => (await header().locator(`[data-term="${term}"] dd`).innerText()).trim();

const planner: PlannerPage = openPlannerPage({ lang: 'ru', ready: 'map idle' }, (opened) => ({ page } = opened));

let parkId: number;
let eastOfPark: Position;

beforeAll(async () => {
  const layers = await mapLayers(page);
  const park = layers.parks.features[0]!;
  parkId = park.properties.id;
  const positions = park.geometry.type === 'Polygon' ? park.geometry.coordinates.flat() : park.geometry.coordinates.flat(2);
  const east = positions.reduce((best, position) => (position[0] > best[0] ? position : best));
  eastOfPark = [east[0] + 0.016, east[1]]; // about 1 km east of the park's easternmost vertex
});

describe('a plot pasted outside the park', () => {
  let freeBefore: string;

  it('is warned about at once, with its area outside in the park’s МСК', async () => {
    freeBefore = await headerFigure('land.free');
    const centre = toCadastral(eastOfPark, 'MSK-62-1');
    const corners = [[-40, -50], [-40, 50], [40, 50], [40, -50]].map(([dx, dy]) => [centre.x + dx!, centre.y + dy!]);
    const form = page.getByRole('form', { name: 'Вставить координаты' });
    await form.getByLabel('Список координат').fill(corners.map(([x, y], i) => `${i + 1} ${x!.toFixed(2)} ${y!.toFixed(2)}`).join('\n'));
    await form.getByLabel('Система координат').selectOption('MSK-62-1');
    await form.getByRole('button', { name: 'Создать участок' }).click();
    const warning = page.locator('.edit-notice.warning');
    // 80 m × 100 m on the МСК plan: 8 000 m², all of it outside.
    await expect.poll(() => warning.innerText(), { timeout: 10_000 }).toMatch(/^Участок создан по координатам\. 8000 м² участка Н-\d+ лежат за границей парка\. В баланс территории вошла только его часть внутри границы\./);
    expect(await warning.getAttribute('role')).toBe('alert');
    await page.screenshot({ path: `${SHOTS}-1-warning.png` });
  });

  it('is flagged in the header, which leaves «Свободно» as it was', async () => {
    await expect.poll(() => header().locator('[data-term="land.outside"] dd').innerText(), { timeout: 10_000 }).toBe('⚠ 1');
    expect(await header().locator('[data-term="land.outside"]').getAttribute('title')).toMatch(/Участков за границей парка: 1, 8000 м²/);
    expect(await headerFigure('land.free')).toBe(freeBefore);
  });

  it('reads the same in the header, the dashboard and `parkplan report --json`', async () => {
    const inHeader = Object.fromEntries(await Promise.all(TERMS.map(async (term) => [term, await headerFigure(term)] as const)));
    await page.getByRole('tab', { name: 'Сводка по парку' }).click();
    const dashboard = page.locator('.dashboard');
    await dashboard.locator('[data-term="land.free"]').first().waitFor({ timeout: 10_000 });
    for (const term of TERMS) {
      expect(await dashboard.locator(`.kpi-value[data-term="${term}"]`).innerText(), term).toBe(inHeader[term]);
    }
    await expect.poll(() => dashboard.locator('.land-outside').innerText()).toMatch(/Участков за границей парка: 1, 8000 м²/);
    await page.screenshot({ path: `${SHOTS}-2-dashboard.png`, fullPage: true });

    const cli = spawnSync(process.execPath, ['bin/parkplan.mjs', 'report', planner.app.project, '--json', '--park', 'Рязанский'], { encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    const sheet = (JSON.parse(cli.stdout) as { parks: ParkBalanceSheet[] }).parks[0]!;
    const fromCli = { 'land.parkArea': sheet.landBalance.parkAreaHa, 'land.occupied': sheet.landBalance.occupiedHa, 'land.free': sheet.landBalance.parts.free };
    for (const term of TERMS) expect(formatHectares(fromCli[term], 'ru', 1), term).toBe(inHeader[term]);
    expect(sheet.landBalance.outsidePlots).toHaveLength(1);
    // The same sheet over the app's own channel.
    const viaChannel = await callChannel<ParkBalanceSheet>(page, 'park:report', { parkId });
    expect(viaChannel.landBalance.parts).toEqual(sheet.landBalance.parts);
  });
});
