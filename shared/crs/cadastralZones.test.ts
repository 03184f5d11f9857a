import { describe, expect, it } from 'vitest';
import { CADASTRAL_ZONE_KEYS, CADASTRAL_ZONES, RYAZAN_DEFAULT_ZONE, cadastralZoneForLongitude, cadastralZoneFromName, isCadastralZone, zoneSource } from './cadastralZones';

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
      const code = key.split('-')[1];
      expect(zone.label.ru).toMatch(new RegExp(`^МСК-${code}, зона \\d \\(`));
      expect(zone.label.en).toMatch(new RegExp(`^MSK-${code} zone \\d \\(`));
      expect(zone.shortLabel.ru).toBe(`МСК-${code}, зона ${key.split('-')[2]}`);
      expect(zoneSource(key)).toMatch(/GIS-Lab/);
    }
  });

  it('recognises stored keys, and zone names as planners write them', () => {
    expect(isCadastralZone('MSK-62-2')).toBe(true);
    expect(isCadastralZone('MSK-50-1')).toBe(true);
    expect(isCadastralZone('MSK-99-1')).toBe(false);
    expect(cadastralZoneFromName('msk-71-2')).toBe('MSK-71-2');
    expect(cadastralZoneFromName('МСК-50, зона 1')).toBe('MSK-50-1');
    expect(cadastralZoneFromName('MSK-13-3')).toBeNull();
  });
});

describe('the neighbours’ МСК', () => {
  const parameter = (key: (typeof CADASTRAL_ZONE_KEYS)[number], name: string): number =>
    Number(new RegExp(`\\+${name}=(-?[\\d.]+)`).exec(CADASTRAL_ZONES[key].proj4)?.[1]);

  it('has every zone of МСК-62, -50, -71, -33, -48, -68, -58 and -13', () => {
    expect([...CADASTRAL_ZONE_KEYS].sort()).toEqual(
      ['MSK-13-1', 'MSK-13-2', 'MSK-33-1', 'MSK-33-2', 'MSK-33-3', 'MSK-48-1', 'MSK-48-2', 'MSK-50-1', 'MSK-50-2', 'MSK-58-1', 'MSK-58-2',
        'MSK-62-1', 'MSK-62-2', 'MSK-68-1', 'MSK-68-2', 'MSK-68-3', 'MSK-71-1', 'MSK-71-2'].sort(),
    );
  });

  it('steps each region’s zones by 3° and 1 000 000 m of false easting, with one false northing', () => {
    expect(parameter('MSK-50-2', 'lon_0')).toBeCloseTo(38.48333333333, 9);
    expect(parameter('MSK-50-2', 'x_0')).toBe(2_250_000);
    expect(parameter('MSK-50-1', 'y_0')).toBe(-5_712_900.566);
    expect(parameter('MSK-58-2', 'x_0')).toBe(2_300_000);
    expect(parameter('MSK-58-2', 'lon_0')).toBeCloseTo(46.05, 9);
    expect(parameter('MSK-33-3', 'lon_0')).toBeCloseTo(44.55, 9);
    expect(parameter('MSK-68-1', 'y_0')).toBe(-5_412_900.56);
  });

  it('finds a longitude’s zone among any region’s keys', () => {
    expect(cadastralZoneForLongitude(37.6, ['MSK-50-1', 'MSK-50-2'])).toBe('MSK-50-2');
    expect(cadastralZoneForLongitude(45.2, ['MSK-13-1', 'MSK-13-2'])).toBe('MSK-13-1');
  });
});
