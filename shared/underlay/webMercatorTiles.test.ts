import { describe, expect, it } from 'vitest';
import { metresPerPixel, tileOf, tilePointLonLat, zoomForResolution } from './webMercatorTiles';

describe('the Web Mercator tile grid', () => {
  it('puts tile corners where the XYZ scheme does', () => {
    expect(tilePointLonLat(0, 0, 0, 0, 0)[0]).toBe(-180);
    expect(tilePointLonLat(0, 0, 0, 0, 0)[1]).toBeCloseTo(85.0511287798, 9);
    expect(tilePointLonLat(1, 1, 1, 0, 0)).toEqual([0, 0]);
    // Ryazan at zoom 14: the tile holding 39.6° E, 54.7° N and its corner round-trip.
    const [x, y] = tileOf(39.6, 54.7, 14);
    expect([x, y]).toEqual([9994, 5205]);
    const [west, north] = tilePointLonLat(14, x, y, 0, 0);
    const [east, south] = tilePointLonLat(14, x, y, 1, 1);
    expect(west).toBeLessThanOrEqual(39.6);
    expect(east).toBeGreaterThan(39.6);
    expect(south).toBeLessThanOrEqual(54.7);
    expect(north).toBeGreaterThan(54.7);
  });

  it('picks the zoom whose pixels are no larger than an image’s', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(156543.03, 2);
    const zoom = zoomForResolution(0.5, 54.7);
    expect(metresPerPixel(zoom, 54.7)).toBeLessThanOrEqual(0.5);
    expect(metresPerPixel(zoom - 1, 54.7)).toBeGreaterThan(0.5);
  });
});
