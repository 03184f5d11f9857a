import { describe, expect, it } from 'vitest';
import { shortParkName } from './parkName';

describe('shortParkName', () => {
  it('takes the quoted name from guillemets', () => {
    expect(shortParkName('Индустриальный парк «Рязанский»')).toBe('Рязанский');
    expect(shortParkName('Частный индустриальный парк «Карандаш» ')).toBe('Карандаш');
  });

  it('takes the quoted name from straight quotes', () => {
    expect(shortParkName('Industrial park "Karandash"')).toBe('Karandash');
  });

  it('keeps a name that has no quoted part', () => {
    expect(shortParkName('Технопарк Север')).toBe('Технопарк Север');
  });

  it('keeps the full name when the quotes are empty', () => {
    expect(shortParkName('Парк «»')).toBe('Парк «»');
  });
});
