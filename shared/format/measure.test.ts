import { describe, expect, it } from 'vitest';
import { formatHectares, formatMetres, formatNumber, formatSquareMetres } from './measure';
import { isLocale } from './locale';

// Written out so a reader sees the exact characters: NBSP groups Russian thousands and joins figure and unit.
const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('uses comma decimals and space groups in Russian', () => {
    expect(formatNumber(124567.25, 'ru', 1)).toBe(`124${NBSP}567,3`);
  });

  it('uses dot decimals and comma groups in English', () => {
    expect(formatNumber(124567.25, 'en', 1)).toBe('124,567.3');
  });

  it('keeps trailing zeros so a column of figures lines up', () => {
    expect(formatNumber(3, 'ru', 2)).toBe('3,00');
  });

  it('does not print a negative zero for a value that rounds to nothing', () => {
    expect(formatNumber(-0.00001, 'en', 2)).toBe('0.00');
    expect(formatNumber(-0, 'ru')).toBe('0');
  });

  it('still prints real negative values', () => {
    expect(formatNumber(-1.5, 'en', 1)).toBe('-1.5');
  });
});

describe('formatHectares', () => {
  it('gives four decimals by default, with the unit after a no-break space', () => {
    expect(formatHectares(12.45671, 'ru')).toBe(`12,4567${NBSP}га`);
    expect(formatHectares(12.45671, 'en')).toBe(`12.4567${NBSP}ha`);
  });

  it('rounds to the decimals asked for, as on a map label', () => {
    expect(formatHectares(12.45, 'ru', 1)).toBe(`12,5${NBSP}га`);
    expect(formatHectares(559.87, 'en', 1)).toBe(`559.9${NBSP}ha`);
  });
});

describe('formatSquareMetres', () => {
  it('rounds to whole square metres with groups', () => {
    expect(formatSquareMetres(124567.4, 'ru')).toBe(`124${NBSP}567${NBSP}м²`);
    expect(formatSquareMetres(124567.6, 'en')).toBe(`124,568${NBSP}m²`);
  });
});

describe('formatMetres', () => {
  it('formats a perimeter in metres', () => {
    expect(formatMetres(1432.6, 'ru', 1)).toBe(`1${NBSP}432,6${NBSP}м`);
    expect(formatMetres(1432.6, 'en')).toBe(`1,433${NBSP}m`);
  });
});

describe('isLocale', () => {
  it('accepts the two interface languages only', () => {
    expect(isLocale('ru')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
