import { describe, expect, it } from 'vitest';
import { readQuantity } from './quantityInput';

describe('readQuantity', () => {
  it('reads plain, comma-decimal and space-grouped figures', () => {
    expect(readQuantity('250', 1000)).toEqual({ ok: true, value: 250 });
    expect(readQuantity(' 12,75 ', 1000)).toEqual({ ok: true, value: 12.75 });
    expect(readQuantity('1 200,5', 10_000)).toEqual({ ok: true, value: 1200.5 });
    expect(readQuantity('1\u00a0200', 10_000)).toEqual({ ok: true, value: 1200 });
    expect(readQuantity('.5', 1)).toEqual({ ok: true, value: 0.5 });
  });

  it('names what is wrong with anything else', () => {
    expect(readQuantity('', 10)).toEqual({ ok: false, problem: 'empty' });
    expect(readQuantity('   ', 10)).toEqual({ ok: false, problem: 'empty' });
    expect(readQuantity('десять', 10)).toEqual({ ok: false, problem: 'notNumber' });
    expect(readQuantity('1,2,3', 10)).toEqual({ ok: false, problem: 'notNumber' });
    expect(readQuantity('12kW', 100)).toEqual({ ok: false, problem: 'notNumber' });
    expect(readQuantity('0', 10)).toEqual({ ok: false, problem: 'notPositive' });
    expect(readQuantity('-4', 10)).toEqual({ ok: false, problem: 'notPositive' });
    expect(readQuantity('10.01', 10)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(readQuantity('10', 10)).toEqual({ ok: true, value: 10 });
  });
});
