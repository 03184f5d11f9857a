import { describe, expect, it } from 'vitest';
import { nextPlotCode, plotCodeIncludes, plotCodeKey } from './plotCode';

describe('plotCodeKey', () => {
  it('folds Latin look-alikes, case, dashes and spaces onto one key', () => {
    expect(plotCodeKey('P-01')).toBe(plotCodeKey('Р-01'));
    expect(plotCodeKey('p-01')).toBe(plotCodeKey('Р-01'));
    expect(plotCodeKey('Р‑01')).toBe(plotCodeKey('Р-01'));
    expect(plotCodeKey(' A-1 2')).toBe(plotCodeKey('А-12'));
    expect(plotCodeKey('ТХ-1')).toBe(plotCodeKey('TX-1'));
  });

  it('keeps codes that differ apart', () => {
    expect(plotCodeKey('Р-01')).not.toBe(plotCodeKey('Р-1'));
    expect(plotCodeKey('Р-01')).not.toBe(plotCodeKey('Д-01'));
    expect(plotCodeKey('R-01')).not.toBe(plotCodeKey('Р-01'));
  });
});

describe('plotCodeIncludes', () => {
  it('finds «Р-01» from "p-0" typed in Latin', () => {
    expect(plotCodeIncludes('Р-01', 'p-0')).toBe(true);
    expect(plotCodeIncludes('Р-01', 'Д')).toBe(false);
  });
});

describe('nextPlotCode', () => {
  it('is one more than the highest number coded with the prefix, however it was typed', () => {
    expect(nextPlotCode('Т-', ['Т-1', 'T-7', 'Т-3/1', 'А-12'])).toBe('Т-8');
  });

  it('starts at 1 and does not fill the gaps a deleted plot left', () => {
    expect(nextPlotCode('Н-', [])).toBe('Н-1');
    expect(nextPlotCode('Н-', ['Н-1', 'Н-3'])).toBe('Н-4');
  });

  it('does not count codes of another prefix that begins the same way', () => {
    expect(nextPlotCode('Н-', ['НН-9'])).toBe('Н-1');
  });
});
