import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPlannerPage } from './support/plannerPage';

// New, Open, Save As and Recent in web mode (issue 11): a chooser over the project folder only.
let page: Page;
const planner = openPlannerPage({ lang: 'en', ready: 'map idle' }, (opened) => ({ page } = opened));
const folder = () => dirname(planner.app.project);

async function fileMenu(item: string): Promise<void> {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item, exact: true }).click();
}

/** The page starts again on the file just opened: wait for its title and its map. */
async function startedOn(name: string): Promise<void> {
  await page.waitForFunction((title) => document.title === title, `${name} — ParkPlan`, { timeout: 60_000 });
  await page.locator('[data-map-state="idle"]').waitFor({ timeout: 60_000 });
}

describe('project files in web mode', () => {
  it('names the open file in the title', async () => {
    expect(await page.title()).toBe('demo.gpkg — ParkPlan');
  });

  it('Save As writes a copy in the project folder and goes on in it', async () => {
    await fileMenu('Save as…');
    const dialog = page.getByRole('dialog', { name: 'Save project as' });
    await dialog.getByLabel('File name').fill('copy of demo');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await startedOn('copy of demo.gpkg');
    expect(existsSync(join(folder(), 'copy of demo.gpkg'))).toBe(true);
    // The copy holds the demo's plots (more than 40 rows).
    await page.getByRole('region', { name: 'Plot list' }).getByRole('row').nth(40).waitFor();
  });

  it('New makes an empty project, with no demo parks or plots', async () => {
    await fileMenu('New project…');
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('File name').fill('Technopark');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await startedOn('Technopark.gpkg');
    expect(existsSync(join(folder(), 'Technopark.gpkg'))).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: /Show park/ }).count()).toBe(0);
  });

  it('a name reaching out of the folder is refused in the chooser, and the project stays open', async () => {
    await fileMenu('Save as…');
    const dialog = page.getByRole('dialog', { name: 'Save project as' });
    await dialog.getByLabel('File name').fill('../outside');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('is not a file name in the project folder');
    expect(existsSync(join(dirname(folder()), 'outside.gpkg'))).toBe(false);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await page.title()).toBe('Technopark.gpkg — ParkPlan');
  });

  it('Open lists the folder’s projects and opens one; Recent lists what was open', async () => {
    await fileMenu('Open…');
    const dialog = page.getByRole('dialog', { name: 'Open project' });
    const files = dialog.getByRole('region', { name: 'Projects in the folder' }).getByRole('button');
    await expect.poll(() => files.allTextContents()).toEqual([expect.stringContaining('copy of demo.gpkg'), expect.stringContaining('demo.gpkg'), expect.stringContaining('Technopark.gpkg')]);
    await files.filter({ hasText: /^demo\.gpkg/ }).click();
    await startedOn('demo.gpkg');
    await page.getByRole('button', { name: 'File' }).click();
    const recent = page.getByRole('group', { name: 'Recent' }).getByRole('menuitem');
    expect(await recent.allTextContents()).toEqual(['demo.gpkg', 'Technopark.gpkg', 'copy of demo.gpkg']);
    await recent.filter({ hasText: 'Technopark.gpkg' }).click();
    await startedOn('Technopark.gpkg');
  });

  it('Ctrl+O opens the chooser', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+o');
    await page.getByRole('dialog', { name: 'Open project' }).waitFor();
    await page.keyboard.press('Escape');
  });
});
