import { describe, expect, it } from 'vitest';
import { plotMatches, searchPlots, type PlotSearchProps } from './plotSearch';

const plot = (code: string, cadastralNumber: string | null = null, residentName: string | null = null): PlotSearchProps => ({ code, cadastralNumber, residentName });

describe('plotMatches', () => {
  it('finds «Р-01» from "p-01" typed in Latin, lower case', () => {
    expect(plotMatches(plot('Р-01'), 'p-01')).toBe(true);
    expect(plotMatches(plot('Р-02'), 'p-01')).toBe(false);
  });

  it('finds a cadastral number by its digits', () => {
    const parcel = plot('А-1', '62:15:0000000:123');
    expect(plotMatches(parcel, '0000000:12')).toBe(true);
    expect(plotMatches(parcel, '62 15')).toBe(true);
    expect(plotMatches(parcel, '62:16')).toBe(false);
  });

  it('finds a resident by part of the name, ignoring case, ё and quotes', () => {
    const held = plot('А-1', null, 'ООО «Лесной карандаш»');
    expect(plotMatches(held, 'лесной кар')).toBe(true);
    expect(plotMatches(held, '"Лесной')).toBe(true);
    expect(plotMatches(held, 'тетрадь')).toBe(false);
  });

  it('matches everything on an empty query', () => {
    expect(plotMatches(plot('А-1'), '  ')).toBe(true);
  });
});

describe('searchPlots', () => {
  it('puts the exact code first, then codes beginning with it', () => {
    const plots = [plot('Р-010'), plot('Д-1', null, 'ИП Р-01'), plot('Р-01'), plot('Н-1')];
    expect(searchPlots(plots, 'p-01').map((hit) => hit.code)).toEqual(['Р-01', 'Р-010', 'Д-1']);
  });
});
