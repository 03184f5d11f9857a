import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './date';

describe('formatIsoDate', () => {
  it('writes day.month.year in Russian', () => {
    expect(formatIsoDate('2023-05-01', 'ru')).toBe('01.05.2023');
  });

  it('writes the month as a word in English, so 1 May cannot be read as 5 January', () => {
    expect(formatIsoDate('2023-05-01', 'en')).toBe('1 May 2023');
  });

  it('keeps the day at the edges of the year', () => {
    expect(formatIsoDate('2024-12-31', 'ru')).toBe('31.12.2024');
    expect(formatIsoDate('2025-01-01', 'ru')).toBe('01.01.2025');
  });

  it('returns text that is not a calendar date unchanged', () => {
    expect(formatIsoDate('2023-02-30', 'ru')).toBe('2023-02-30');
    expect(formatIsoDate('весна 2024', 'ru')).toBe('весна 2024');
  });
});
