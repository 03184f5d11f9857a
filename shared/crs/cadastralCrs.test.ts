import { describe, expect, it } from 'vitest';
import { cadastralCrsOf } from './cadastralCrs';
import { CADASTRAL_ZONES } from './cadastralZones';

describe('cadastralCrsOf', () => {
  it('resolves a zone key or a zone name to the table’s zone', () => {
    expect(cadastralCrsOf('MSK-50-1')?.definition).toBe(CADASTRAL_ZONES['MSK-50-1'].proj4);
    expect(cadastralCrsOf('МСК-71, зона 2')?.key).toBe('MSK-71-2');
    expect(cadastralCrsOf('MSK-62-1')?.coversLongitude).toEqual(CADASTRAL_ZONES['MSK-62-1'].coversLongitude);
  });

  it('takes a proj4 string or WKT as it is, naming a WKT by its own name', () => {
    const wkt = 'PROJCS["МСК-77 собственная",GEOGCS["Pulkovo 1942",DATUM["Pulkovo_1942",SPHEROID["Krassowsky 1940",6378245,298.3]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",37.5],PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1]]';
    expect(cadastralCrsOf(wkt)?.label.ru).toBe('МСК-77 собственная');
    expect(cadastralCrsOf('+proj=tmerc +lon_0=39 +ellps=krass +units=m')?.coversLongitude).toBeNull();
  });

  it('gives null for nothing, for an unknown zone and for text proj4 cannot read', () => {
    expect(cadastralCrsOf(null)).toBeNull();
    expect(cadastralCrsOf('MSK-99-1')).toBeNull();
    expect(cadastralCrsOf('+proj=nonsense')).toBeNull();
    expect(cadastralCrsOf('PROJCS["x",GARBAGE')).toBeNull();
  });
});
