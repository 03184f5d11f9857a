import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { CADASTRAL_ZONES } from '../crs/cadastralZones';
import { geoKeysToProj4 } from './geoKeysCrs';

// The keys GDAL 3.6 writes for a GeoTIFF in МСК-62 zone 1 (read back with geotiff.js from gdal_create's file).
const MSK_62_KEYS = {
  GTModelTypeGeoKey: 1, GTRasterTypeGeoKey: 1, GeographicTypeGeoKey: 32767, GeogGeodeticDatumGeoKey: 32767,
  GeogAngularUnitsGeoKey: 9102, GeogEllipsoidGeoKey: 32767, GeogSemiMajorAxisGeoKey: 6378245, GeogInvFlatteningGeoKey: 298.3,
  GeogPrimeMeridianLongGeoKey: 0, GeogTOWGS84GeoKey: Float64Array.from([23.57, -140.95, -79.8, 0, 0.35, 0.7899999999999999, -0.22]),
  ProjectedCSTypeGeoKey: 32767, ProjectionGeoKey: 32767, ProjCoordTransGeoKey: 1, ProjLinearUnitsGeoKey: 9001,
  ProjNatOriginLongGeoKey: 38.48333333333, ProjNatOriginLatGeoKey: 0, ProjFalseEastingGeoKey: 1250000,
  ProjFalseNorthingGeoKey: -5612900.566, ProjScaleAtNatOriginGeoKey: 1,
};

describe('geoKeysToProj4', () => {
  it('reads a user-defined МСК-62 as the same CRS as the zone table, to a millimetre', () => {
    const definition = geoKeysToProj4(MSK_62_KEYS);
    if (definition === null) throw new Error('not read');
    const ours = proj4('WGS84', definition).forward([39.6, 54.705]);
    const table = proj4('WGS84', CADASTRAL_ZONES['MSK-62-1'].proj4).forward([39.6, 54.705]);
    expect(Math.abs((ours[0] ?? 0) - (table[0] ?? 0))).toBeLessThan(1e-3);
    expect(Math.abs((ours[1] ?? 0) - (table[1] ?? 0))).toBeLessThan(1e-3);
  });

  it('reads coded WGS84, Web Mercator, UTM and Pulkovo Gauss–Krüger, and nothing it cannot tell', () => {
    expect(geoKeysToProj4({ GTModelTypeGeoKey: 2, GeographicTypeGeoKey: 4326 })).toContain('+proj=longlat');
    expect(geoKeysToProj4({ GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: 3857 })).toContain('+proj=merc');
    expect(geoKeysToProj4({ GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: 32637 })).toContain('+zone=37');
    expect(geoKeysToProj4({ GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: 28407 })).toContain('+lon_0=39 +k=1 +x_0=7500000');
    expect(geoKeysToProj4({ GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: 2154 })).toBeNull();
    expect(geoKeysToProj4({ GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: 32767, ProjCoordTransGeoKey: 11 })).toBeNull();
    expect(geoKeysToProj4({})).toBeNull();
  });
});
