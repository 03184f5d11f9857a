import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPlannerPage } from './support/plannerPage';

// The interface speaks Russian by default: a refusal the store words (issue 9) reaches the planner in
// Russian, not as the English sentence the Node side used to build. The English wording of the same
// refusal is checked in residentAllocation.test.ts (?lang=en).
const PORT = { name: 'ООО «Сухой порт «Рязань»»', inn: '6215632699' };

let page: Page;
openPlannerPage({ lang: 'ru', ready: 'map idle' }, (opened) => ({ page } = opened));

const registry = () => page.getByRole('region', { name: 'Реестр резидентов' });
const form = () => page.getByRole('form', { name: 'Новый резидент' });

describe('a refusal in the Russian interface', () => {
  it('shows the store’s refusal of a second resident with the same INN in Russian', async () => {
    await page.getByRole('tab', { name: 'Резиденты' }).click();
    await registry().getByRole('button', { name: /Новый резидент/ }).click();
    await form().getByLabel('Наименование').fill('ООО «Двойник»');
    await form().getByLabel('ИНН', { exact: true }).fill(PORT.inn);
    await form().getByRole('button', { name: 'Сохранить' }).click();
    const alert = form().getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toBe(`Не сохранено: ИНН ${PORT.inn} уже зарегистрирован за ${PORT.name}`);
  });
});
