import { describe, expect, it } from 'vitest';
import { CADASTRAL_ZONE_KEYS, CADASTRAL_ZONES, RYAZAN_DEFAULT_ZONE, cadastralZoneForLongitude, isCadastralZone } from './cadastralZones';

describe('МСК-62 zones', () => {
  it('puts the park «Рязанский» (39.6° E) in zone 1, the default for Ryazan', () => {
    expect(cadastralZoneForLongitude(39.6)).toBe('MSK-62-1');
    expect(RYAZAN_DEFAULT_ZONE).toBe('MSK-62-1');
  });

  it('covers the oblast (≈ 38.7–42.6° E) with zones 1 and 2 and nothing else', () => {
    expect(cadastralZoneForLongitude(38.7)).toBe('MSK-62-1');
    expect(cadastralZoneForLongitude(41.9)).toBe('MSK-62-2');
    expect(cadastralZoneForLongitude(42.6)).toBe('MSK-62-2');
    expect(cadastralZoneForLongitude(45)).toBeNull();
  });

  it('defines each zone as Transverse Mercator on Krassovsky around its central meridian', () => {
    for (const key of CADASTRAL_ZONE_KEYS) {
      const zone = CADASTRAL_ZONES[key];
      const parameters = new Map<string, string>();
      for (const term of zone.proj4.split(' ')) {
        const [name = '', value = ''] = term.replace(/^\+/, '').split('=');
        parameters.set(name, value);
      }
      expect(parameters.get('proj')).toBe('tmerc');
      expect(parameters.get('ellps')).toBe('krass');
      expect(parameters.get('k')).toBe('1');
      expect(Number(parameters.get('lon_0'))).toBe(zone.centralMeridian);
      expect(parameters.get('towgs84')?.split(',')).toHaveLength(7);
      expect(zone.coversLongitude[1] - zone.coversLongitude[0]).toBeCloseTo(3, 9);
      expect(zone.label.ru).toMatch(/^МСК-62/);
      expect(zone.label.en).toMatch(/^MSK-62/);
    }
  });

  it('recognises stored keys', () => {
    expect(isCadastralZone('MSK-62-2')).toBe(true);
    expect(isCadastralZone('MSK-50-1')).toBe(false);
  });
});
