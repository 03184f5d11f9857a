import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPlannerPage } from './support/plannerPage';

// Issue 11, the map has room: at 1280×720 in Russian (the longest words) the header is one row, with
// every part of it whole — nothing wrapped, clipped by its box, or pushed past the window's edge.
let page: Page;
const SHOTS = process.env['PARKPLAN_SHOTS'] ?? '/tmp/parkplan-header';

openPlannerPage({ lang: 'ru', ready: 'map idle', viewport: { width: 1280, height: 720 } }, (opened) => ({ page } = opened));

interface PartBox {
  readonly name: string;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly clipped: boolean;
}

/** The header's own height and each of its parts (and each figure, button and text in them) as laid out. */
function headerParts(page: Page): Promise<{ height: number; parts: PartBox[] }> {
  return page.evaluate(() => {
    const header = document.querySelector('.app-header');
    if (header === null) throw new Error('no header');
    // Text kept for screen readers only (.visually-hidden) is clipped on purpose.
    const parts = [...header.querySelectorAll(':scope > *, .figure, .figure dt, .figure dd, button, .brand-name')].filter((element) => !element.classList.contains('visually-hidden')).map((element) => {
      const box = element.getBoundingClientRect();
      const name = `${element.tagName.toLowerCase()}.${element.className}: ${(element.textContent ?? '').trim().slice(0, 30)}`;
      // A box narrower than its content clips it (or lets it spill over its neighbour).
      return { name, top: box.top, bottom: box.bottom, left: box.left, right: box.right, clipped: element.scrollWidth > element.clientWidth + 1 };
    });
    return { height: header.getBoundingClientRect().height, parts };
  });
}

describe('the header at 1280×720 in Russian', () => {
  it('is one row: every part side by side, none wrapped under another', async () => {
    await page.screenshot({ path: `${SHOTS}-1280x720.png` });
    const { height, parts } = await headerParts(page);
    expect(height).toBeLessThanOrEqual(64);
    const rows = page.locator('.app-header > *');
    const tops = await rows.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()));
    // One row: each top-level part overlaps every other vertically, and none starts left of the one before.
    for (let i = 1; i < tops.length; i += 1) {
      const [a, b] = [tops[i - 1]!, tops[i]!];
      expect(b.top < a.bottom && a.top < b.bottom, `part ${i} shares the row`).toBe(true);
      expect(b.left, `part ${i} follows part ${i - 1}`).toBeGreaterThanOrEqual(a.right);
    }
    expect(parts.length).toBeGreaterThan(10);
  });

  it('cuts nothing off: every figure, button and word is whole and inside the window', async () => {
    const { parts } = await headerParts(page);
    for (const part of parts) {
      expect(part.clipped, part.name).toBe(false);
      expect(part.left, part.name).toBeGreaterThanOrEqual(0);
      expect(part.right, part.name).toBeLessThanOrEqual(1280);
    }
    // The figures a planner reads are all there, with the glossary's words.
    const figures = await page.locator('.park-figures dt').allInnerTexts();
    expect(figures).toEqual(['Площадь парка', 'По документам', 'Участков', 'Занято резидентами', 'Свободно', 'Резидентов']);
  });

  it('stays one row with the warning of a plot outside the park added', async () => {
    // The widest header the demo can show: «Рязанский» with the «За границей парка» flag.
    await page.evaluate(() => document.querySelector('.park-figures dl')?.insertAdjacentHTML('beforeend', '<div class="figure figure-outside"><dt class="visually-hidden">За границей парка</dt><dd>⚠ 12</dd></div>'));
    const { height, parts } = await headerParts(page);
    await page.screenshot({ path: `${SHOTS}-1280x720-outside.png` });
    expect(height).toBeLessThanOrEqual(64);
    for (const part of parts) expect(part.right, part.name).toBeLessThanOrEqual(1280);
  });

  it.each([[1400, 900], [1920, 1080]])('is one row at %i×%i too', async (width, height) => {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}-${width}x${height}.png` });
    const { height: headerHeight, parts } = await headerParts(page);
    expect(headerHeight).toBeLessThanOrEqual(64);
    for (const part of parts) {
      expect(part.clipped, part.name).toBe(false);
      expect(part.right, part.name).toBeLessThanOrEqual(width);
    }
  });
});
