import { describe, expect, it } from 'vitest';
import { rowsThatFit, splitTable } from './allocationTable';
import type { GroupShape, Shape } from './drawing';
import { textMeasure } from './mapFont';

const rowsOf = (shape: Shape | null): number => (shape === null ? 0 : Number((shape as GroupShape).data?.['rows']));
const ROWS = Array.from({ length: 137 }, (_, index) => [`P-${index + 1}`, `ООО «Резидент ${index + 1}»`, '1,0000', 'Аренда', `ДА-${index}`]);
const PAGE = { x: 28, y: 28, width: 1100, height: 780 };

describe('splitTable', () => {
  it('puts every row on exactly one section, the panel first, whatever room the panel has', () => {
    for (const panelHeight of [0, 40, 200, 600, 5000]) {
      const panel = panelHeight === 0 ? null : { x: 900, y: 300, width: 300, height: panelHeight };
      const { inPanel, continued } = splitTable(ROWS, panel, PAGE, 8, textMeasure());
      const total = rowsOf(inPanel) + continued.reduce((sum, section) => sum + rowsOf(section), 0);
      expect(total).toBe(ROWS.length);
      for (const section of continued) expect(rowsOf(section)).toBeLessThanOrEqual(rowsThatFit(PAGE, 8));
    }
  });

  it('needs no continuation when the panel holds every row', () => {
    const { inPanel, continued } = splitTable(ROWS.slice(0, 5), { x: 0, y: 0, width: 300, height: 400 }, PAGE, 8, textMeasure());
    expect(rowsOf(inPanel)).toBe(5);
    expect(continued).toEqual([]);
  });
});
