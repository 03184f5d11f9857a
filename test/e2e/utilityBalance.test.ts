import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParkBalanceSheet } from '../../shared/contract/reportViews';
import { DEFAULT_PROTECTION_ZONES } from '../../shared/park/protectionZones';
import { callChannel } from './support/drawingPage';
import { openPlannerPage } from './support/plannerPage';

// Issue 4, the dashboard's utility editing in English: request a connection (a wrong figure is refused
// first), set the park's power capacity below the approved demand and see the over-commitment warning,
// raise it and see the warning go; then judge rail access at a wider distance.
const SHOTS = process.env['PARKPLAN_SHOTS'] ?? '/tmp/parkplan-utilities';

let page: Page;

const utilities = () => page.getByRole('region', { name: 'Utility balance' });
const capacityForm = () => page.getByRole('form', { name: 'Park capacity per network' });
const connections = () => page.getByRole('table', { name: 'Plot connections' });
const addRow = () => connections().getByRole('row', { name: 'Add connection' });
const powerWarning = () => utilities().getByRole('alert').filter({ hasText: 'Power: Over-committed' });

async function report(): Promise<ParkBalanceSheet> {
  const parkId = Number(await page.locator('.dashboard[data-park-id]').getAttribute('data-park-id'));
  return callChannel<ParkBalanceSheet>(page, 'park:report', { parkId });
}

async function power() {
  const row = (await report()).utilities.find((balance) => balance.network === 'power');
  if (row === undefined) throw new Error('no power balance');
  return row;
}

async function setPowerCapacity(kW: number): Promise<void> {
  await capacityForm().getByLabel('Network').selectOption('power');
  await capacityForm().getByLabel('Capacity, kW').fill(String(kW));
  await capacityForm().getByRole('button', { name: 'Set capacity' }).click();
  await expect.poll(async () => (await power()).capacity, { timeout: 10_000 }).toBe(kW);
}

openPlannerPage({ lang: 'en', ready: 'map idle', viewport: { width: 1440, height: 1000 } }, (opened) => ({ page } = opened));

beforeAll(async () => {
  await page.getByRole('tab', { name: 'Park dashboard' }).click();
  await utilities().waitFor({ timeout: 60_000 });
});

describe('a planner balances the park\'s power', () => {
  it('refuses a connection request that is not a positive number, and adds nothing', async () => {
    const before = (await report()).connections.length;
    await addRow().getByLabel('Plot').selectOption({ index: 1 });
    await addRow().getByLabel('Requested, kW').fill('-250');
    await addRow().getByRole('button', { name: 'Add connection' }).click();
    await expect.poll(() => addRow().innerText()).toContain('Must be greater than zero');
    expect((await report()).connections.length).toBe(before);
  });

  it('adds an approved connection and the approved demand rises by it', async () => {
    const before = await power();
    const count = (await report()).connections.length;
    await addRow().getByLabel('Requested, kW').fill('1 500');
    await addRow().getByLabel('Status').selectOption('approved');
    await addRow().getByRole('button', { name: 'Add connection' }).click();
    await expect.poll(async () => (await report()).connections.length, { timeout: 10_000 }).toBe(count + 1);
    expect((await power()).approved).toBe(before.approved + 1500);
    await expect.poll(() => connections().locator('tbody tr').count()).toBe(count + 1);
  });

  it('warns when the capacity is set below the approved demand, and the warning goes when it is raised', async () => {
    const { approved, connected } = await power();
    const committed = approved + connected;
    expect(committed).toBeGreaterThan(0);
    await setPowerCapacity(Math.floor(committed / 2));
    await powerWarning().waitFor({ timeout: 10_000 });
    expect(await utilities().locator('tr[data-network="power"]').getAttribute('class')).toBe('over');
    await utilities().evaluate((card) => card.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}-1-over.png` });

    await setPowerCapacity(committed + 1000);
    await expect.poll(() => powerWarning().count(), { timeout: 10_000 }).toBe(0);
    expect(await utilities().locator('tr[data-network="power"]').getAttribute('class')).toBeNull();
    await page.screenshot({ path: `${SHOTS}-2-balanced.png` });
  });

  it('edits a connection in the table: its status moves the demand from approved to connected', async () => {
    const sheet = await report();
    const target = sheet.connections.find((row) => row.network === 'power' && row.status === 'approved' && row.requestedCapacity === 1500);
    if (target === undefined) throw new Error('the connection added above is not listed');
    const before = await power();
    await connections().getByRole('button', { name: `Connection ${target.plotCode}, Power` }).click();
    const row = connections().getByRole('row', { name: `Connection ${target.plotCode}, Power` });
    await row.getByLabel('Status').selectOption('connected');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await power()).connected, { timeout: 10_000 }).toBe(before.connected + 1500);
    expect((await power()).approved).toBe(before.approved - 1500);
    await expect.poll(() => connections().locator(`tr[data-connection-id="${target.id}"]`).innerText()).toContain('Connected');
  });
});

describe('the rail distance and the protection-zone table', () => {
  const settings = () => page.getByRole('region', { name: 'Report settings' });

  it('judges rail access at the distance the planner types, and names a wrong one', async () => {
    const rail = page.getByRole('region', { name: 'Rail access' });
    await expect.poll(() => rail.innerText(), { timeout: 10_000 }).toContain('within 50 m');
    await settings().getByLabel('Rail-served within, m').fill('0');
    await expect.poll(() => settings().innerText()).toContain('Must be greater than zero');
    await settings().getByLabel('Rail-served within, m').fill('400');
    await expect.poll(() => rail.innerText(), { timeout: 20_000 }).toContain('within 400 m');
  });

  it('lists the default widths with their sources and recomputes the zones with an edited width', async () => {
    const zones = settings().getByRole('table', { name: 'Protection-zone table' });
    await expect.poll(() => zones.innerText()).toContain('ПП РФ от 20.11.2000 № 878');
    const railWidth = zones.getByLabel(/^Half-width, m: Rail spur/);
    expect(await railWidth.inputValue()).toBe('20');
    await railWidth.fill('60');
    await expect.poll(() => zones.locator('tr.edited').count()).toBe(1);
    // What the server answers for the widened table is what the dashboard must now show.
    const parkId = Number(await page.locator('.dashboard[data-park-id]').getAttribute('data-park-id'));
    const widened = DEFAULT_PROTECTION_ZONES.map((row) => (row.network === 'rail' ? { ...row, halfWidthM: 60 } : row));
    const [narrow, wide] = await Promise.all(
      [DEFAULT_PROTECTION_ZONES, widened].map((protectionZones) => callChannel<ParkBalanceSheet>(page, 'park:report', { parkId, railThresholdM: 400, protectionZones })),
    );
    const plotsIn = (sheet: ParkBalanceSheet | undefined) => new Set(sheet?.protectionZones.map((zone) => zone.plotId)).size;
    expect(plotsIn(wide)).toBeGreaterThan(plotsIn(narrow));
    await expect.poll(() => page.locator('.card-rail').innerText(), { timeout: 20_000 }).toContain(`Plots in protection zones: ${plotsIn(wide)}`);
    await settings().getByRole('button', { name: 'Restore the regulatory widths' }).click();
    await expect.poll(() => railWidth.inputValue()).toBe('20');
  });
});
