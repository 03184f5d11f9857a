import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HOSTILE, writeHostileProject } from '../fixtures/project/hostileProject';
import { openPlannerPage } from './support/plannerPage';

// Issue 10, item 2: a project with rows other tools wrote opens in the app; the plot list names them.
let page: Page;
openPlannerPage({ lang: 'ru', ready: 'plot list filled', project: () => writeHostileProject(mkdtempSync(join(tmpdir(), 'parkplan-e2e-hostile-'))) }, (opened) => ({ page } = opened));

describe('the plot list of a project another tool wrote into', () => {
  it('shows the readable plots and names each row it could not read or read as it is, in Russian', async () => {
    const list = page.getByRole('region', { name: 'Список участков' });
    const note = list.getByRole('note');
    await expect.poll(() => note.innerText(), { timeout: 30_000 }).toMatch(/Строки, записанные другой программой/u);
    const text = await note.innerText();
    expect(text).toMatch(new RegExp(`plots, fid \\d+ «${HOSTILE.multiPolygonPlot}», не прочитана: MultiPolygon из частей: 2, \\d+ м²`, 'u'));
    expect(text).toMatch(new RegExp(`«${HOSTILE.selfCrossingPlot}»: контур пересекает сам себя`, 'u'));
    expect(text).toMatch(new RegExp(`«${HOSTILE.spatiaLitePlot}»: геометрия записана в формате SpatiaLite`, 'u'));
    // The SpatiaLite plot is read: it is a row of the list like the demo's.
    await list.getByRole('searchbox').fill(HOSTILE.spatiaLitePlot);
    await expect.poll(() => list.getByRole('row', { name: new RegExp(HOSTILE.spatiaLitePlot, 'u') }).count(), { timeout: 10_000 }).toBe(1);
  }, 120_000);
});
