import { describe, expect, it } from 'vitest';
import { resolveCrs, swapAxes } from './sourceCrs';

describe('resolveCrs', () => {
  it('reads EPSG codes, URNs, МСК-62 keys and proj4 strings', () => {
    expect(resolveCrs('EPSG:4326').geographic).toBe(true);
    expect(resolveCrs('urn:ogc:def:crs:OGC:1.3:CRS84').geographic).toBe(true);
    expect(resolveCrs('urn:ogc:def:crs:EPSG::4326').toLonLat(39.6, 54.7)).toEqual([39.6, 54.7]);
    const [lon, lat] = resolveCrs('MSK-62-1').toLonLat(1322107.2, 451607.6);
    expect(Math.abs(lon - 39.6) + Math.abs(lat - 54.7)).toBeLessThan(1e-5);
    const [mlon, mlat] = resolveCrs('EPSG:3857').toLonLat(4408450, 7302700);
    expect(Math.abs(mlon - 39.6) + Math.abs(mlat - 54.7)).toBeLessThan(0.01);
    expect(resolveCrs('+proj=longlat +datum=WGS84').geographic).toBe(true);
  });

  it('refuses codes it does not carry and text that is no CRS, saying what to give instead', () => {
    expect(() => resolveCrs('EPSG:28407')).toThrow(/EPSG:28407 is not built in; give --crs as a proj4 string/);
    expect(() => resolveCrs('somewhere')).toThrow(/is not a coordinate system ParkPlan knows/);
  });

  it('swaps the axes when asked', () => {
    expect(swapAxes(resolveCrs('EPSG:4326')).toLonLat(54.7, 39.6)).toEqual([39.6, 54.7]);
  });
});
