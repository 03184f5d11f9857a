import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import type { PolygonGeometry } from '../../shared/domain/geometry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../electron/store/project';
import { postgisMissing, startPostgisCluster, type PostgisCluster } from '../sync/support/postgisCluster';
import { launchChromium } from './support/browser';
import { startWebApp, type RunningWebApp } from './support/webApp';

/*
 * The Sync button in a real browser: a working copy cloned from a project published on a throwaway
 * PostGIS cluster, a colleague's edit synced from another copy by the CLI, then the planner clicks Sync
 * and the header shows what came in and when. Then both move one plot's outline: the sync lists the
 * conflict, and the planner reviews it in the conflicts panel and takes the colleague's outline.
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
  return run.stdout;
};

/** Moves a plot's whole outline by (east, north) degrees in the file, as an edit in that copy would. */
function moveOutline(file: string, code: string, east: number, north: number): PolygonGeometry {
  const store = openProject(file);
  try {
    const plot = store.plots.list().find((candidate) => candidate.code === code)!;
    const geometry: PolygonGeometry = { type: 'Polygon', coordinates: plot.geometry.coordinates.map((ring) => ring.map(([lon, lat]) => [lon + east, lat + north] as const)) };
    store.transaction(() => store.plots.update({ ...plot, geometry }));
    return geometry;
  } finally {
    store.close();
  }
}

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

  it('lists an outline moved on both sides, shows both on the map, and takes theirs on a click', async () => {
    const theirs = moveOutline(colleague, 'Р-22', 0.0003, 0);
    parkplan('sync', colleague);
    moveOutline(mine, 'Р-22', 0, 0.0002);
    const control = page.getByTestId('sync-control');
    await control.getByRole('button', { name: 'Sync' }).click();
    const count = control.getByTestId('sync-conflicts');
    await expect.poll(() => count.textContent(), { timeout: 30_000 }).toBe('1 conflicts to review');

    await count.click();
    const panel = page.getByTestId('conflicts-panel');
    const conflict = panel.getByTestId('conflict');
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.locator('.conflict-what').textContent()).toContain('Р-22 · outline');
    expect(await conflict.locator('[data-side="mine"] .conflict-value').textContent()).toBe('outline, 5 vertices');
    expect(await conflict.locator('[data-side="theirs"] .conflict-side-label').textContent()).toBe('Theirs · by Anna');
    // Both outlines on the map, and the map has flown to them.
    const drawn = () => page.evaluate(() => (window.__parkplanMap?.getSource('sync-conflict') as { serialize(): { data: { features: { properties: { side: string } }[] } } } | undefined)?.serialize().data.features.map((feature) => feature.properties.side) ?? null);
    await expect.poll(drawn).toEqual(['mine', 'theirs']);
    const [lon, lat] = theirs.coordinates[0]![0]!;
    await expect.poll(() => page.evaluate(([x, y]) => window.__parkplanMap!.getBounds().contains([x!, y!]) && window.__parkplanMap!.getZoom() > 15, [lon, lat]), { timeout: 10_000 }).toBe(true);

    // The planner reads Russian: the panel is worded again, and «Принять их» is clicked.
    await page.locator('.language-switch button', { hasText: 'RU' }).click();
    await expect.poll(() => panel.locator('h2').textContent()).toContain('Конфликты к разбору');
    expect(await conflict.locator('.conflict-what').textContent()).toContain('Р-22 · контур');
    expect(await conflict.getByRole('button', { name: 'Оставить моё' }).count()).toBe(1);
    await conflict.getByRole('button', { name: 'Принять их' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Конфликтов нет.');
    await expect.poll(() => count.count()).toBe(0);
    await expect.poll(drawn).toBeNull();
    // The plot here is the colleague's outline, in the file and on the map (the answer's change set).
    const store = openProject(mine);
    const here = store.plots.list().find((plot) => plot.code === 'Р-22')!;
    store.close();
    expect(here.geometry).toEqual(theirs);
    const onMap = await page.evaluate(async (id) => {
      const data = (await (window.__parkplanMap!.getSource('plots') as unknown as { getData(): Promise<{ features: { id?: number; properties: { id: number }; geometry: unknown }[] }> }).getData());
      return data.features.find((feature) => feature.properties.id === id)?.geometry ?? null;
    }, here.id);
    expect(onMap).toEqual(theirs);
    expect(JSON.parse(parkplan('conflicts', mine, '--json'))).toEqual([]);
  });
});
