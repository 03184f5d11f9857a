import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { CADASTRAL_ZONES } from '../crs/cadastralZones';
import { scanCorners } from './scanCorners';

describe('scanCorners', () => {
  it('puts a north-up scan of 1 m pixels in МСК-62 zone 1 where proj4 puts its corners', () => {
    const [x0, y0] = [470_000, 1_290_000];
    const georeference = {
      crs: 'MSK-62-1', transform: 'affine' as const, imageWidth: 1000, imageHeight: 800, imageType: 'image/png',
      controlPoints: [{ px: 0, py: 0, x: x0, y: y0 }, { px: 1000, py: 0, x: x0, y: y0 + 1000 }, { px: 0, py: 800, x: x0 - 800, y: y0 }],
    };
    const placed = scanCorners(georeference);
    if (placed === null) throw new Error('not placed');
    const oracle = proj4(CADASTRAL_ZONES['MSK-62-1'].proj4, 'WGS84');
    const expected = [[y0, x0], [y0 + 1000, x0], [y0 + 1000, x0 - 800], [y0, x0 - 800]].map((p) => oracle.forward(p));
    placed.corners.forEach(([lon, lat], i) => {
      expect(lon).toBeCloseTo(expected[i]?.[0] ?? Number.NaN, 9);
      expect(lat).toBeCloseTo(expected[i]?.[1] ?? Number.NaN, 9);
    });
    // Top-left is north-west of bottom-right, near Ryazan.
    expect(placed.corners[0][1]).toBeGreaterThan(placed.corners[2][1]);
    expect(placed.corners[0][0]).toBeLessThan(placed.corners[2][0]);
    expect(placed.corners[0][1]).toBeGreaterThan(54);
  });

  it('gives nothing while the points are too few or the CRS is unknown', () => {
    const base = { transform: 'affine' as const, imageWidth: 10, imageHeight: 10, imageType: 'image/png' };
    expect(scanCorners({ ...base, crs: 'MSK-62-1', controlPoints: [{ px: 0, py: 0, x: 1, y: 1 }] })).toBeNull();
    const points = [{ px: 0, py: 0, x: 470_000, y: 1_290_000 }, { px: 10, py: 0, x: 470_000, y: 1_290_010 }, { px: 0, py: 10, x: 469_990, y: 1_290_000 }];
    expect(scanCorners({ ...base, crs: 'no such crs', controlPoints: points })).toBeNull();
  });
});
