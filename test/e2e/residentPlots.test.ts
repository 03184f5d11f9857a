import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ResidentListItem } from '../../shared/contract/registryViews';
import { callChannel, mapLayers } from './support/drawingPage';
import { openPlannerPage } from './support/plannerPage';

// Issue 4: from a resident's card, allocate several free plots at once under one agreement; in the
// attribute table, edit a plot's code and a resident's sector in place (validated, undoable), and the
// toolbar's Undo follows such an edit.
let page: Page;

const card = () => page.getByRole('region', { name: 'Resident card' });
const undo = () => page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('button', { name: 'Undo', exact: true });
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

openPlannerPage({ lang: 'en', ready: 'map idle' }, (opened) => ({ page } = opened));

// First in the file: it needs a journal nothing has touched yet.
describe('Undo after an attribute-table edit', () => {
  const plotsTable = () => page.getByRole('table', { name: 'Plots' });

  it('enables Undo once a plot status is changed in its cell, and Undo puts the status back', async () => {
    const free = (await mapLayers(page)).plots.features.map((feature) => feature.properties).find((plot) => plot.status === 'free');
    if (free === undefined) throw new Error('the demo has no free plot');
    const statusNow = async () => (await mapLayers(page)).plots.features.find((feature) => feature.properties.id === free.id)?.properties.status;
    expect(await undo().isEnabled()).toBe(false);

    await page.getByRole('tab', { name: 'Attribute table' }).click();
    await page.getByRole('searchbox', { name: 'Filter all columns' }).fill(free.code);
    await plotsTable().getByRole('button', { name: new RegExp(`^Status ${escaped(free.code)}: Free`) }).dblclick();
    await plotsTable().getByRole('combobox', { name: `Status ${free.code}` }).selectOption('reserved');
    await expect.poll(statusNow, { timeout: 10_000 }).toBe('reserved');

    // The toolbar is on the map, under the table: the button must have followed the journal meanwhile.
    await page.getByRole('tab', { name: 'Plots' }).click();
    await expect.poll(() => undo().isEnabled(), { timeout: 10_000 }).toBe(true);
    expect(await undo().getAttribute('title')).toContain(free.code);
    await undo().click();
    await expect.poll(statusNow, { timeout: 10_000 }).toBe('free');
    await expect.poll(() => undo().isEnabled(), { timeout: 10_000 }).toBe(false);

    await page.getByRole('tab', { name: 'Attribute table' }).click();
    await expect.poll(() => plotsTable().getByRole('button', { name: new RegExp(`^Status ${escaped(free.code)}: `) }).getAttribute('aria-label')).toMatch(/: Free/);
  });
});

describe('allocating several plots from the resident card', () => {
  it('refuses with no plot chosen, then allocates two free plots in one go', async () => {
    const residents = await callChannel<ResidentListItem[]>(page, 'residents:list', {});
    const resident = residents.find((candidate) => candidate.status === 'resident');
    if (resident === undefined) throw new Error('the demo has no resident');
    const free = (await mapLayers(page)).plots.features.map((feature) => feature.properties).filter((plot) => plot.status === 'free');
    const [first, second] = free;
    if (first === undefined || second === undefined) throw new Error('the demo has fewer than two free plots');

    await page.getByRole('tab', { name: 'Residents' }).click();
    await page.getByRole('region', { name: 'Residents registry' }).getByRole('option', { name: resident.name }).click();
    await card().getByRole('button', { name: 'Allocate plots' }).click();
    const form = card().getByRole('form', { name: `Allocate plots to ${resident.name}` });
    await form.getByRole('button', { name: 'Allocate' }).click();
    await expect.poll(() => form.innerText()).toContain('Choose at least one plot');

    await form.getByLabel(/Free plots/).selectOption([String(first.id), String(second.id)]);
    await expect.poll(() => form.innerText()).toContain('Chosen: 2');
    await form.getByLabel('Agreement no.').fill('ДА-2026/77');
    await form.getByLabel('End', { exact: true }).fill('2075-12-31');
    await form.getByRole('button', { name: 'Allocate' }).click();
    await expect.poll(() => form.count(), { timeout: 10_000 }).toBe(0);

    const after = (await mapLayers(page)).plots.features.map((feature) => feature.properties);
    for (const plot of [first, second]) expect(after.find((row) => row.id === plot.id)?.residentName).toBe(resident.name);
    await expect.poll(() => card().innerText(), { timeout: 10_000 }).toContain(first.code);
    expect(await card().innerText()).toContain(second.code);
  });
});

describe('inline edits in the attribute table', () => {
  const table = (name: string) => page.getByRole('table', { name });

  it('renames a plot in its cell, refuses a code already taken, and the journal undoes the rename', async () => {
    const plots = (await mapLayers(page)).plots.features.map((feature) => feature.properties);
    const [plot, other] = plots.filter((candidate) => candidate.parkId === plots[0]?.parkId);
    if (plot === undefined || other === undefined) throw new Error('the demo park has fewer than two plots');
    await page.getByRole('tab', { name: 'Attribute table' }).click();
    await page.getByRole('searchbox', { name: 'Filter all columns' }).fill(plot.code);
    const cell = table('Plots').getByRole('button', { name: new RegExp(`^Plot ${escaped(plot.code)}: `) });
    await cell.dblclick();
    const editor = table('Plots').getByRole('textbox', { name: `Plot ${plot.code}` });
    await editor.fill(other.code);
    await editor.press('Enter');
    await expect.poll(() => table('Plots').getByRole('alert').innerText(), { timeout: 10_000 }).toContain(other.code);
    await editor.fill(`${plot.code}-A`);
    await editor.press('Enter');
    await expect.poll(async () => (await mapLayers(page)).plots.features.find((f) => f.properties.id === plot.id)?.properties.code, { timeout: 10_000 }).toBe(`${plot.code}-A`);
    await callChannel(page, 'edits:undo', {});
    expect((await mapLayers(page)).plots.features.find((f) => f.properties.id === plot.id)?.properties.code).toBe(plot.code);
  });

  it('changes a resident\'s sector in its cell, and the journal undoes it', async () => {
    const [resident] = await callChannel<ResidentListItem[]>(page, 'residents:list', {});
    if (resident === undefined) throw new Error('the demo has no resident');
    await page.getByRole('button', { name: 'Residents', pressed: false }).click();
    await page.getByRole('searchbox', { name: 'Filter all columns' }).fill(resident.inn);
    await table('Residents').getByRole('button', { name: new RegExp(`^Sector ${escaped(resident.name)}: `) }).dblclick();
    const editor = table('Residents').getByRole('textbox', { name: `Sector ${resident.name}` });
    await editor.fill('Фармацевтика (ред.)');
    await editor.press('Enter');
    const sectorNow = async () => (await callChannel<ResidentListItem[]>(page, 'residents:list', {})).find((r) => r.id === resident.id)?.sector;
    await expect.poll(sectorNow, { timeout: 10_000 }).toBe('Фармацевтика (ред.)');
    await expect.poll(() => table('Residents').innerText(), { timeout: 10_000 }).toContain('Фармацевтика (ред.)');
    await callChannel(page, 'edits:undo', {});
    expect(await sectorNow()).toBe(resident.sector);
  });
});
