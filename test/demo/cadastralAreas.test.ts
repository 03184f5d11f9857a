import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cadastralArea } from '../../shared/crs/cadastralArea';
import { CADASTRAL_ZONES, CADASTRAL_ZONE_KEYS } from '../../shared/crs/cadastralZones';
import { plotAreaFigures, roundAsEgrn } from '../../shared/crs/plotArea';
import type { AreaGeometry, LinearRing } from '../../shared/domain/geometry';
import type { ProjectSeed } from '../../shared/domain/projectSeed';
import { projPlanarAreas as projAreas } from './projOracle';

// The «Площадь» a planner reads, against PROJ itself (projOracle.ts: pyproj with the same proj4 string).
const demo = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../assets/demo/demo-project.json'), 'utf8')) as ProjectSeed;
const polygonsOf = (geometry: AreaGeometry): readonly (readonly LinearRing[])[] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** A 250 m × 200 m-ish plot 0.8° east of the zone's central meridian, at 54.5° N, with a hole. */
function plotIn(centralMeridian: number): AreaGeometry {
  const lon = centralMeridian + 0.8;
  const ring = (w: number, s: number, e: number, n: number): LinearRing => [[w, s], [e, s], [e, n], [w, n], [w, s]];
  return { type: 'Polygon', coordinates: [ring(lon, 54.5, lon + 0.004, 54.5018), ring(lon + 0.001, 54.5005, lon + 0.002, 54.501)] };
}

describe('МСК areas against PROJ (pyproj)', () => {
  it('every demo plot, in both МСК-62 zones, within 0.01 m², and the ЕГРН rounding of PROJ’s figure', () => {
    expect(demo.plots.length).toBeGreaterThanOrEqual(48);
    const zones = ['MSK-62-1', 'MSK-62-2'] as const;
    const jobs = zones.flatMap((zone) => demo.plots.map((plot) => ({ proj4: CADASTRAL_ZONES[zone].proj4, polygons: polygonsOf(plot.geometry) })));
    const reference = projAreas(jobs);
    let index = 0;
    for (const zone of zones) {
      for (const plot of demo.plots) {
        const expected = reference[index++] ?? Number.NaN;
        const ours = plotAreaFigures(plot.geometry, zone);
        expect(Math.abs((ours.cadastralAreaExactM2 ?? 0) - expected), `${plot.code} in ${zone}`).toBeLessThanOrEqual(0.01);
        // Only a figure within 0.01 m² of a half could round differently; none of the demo's is.
        if (Math.abs((expected % 1) - 0.5) > 0.01) expect(ours.areaM2).toBe(roundAsEgrn(expected));
      }
    }
  });

  it('the «Рязанский» demo plots headline the МСК-62 zone 1 figure; «Карандаш» (no CRS) keeps the geodesic one', () => {
    const parkCrs = new Map(demo.parks.map((park) => [park.key, park.cadastralCrs]));
    expect(parkCrs.get('ryazanskiy')).toBe('MSK-62-1');
    for (const plot of demo.plots) {
      const crs = parkCrs.get(plot.parkKey) ?? null;
      const figures = plotAreaFigures(plot.geometry, crs);
      if (crs === null) {
        expect(figures.areaM2).toBe(figures.geodesicAreaM2);
        expect(figures.crs).toBeNull();
      } else {
        expect(Number.isInteger(figures.areaM2)).toBe(true);
        expect(figures.crs?.shortLabel.ru).toBe('МСК-62, зона 1');
        // East of zone 1's central meridian (38°29′ E) the plane reads larger than the ellipsoid, by < 0.05 %.
        expect(figures.areaM2 / figures.geodesicAreaM2 - 1).toBeGreaterThan(0);
        expect(figures.areaM2 / figures.geodesicAreaM2 - 1).toBeLessThan(5e-4);
      }
    }
  });

  it('a plot with a hole in every zone of the table, and a custom proj4 and WKT, within 0.01 m²', () => {
    const custom = '+proj=tmerc +lat_0=0 +lon_0=40 +k=0.9999 +x_0=300000 +y_0=-5000000 +ellps=krass +units=m +no_defs';
    const wkt =
      'PROJCS["Местная тестовая",GEOGCS["Pulkovo 1942",DATUM["Pulkovo_1942",SPHEROID["Krassowsky 1940",6378245,298.3]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],' +
      'PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",40.5],PARAMETER["scale_factor",1],PARAMETER["false_easting",1250000],PARAMETER["false_northing",-5600000],UNIT["metre",1]]';
    const cases = [
      ...CADASTRAL_ZONE_KEYS.map((key) => ({ crs: key as string, proj4: CADASTRAL_ZONES[key].proj4, geometry: plotIn(CADASTRAL_ZONES[key].centralMeridian) })),
      { crs: custom, proj4: custom, geometry: plotIn(40) },
      { crs: wkt, proj4: '+proj=tmerc +lat_0=0 +lon_0=40.5 +k=1 +x_0=1250000 +y_0=-5600000 +ellps=krass +units=m +no_defs', geometry: plotIn(40.5) },
    ];
    const reference = projAreas(cases.map(({ proj4, geometry }) => ({ proj4, polygons: polygonsOf(geometry) })));
    cases.forEach(({ crs, geometry }, i) => {
      expect(Math.abs(cadastralArea(geometry, crs) - (reference[i] ?? Number.NaN)), crs.slice(0, 40)).toBeLessThanOrEqual(0.01);
    });
  });
});
