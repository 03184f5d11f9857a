import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../domain/geometry';
import { geodesicArea } from '../geometry/geodesicArea';
import { cadastralArea } from './cadastralArea';
import { plotAreaFigures, plotAreaM2, roundAsEgrn } from './plotArea';

const plot: PolygonGeometry = { type: 'Polygon', coordinates: [[[39.6, 54.7], [39.6015, 54.7], [39.6015, 54.7009], [39.6, 54.7009], [39.6, 54.7]]] };

describe('roundAsEgrn', () => {
  it('states whole square metres, halves up', () => {
    expect(roundAsEgrn(9_999.5)).toBe(10_000);
    expect(roundAsEgrn(9_999.49)).toBe(9_999);
    expect(roundAsEgrn(10_000.4)).toBe(10_000);
  });
});

describe('plotAreaFigures', () => {
  it('headlines the ЕГРН-rounded МСК area, labelled with the zone, with the geodesic beside it', () => {
    const figures = plotAreaFigures(plot, 'MSK-62-1');
    expect(figures.cadastralAreaExactM2).toBe(cadastralArea(plot, 'MSK-62-1'));
    expect(figures.areaM2).toBe(Math.round(cadastralArea(plot, 'MSK-62-1')));
    expect(figures.cadastralAreaM2).toBe(figures.areaM2);
    expect(figures.geodesicAreaM2).toBe(geodesicArea(plot));
    expect(figures.crs?.shortLabel).toEqual({ ru: 'МСК-62, зона 1', en: 'MSK-62 zone 1' });
    // 1.1 km east of the central meridian the plane reads ≈ 1.3e-4 larger than the ellipsoid.
    expect(figures.areaM2 - figures.geodesicAreaM2).toBeGreaterThan(0.5);
  });

  it('keeps the geodesic figure for a park without a cadastral CRS, or with one nobody can read', () => {
    for (const crs of [null, '', 'not a crs']) {
      const figures = plotAreaFigures(plot, crs);
      expect(figures.areaM2).toBe(geodesicArea(plot));
      expect(figures.crs).toBeNull();
      expect(figures.cadastralAreaM2).toBeNull();
    }
  });

  it('reads a custom proj4 string and names it', () => {
    const proj = '+proj=tmerc +lat_0=0 +lon_0=39.6 +k=1 +x_0=300000 +y_0=-5000000 +ellps=krass +units=m +no_defs';
    const figures = plotAreaFigures(plot, proj);
    expect(figures.crs?.shortLabel.en).toMatch(/^proj4: \+proj=tmerc/);
    // On its own central meridian the plane reads the Krassovsky ellipsoid, ≈ 3e-5 larger than WGS84 here.
    expect(Math.abs((figures.cadastralAreaExactM2 ?? 0) / geodesicArea(plot) - 1)).toBeLessThan(5e-5);
    expect(plotAreaM2(plot, proj)).toBe(roundAsEgrn(figures.cadastralAreaExactM2 ?? 0));
  });
});
