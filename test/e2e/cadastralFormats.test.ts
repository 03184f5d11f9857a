import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapLayers } from '../../shared/contract/views';
import { callChannel } from './support/drawingPage';
import { openPlannerPage } from './support/plannerPage';

// The Import dialog (?lang=en) with the files municipal and cadastral data come in: a DXF made from a
// КПТ (parcels as block INSERTs with their numbers as ATTRIBs, CP1251) and a zipped MapInfo MIF/MID in
// МСК-62 zone 1 — chosen with the mouse, checked, imported.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
let page: Page;
openPlannerPage({ lang: 'en', ready: 'map idle' }, (opened) => ({ page } = opened));

const dialog = () => page.getByRole('dialog', { name: 'Import data' });
const plots = async () => (await callChannel<MapLayers>(page, 'map:layers')).plots.features.map((feature) => feature.properties);

async function openWith(file: string): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).first().click();
  await dialog().getByLabel('File', { exact: true }).setInputFiles(file);
}

describe('cadastral and municipal formats in the import dialog', () => {
  it('imports a КПТ drawing’s block INSERTs as plots carrying their cadastral numbers', async () => {
    await openWith(join(FIXTURES, 'dxf-blocks', 'kpt-blocks-cp1251.dxf'));
    // A DXF names no CRS: the first check asks for one.
    await expect.poll(() => dialog().getByRole('alert').count(), { timeout: 30_000 }).toBe(1);
    await dialog().getByLabel('Coordinate system').fill('MSK-62-1');
    await expect.poll(() => dialog().innerText(), { timeout: 30_000 }).toMatch(/Read 5: accepted 5 .*rejected 0/);
    const report = await dialog().innerText();
    expect(report).toContain('6 block INSERT(s) expanded into 5 polyline(s)');
    expect(report).toContain('text read as windows-1251 ($DWGCODEPAGE ANSI_1251)');
    await dialog().getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog().count(), { timeout: 30_000 }).toBe(0);
    const numbers = (await plots()).flatMap((plot) => (plot.cadastralNumber?.startsWith('62:15:0060201:') === true ? [plot.cadastralNumber] : []));
    expect(numbers.sort()).toEqual(['62:15:0060201:101', '62:15:0060201:102', '62:15:0060201:103', '62:15:0060201:104', '62:15:0060201:104']);
  }, 120_000);

  it('reads a zipped MIF/MID in the CRS its CoordSys names, and imports its regions leaving the lines out', async () => {
    await openWith(join(FIXTURES, 'mif', 'msk62-zones.zip'));
    await expect.poll(() => dialog().innerText(), { timeout: 30_000 }).toMatch(/MapInfo MIF, MSK-62 zone 1/);
    const report = await dialog().innerText();
    expect(report).toContain('CoordSys read as MSK-62-1');
    expect(report).toContain('attributes read as windows-1251 (Charset "WindowsCyrillic")');
    // The Plines are no plots: rejected, so the planner skips them to import the regions.
    expect(report).toMatch(/rejected 2/);
    await dialog().getByLabel('Skip rejected features').check();
    await expect.poll(() => dialog().getByRole('button', { name: 'Import', exact: true }).isEnabled(), { timeout: 30_000 }).toBe(true);
    await dialog().getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog().count(), { timeout: 30_000 }).toBe(0);
    const made = (await plots()).filter((plot) => plot.code.startsWith('М-'));
    expect(made.map((plot) => [plot.code, plot.areaM2])).toEqual([['М-1', 4700], ['М-2/1', 1600], ['М-2/2', 4100]]);
  }, 120_000);
});
