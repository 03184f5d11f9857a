import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectSeed } from '../../shared/domain/projectSeed';
import { MAP_COLORS, STATUS_COLORS } from '../../renderer/src/map/statusColors';
import { blend, hexToRgb, waitForMapPixels, type Rgb } from './support/mapPixels';
import { openPlannerPage } from './support/plannerPage';

// Issue 4 end to end, in English (?lang=en): register a resident through the form (a wrong INN is
// refused first), allocate a free plot to it with the mouse, and see the map, the plot list and the
// dashboard follow.
const demo = JSON.parse(readFileSync('assets/demo/demo-project.json', 'utf8')) as ProjectSeed;
const SBER = { name: 'ПАО Сбербанк', inn: '7707083893', ogrn: '1027700132195' };

let page: Page;

const under = blend(hexToRgb(MAP_COLORS.parkFill), 0.6, hexToRgb(MAP_COLORS.background));
const fillOf = (status: keyof typeof STATUS_COLORS): Rgb => blend(hexToRgb(STATUS_COLORS[status]), 0.9, under);

const tab = (name: string) => page.getByRole('tab', { name });
const registry = () => page.getByRole('region', { name: 'Residents registry' });
const card = () => page.getByRole('region', { name: 'Resident card' });
const details = () => page.getByRole('region', { name: 'Plot details' });
const form = () => page.getByRole('form', { name: 'New resident' });

/** The count the registry prints: «Residents: 26». */
async function registryCount(): Promise<number> {
  const text = await registry().getByText(/^Residents: \d+$/).innerText();
  return Number(/\d+/.exec(text)?.[0]);
}

async function occupancyPct(): Promise<number> {
  await tab('Park dashboard').click();
  const figure = page.getByTestId('occupancy-pct');
  await figure.waitFor({ timeout: 60_000 });
  return Number((await figure.innerText()).replace(/[^\d.]/g, ''));
}

/** The colour MapLibre drew at a page point, read from the WebGL canvas (the app keeps its buffer). */
function pixelAt(point: { x: number; y: number }): Promise<Rgb> {
  return page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
    if (canvas === null) throw new Error('no map canvas');
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    context.drawImage(canvas, 0, 0);
    const [r = 0, g = 0, b = 0] = context.getImageData(Math.round((x - box.left) * scale), Math.round((y - box.top) * scale), 1, 1).data;
    return [r, g, b] as const;
  }, point);
}

const near = (a: Rgb, b: Rgb, tolerance = 8) => a.every((value, i) => Math.abs(value - (b[i] ?? 0)) <= tolerance);

openPlannerPage({ lang: 'en', ready: 'map idle' }, (opened) => ({ page } = opened));

describe('a planner registers a resident and allocates it a free plot', () => {
  let occupancyBefore = 0;

  it('reads the occupancy on the dashboard first', async () => {
    occupancyBefore = await occupancyPct();
    expect(occupancyBefore).toBeGreaterThan(0);
    expect(occupancyBefore).toBeLessThan(100);
  });

  it('refuses a wrong INN, naming the field, and saves nothing', async () => {
    await tab('Residents').click();
    await expect.poll(() => registryCount(), { timeout: 10_000 }).toBeGreaterThan(0);
    const before = await registryCount();
    await registry().getByRole('button', { name: /New resident/ }).click();
    await form().getByLabel('Company name').fill(SBER.name);
    await form().getByLabel('INN', { exact: true }).fill('7707083894');
    await expect.poll(() => form().innerText()).toContain('INN: the check digit is wrong');
    expect(await form().getByLabel('INN', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await form().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form().getByRole('alert').innerText()).toContain('nothing was saved');
    expect(await registryCount()).toBe(before);
    expect(await registry().getByText(SBER.name).count()).toBe(0);
  });

  it('saves the resident once the INN and OGRN are right', async () => {
    const before = await registryCount();
    await form().getByLabel('INN', { exact: true }).fill(SBER.inn);
    await form().getByLabel('OGRN / OGRNIP').fill(SBER.ogrn);
    await form().getByLabel('Sector').fill('Финансовые услуги');
    await form().getByLabel('Jobs planned').fill('120');
    await form().getByLabel('Status').selectOption('agreement');
    expect(await form().locator('.field-problem').count()).toBe(0);
    await form().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => registryCount(), { timeout: 10_000 }).toBe(before + 1);
    await expect.poll(() => card().innerText()).toContain(SBER.inn);
    expect(await registry().getByRole('option', { name: SBER.name }).count()).toBe(1);
  });

  it('shows the server’s refusal of a second resident with the same INN, and adds nothing', async () => {
    const before = await registryCount();
    await registry().getByRole('button', { name: /New resident/ }).click();
    await form().getByLabel('Company name').fill('ООО «Двойник»');
    await form().getByLabel('INN', { exact: true }).fill(SBER.inn);
    await form().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form().getByRole('alert').innerText(), { timeout: 10_000 }).toMatch(/Not saved: .*INN 7707083893.*already registered to ПАО Сбербанк/);
    expect(await registryCount()).toBe(before);
    await form().getByRole('button', { name: 'Cancel' }).click();
  });

  it('allocates a free plot with the mouse: the map, the list and the dashboard follow', async () => {
    await tab('Plots').click();
    const parkKey = demo.parks[0]?.key;
    const target = demo.plots.find((plot) => plot.parkKey === parkKey && plot.status === 'free' && plot.zone === 'production');
    if (target === undefined) throw new Error('the demo has no free production plot');
    const ring = (target.geometry.coordinates[0] ?? []).slice(0, -1);
    const centre = ring.reduce(([sx, sy], [x, y]) => [sx + x / ring.length, sy + y / ring.length], [0, 0]);
    const corner = ring[0] ?? centre;
    const project = (lonLat: readonly [number, number]) =>
      page.evaluate(([lon, lat]) => {
        const map = window.__parkplanMap;
        if (map === undefined) throw new Error('no map');
        const point = map.project([lon, lat]);
        const box = map.getCanvas().getBoundingClientRect();
        return { x: box.left + point.x, y: box.top + point.y };
      }, lonLat);
    const click = await project(centre as [number, number]);
    // Halfway from the centre to a corner: inside the plot, clear of its label and outline.
    const cornerPoint = await project(corner as [number, number]);
    const sample = { x: (click.x + cornerPoint.x) / 2, y: (click.y + cornerPoint.y) / 2 };
    await expect.poll(async () => near(await pixelAt(sample), fillOf('free')), { timeout: 20_000 }).toBe(true);
    const pixels = { free: fillOf('free'), allocated: fillOf('allocated') };
    const countsBefore = await waitForMapPixels(page, pixels, (counts) => (counts['free'] ?? 0) > 0);

    await page.mouse.click(click.x, click.y);
    await expect.poll(() => details().innerText(), { timeout: 10_000 }).toContain(target.code);
    await details().getByRole('button', { name: 'Allocate plot' }).click();
    const allocation = page.getByRole('form', { name: `Allocate plot ${target.code}` });
    await allocation.getByLabel('Resident').selectOption({ label: SBER.name });
    await allocation.getByLabel('Kind').selectOption('lease');
    await allocation.getByLabel('Agreement no.').fill('ДА-РЯЗ-2026/101');
    // A lease names its term (issue 11): without an end the form asks for it.
    await allocation.getByRole('button', { name: 'Allocate', exact: true }).click();
    await expect.poll(() => allocation.innerText()).toContain('Enter the end of the lease term');
    await allocation.getByLabel('End', { exact: true }).fill('2075-12-31');
    await allocation.getByRole('button', { name: 'Allocate', exact: true }).click();

    const row = page
      .getByRole('region', { name: 'Plot list' })
      .locator('tbody tr')
      .filter({ has: page.locator('td.code', { hasText: new RegExp(`^${target.code}$`) }) });
    await expect.poll(() => row.first().innerText(), { timeout: 10_000 }).toContain(SBER.name);
    await expect.poll(() => details().innerText(), { timeout: 10_000 }).toMatch(/Allocated[\s\S]*ПАО Сбербанк/);
    expect(await details().getByRole('region', { name: 'Plot history' }).innerText()).toContain('ДА-РЯЗ-2026/101');

    // The map recolours: with the selection (and its editing handles) cleared, the plot's own pixels have
    // turned from free to allocated, and the whole map agrees.
    await details().getByRole('button', { name: 'Clear selection' }).click();
    await expect.poll(async () => near(await pixelAt(sample), fillOf('allocated')), { timeout: 20_000 }).toBe(true);
    const countsAfter = await waitForMapPixels(page, pixels, (counts) => (counts['allocated'] ?? 0) > (countsBefore['allocated'] ?? 0));
    expect(countsAfter['free'] ?? 0).toBeLessThan(countsBefore['free'] ?? 0);

    const occupancyAfter = await occupancyPct();
    expect(occupancyAfter).toBeGreaterThan(occupancyBefore);
  });
});
