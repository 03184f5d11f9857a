import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../electron/store/project';
import { postgisMissing, startPostgisCluster, type PostgisCluster } from '../sync/support/postgisCluster';
import { launchChromium } from './support/browser';
import { startWebApp, type RunningWebApp } from './support/webApp';

/*
 * The Sync button in a real browser: a working copy cloned from a project published on a throwaway
 * PostGIS cluster, a colleague's edit synced from another copy by the CLI, then the planner clicks Sync
 * and the header shows what came in and when.
 */

const missing = postgisMissing();
const dir = mkdtempSync(join(tmpdir(), 'parkplan-e2e-sync-'));
const [colleague, mine] = [join(dir, 'ryazansky.gpkg'), join(dir, 'mine.gpkg')];
let cluster: PostgisCluster;
let app: RunningWebApp | undefined;
let browser: Browser | undefined;
let page: Page;

const parkplan = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8', timeout: 120_000, env: cluster.env });
  expect(run.status, run.stderr).toBe(0);
};

describe.skipIf(missing !== null)(`the Sync button${missing === null ? '' : ` (skipped: ${missing})`}`, () => {
  beforeAll(async () => {
    cluster = await startPostgisCluster();
    cluster.createDatabase('parks');
    parkplan('demo', colleague);
    parkplan('publish', colleague, '--to', cluster.url('parks'), '--planner', 'Anna');
    parkplan('clone', cluster.url('parks'), mine, '--planner', 'Boris');
    const store = openProject(colleague);
    const plot = store.plots.list().find((candidate) => candidate.code === 'Р-13')!;
    store.transaction(() => store.plots.update({ ...plot, notes: 'Anna walked the boundary' }));
    store.close();
    parkplan('sync', colleague);
    // The web host takes the password as the CLI does, from its environment.
    process.env['PGPASSWORD'] = cluster.password;
    app = await startWebApp(mine);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${app.url}&lang=en`);
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    delete process.env['PGPASSWORD'];
    cluster?.remove();
  });

  it('syncs on a click and shows the counts in and out and the time', async () => {
    const control = page.getByTestId('sync-control');
    await expect.poll(() => control.getByTestId('sync-last').textContent()).toMatch(/^synced /);
    await control.getByRole('button', { name: 'Sync' }).click();
    await expect.poll(() => control.getByTestId('sync-result').textContent(), { timeout: 30_000 }).toBe('↑ 0 ↓ 1');
    const db = new Database(mine, { readonly: true });
    expect(db.prepare("SELECT notes FROM plots WHERE code = 'Р-13'").pluck().get()).toBe('Anna walked the boundary');
    db.close();
  });
});
