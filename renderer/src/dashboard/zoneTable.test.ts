import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTECTION_ZONES } from '../../../shared/park/protectionZones';
import { editedRows, withHalfWidth, zoneRowClass } from './zoneTable';

describe('the session protection-zone table', () => {
  const gas = DEFAULT_PROTECTION_ZONES.findIndex((row) => row.network === 'gas');

  it('changes one half-width and keeps the row\'s source and the other rows', () => {
    const edited = withHalfWidth(DEFAULT_PROTECTION_ZONES, gas, 4);
    expect(edited[gas]).toEqual({ ...DEFAULT_PROTECTION_ZONES[gas], halfWidthM: 4 });
    expect(edited.filter((_, i) => i !== gas)).toEqual(DEFAULT_PROTECTION_ZONES.filter((_, i) => i !== gas));
    expect(DEFAULT_PROTECTION_ZONES[gas]?.halfWidthM).toBe(2);
  });

  it('knows which rows depart from the regulatory table', () => {
    expect(editedRows(DEFAULT_PROTECTION_ZONES, DEFAULT_PROTECTION_ZONES).size).toBe(0);
    const edited = withHalfWidth(withHalfWidth(DEFAULT_PROTECTION_ZONES, gas, 4), 0, 1.5);
    expect([...editedRows(edited, DEFAULT_PROTECTION_ZONES)].sort()).toEqual([0, gas].sort());
    expect(editedRows(withHalfWidth(edited, gas, 2), DEFAULT_PROTECTION_ZONES)).toEqual(new Set([0]));
  });

  it('names a row\'s class: a voltage range, a construction, or none', () => {
    expect(zoneRowClass({ network: 'power', aboveKv: 35, upToKv: 110, halfWidthM: 20, source: '' })).toEqual({ kind: 'kv', from: 35, to: 110 });
    expect(zoneRowClass({ network: 'power', construction: 'cable', halfWidthM: 1, source: '' })).toEqual({ kind: 'construction', construction: 'cable' });
    expect(zoneRowClass({ network: 'gas', halfWidthM: 2, source: '' })).toBeNull();
  });
});
