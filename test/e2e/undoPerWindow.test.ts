import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ru } from '../../renderer/src/i18n/ru';
import { mapLayers } from './support/drawingPage';
import { plotDetails } from './support/editingPage';
import { openPlannerPage, type PlannerPage } from './support/plannerPage';

// Two pages on one project, in the Russian interface: each page's Ctrl+Z undoes only its own edits, and
// an undo over the other page's later edit of the same field is refused, in Russian, naming plot and field.
let one: Page;
let two: Page;
const planner: PlannerPage = openPlannerPage({ lang: 'ru', ready: 'map idle' }, (opened) => ({ page: one } = opened));

beforeAll(async () => {
  two = await planner.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await two.goto(`${planner.app.url}&lang=ru`);
  await two.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
});
afterAll(async () => {
  await two.close();
});

const details = (page: Page) => page.getByRole('region', { name: ru.details.title });

async function select(page: Page, plotId: number, code: string): Promise<void> {
  await page.getByRole('region', { name: ru.plotList.title }).locator(`tr[data-plot-id="${plotId}"]`).click();
  await expect.poll(async () => (await details(page).locator('.plot-code').innerText()).trim(), { timeout: 10_000 }).toBe(code);
}

/** Types new notes for the selected plot in its attributes form and saves them. */
async function saveNotes(page: Page, plotId: number, notes: string): Promise<void> {
  await details(page).getByRole('button', { name: ru.attributesForm.edit }).click();
  const form = details(page).getByRole('form', { name: ru.attributesForm.title });
  await form.getByLabel(ru.attributesForm.notes).fill(notes);
  await form.getByRole('button', { name: ru.attributesForm.save }).click();
  await expect.poll(async () => (await plotDetails(page, plotId)).notes, { timeout: 10_000 }).toBe(notes);
  await expect.poll(() => form.count(), { timeout: 10_000 }).toBe(0);
}

async function pressUndo(page: Page): Promise<void> {
  await details(page).locator('.plot-code').click();
  await page.keyboard.press('Control+z');
}

describe('undo per window', () => {
  it('Ctrl+Z in page two leaves page one\'s edit; page two\'s own edit is undone by its own Ctrl+Z', async () => {
    const [p, q] = (await mapLayers(one)).plots.features.map((feature) => feature.properties);
    if (p === undefined || q === undefined) throw new Error('the demo has fewer than two plots');
    await select(one, p.id, p.code);
    await saveNotes(one, p.id, 'правка первой страницы');
    await select(two, q.id, q.code);
    const qBefore = (await plotDetails(two, q.id)).notes;
    await saveNotes(two, q.id, 'правка второй страницы');

    await pressUndo(two);
    await expect.poll(async () => (await plotDetails(two, q.id)).notes, { timeout: 10_000 }).toBe(qBefore);
    // Page two has nothing more of its own: a second Ctrl+Z there must not reach page one's edit.
    await pressUndo(two);
    await two.waitForTimeout(500);
    expect((await plotDetails(one, p.id)).notes).toBe('правка первой страницы');
  });

  it('refuses, in Russian, to undo page one\'s edit over page two\'s later edit of the same field', async () => {
    const p = (await mapLayers(one)).plots.features[2]?.properties;
    if (p === undefined) throw new Error('the demo has too few plots');
    await select(one, p.id, p.code);
    await saveNotes(one, p.id, 'первая');
    await select(two, p.id, p.code);
    await saveNotes(two, p.id, 'вторая');

    await pressUndo(one);
    const alert = one.getByRole('alert').filter({ hasText: 'Нельзя отменить' });
    await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toContain(`участок ${p.code} — поле «Примечания» с тех пор изменено`);
    expect((await plotDetails(one, p.id)).notes).toBe('вторая');
  });
});
