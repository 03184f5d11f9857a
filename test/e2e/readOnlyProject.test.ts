import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoProject } from '../../electron/services/project/demoProject';
import { addColleaguesTrigger, damagePlotsPage } from '../../electron/store/__fixtures__/hostileFiles';
import { callChannel } from './support/drawingPage';
import { openPlannerPage } from './support/plannerPage';

// A colleague's file with a trigger, and a write-protected one, opened from the app (issue 10 items 1 and 3).
let page: Page;
const planner = openPlannerPage({ lang: 'en', ready: 'map idle' }, (opened) => ({ page } = opened));
const inFolder = (name: string) => join(dirname(planner.app.project), name);

beforeAll(() => {
  createDemoProject(inFolder('colleague.gpkg')).close();
  addColleaguesTrigger(inFolder('colleague.gpkg'));
  createDemoProject(inFolder('protected.gpkg')).close();
  chmodSync(inFolder('protected.gpkg'), 0o444);
  createDemoProject(inFolder('damaged.gpkg')).close();
  damagePlotsPage(inFolder('damaged.gpkg'));
}, 120_000);

async function openFromFolder(name: string, title: string): Promise<void> {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Open…' }).click();
  await page.getByRole('dialog', { name: 'Open project' }).getByRole('button', { name: new RegExp(`^${name.replace('.', '\\.')}`) }).click();
  await page.waitForFunction((expected) => document.title === expected, title, { timeout: 60_000 });
  await page.locator('[data-map-state="idle"]').waitFor({ timeout: 60_000 });
}

const banner = () => page.getByRole('alert', { name: 'The project is open read-only' });
const toolbar = () => page.getByRole('toolbar', { name: 'Editing tools' });

describe('a project that may not be edited', () => {
  it('a colleague’s file opens read-only: a banner names the trigger, no drawing tools, and an edit is refused with the reason', async () => {
    const before = readFileSync(inFolder('colleague.gpkg'));
    await openFromFolder('colleague.gpkg', 'colleague.gpkg [read-only] — ParkPlan');
    expect(await banner().textContent()).toContain('trigger add_resident on plots');
    expect(await toolbar().count()).toBe(0);
    const layers = await callChannel<{ plots: { features: { properties: { id: number } }[] } }>(page, 'map:layers');
    const plotId = layers.plots.features[0]?.properties.id;
    await expect(callChannel(page, 'plots:updateAttributes', { plotId, patch: { notes: 'changed' } })).rejects.toThrow(/Edits are refused: .*trigger add_resident on plots/);
    expect(readFileSync(inFolder('colleague.gpkg')).equals(before)).toBe(true);
  });

  it('Repair backs the file up first, drops the trigger and opens the file for editing', async () => {
    await banner().getByRole('button', { name: 'Repair' }).click();
    await page.waitForFunction(() => document.title === 'colleague.gpkg — ParkPlan', undefined, { timeout: 60_000 });
    await toolbar().waitFor({ timeout: 60_000 });
    expect(await banner().count()).toBe(0);
    expect(existsSync(inFolder('colleague.before-repair.gpkg'))).toBe(true);
  });

  it('a write-protected file opens read-only, saying so, with no Repair to offer', async () => {
    const before = readFileSync(inFolder('protected.gpkg'));
    await openFromFolder('protected.gpkg', 'protected.gpkg [read-only] — ParkPlan');
    expect(await banner().textContent()).toContain('is write-protected');
    expect(await banner().getByRole('button', { name: 'Repair' }).count()).toBe(0);
    // Once another file is open, nothing is left beside the one that was only read, and not a byte changed.
    await openFromFolder('demo.gpkg', 'demo.gpkg — ParkPlan');
    await expect.poll(() => existsSync(`${inFolder('protected.gpkg')}-wal`) || existsSync(`${inFolder('protected.gpkg')}-shm`)).toBe(false);
    expect(readFileSync(inFolder('protected.gpkg')).equals(before)).toBe(true);
  });

  it('a damaged file is refused in the chooser, naming it and offering its backup, and the open project stays', async () => {
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Open…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open project' });
    await dialog.getByRole('button', { name: /^damaged\.gpkg/ }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/damaged\.gpkg is damaged \([\s\S]*\); nothing was changed — open its last backup/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await page.title()).toBe('demo.gpkg — ParkPlan');
  });
});
