import { describe, expect, it } from 'vitest';
import type { ParkId } from '../../shared/domain/ids';
import type { Park } from '../../shared/domain/park';
import { UsageError } from './cliError';
import { chooseParks } from './parkChoice';

const park = (id: number, name: string): Park => ({
  id: id as ParkId,
  name,
  region: '',
  declaredAreaHa: null,
  cadastralCrs: null,
  illustrative: true, codePrefix: 'Н-',
  boundary: { type: 'Polygon', coordinates: [] },
});
const parks = [park(1, 'Индустриальный парк «Рязанский»'), park(2, 'Промышленный парк «Карандаш»'), park(3, 'Индустриальный парк «Рязанский-2»')];

const usageError = (wanted: string): string => {
  try {
    chooseParks(parks, wanted);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('chooseParks', () => {
  it('gives every park without --park', () => {
    expect(chooseParks(parks, undefined).map((p) => p.id)).toEqual([1, 2, 3]);
  });

  it('finds a park by any unique part of its name, ignoring case', () => {
    expect(chooseParks(parks, 'КАРАНДАШ').map((p) => p.id)).toEqual([2]);
    expect(chooseParks(parks, 'рязанский-2').map((p) => p.id)).toEqual([3]);
  });

  it('prefers the exact name when it is also part of another', () => {
    expect(chooseParks(parks, 'индустриальный парк «рязанский»').map((p) => p.id)).toEqual([1]);
  });

  it('names the candidates of an ambiguous part, and every park for an unknown one', () => {
    const ambiguous = usageError('рязан');
    expect(ambiguous).toContain('matches 2 parks');
    expect(ambiguous).toContain('«Рязанский»');
    expect(ambiguous).toContain('«Рязанский-2»');
    expect(ambiguous).not.toContain('Карандаш');
    const unknown = usageError('Тула');
    expect(unknown).toContain('no park is named like "Тула"');
    expect(unknown).toContain('Карандаш');
  });
});
