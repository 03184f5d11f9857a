import { describe, expect, it } from 'vitest';
import type { PagePoint, TextShape } from './drawing';
import { textMeasure } from './mapFont';
import { labelName, plotLabel, widestSpan } from './plotLabels';

const measure = textMeasure();
const square = (x: number, y: number, side: number): PagePoint[] => [[x, y], [x + side, y], [x + side, y + side], [x, y + side]];

describe('labelName', () => {
  it('drops the legal form and the outer quotes, keeping inner ones', () => {
    expect(labelName('ООО «Сухой порт «Рязань»»')).toBe('Сухой порт «Рязань»');
    expect(labelName('АО «ТеплоАгрегат»')).toBe('ТеплоАгрегат');
    expect(labelName('Technopark North')).toBe('Technopark North');
  });
});

describe('widestSpan', () => {
  it('finds the wider arm of a U-shaped plot, and leaves holes out', () => {
    // A U: two arms 0–20 and 60–100 above y = 40.
    const u: PagePoint[] = [[0, 0], [20, 0], [20, 40], [60, 40], [60, 0], [100, 0], [100, 60], [0, 60]];
    expect(widestSpan([u], 20)).toEqual([60, 100]);
    expect(widestSpan([square(0, 0, 100), square(10, 10, 60)], 50)).toEqual([70, 100]);
  });
});

describe('plotLabel', () => {
  it('stacks code, resident and area inside the plot', () => {
    const lines = plotLabel([square(0, 0, 200)], { code: 'P-07', resident: 'ООО «ТрансЛогистик Рязань»', area: '9,35 га' }, 9, measure);
    expect(lines.map((line) => line.text)).toEqual(['P-07', 'ТрансЛогистик Рязань', '9,35 га']);
    for (const line of lines as TextShape[]) {
      expect(measure.width(line.text, line.size)).toBeLessThanOrEqual(200);
      expect(line.y).toBeGreaterThan(0);
      expect(line.y).toBeLessThan(200);
    }
  });

  it('shortens a long name rather than the code, and leaves a plot too small to read unlabelled', () => {
    const lines = plotLabel([square(0, 0, 40)], { code: 'P-07', resident: 'ООО «Окский завод металлоконструкций»', area: '9,35 га' }, 9, measure);
    expect(lines[0]?.text).toBe('P-07');
    expect(lines.every((line) => measure.width(line.text, line.size) <= 40)).toBe(true);
    expect(plotLabel([square(0, 0, 4)], { code: 'P-07', resident: null, area: '0,01 га' }, 9, measure)).toEqual([]);
  });
});
