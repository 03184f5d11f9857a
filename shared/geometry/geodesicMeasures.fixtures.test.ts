/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../domain/geometry';
import { geodesicArea } from './geodesicArea';
import { geodesicPerimeter } from './geodesicLength';
import { geographiclibMeasures, relativeError } from './test/geographiclibReference';

/*
 * Turf-style fixtures: test/in/<name>.geojson holds a Feature, test/out/<name>.json its area and
 * perimeter by GeographicLib. shared/ may not touch the file system, so the inputs come through
 * Vite's import.meta.glob and the outputs are Vitest file snapshots: where Turf says REGEN=1, say
 * `npx vitest run shared/geometry -u` to rewrite them.
 */

const inputs = import.meta.glob<string>('./test/in/*.geojson', { eager: true, query: '?raw', import: 'default' });
const fixtures = Object.entries(inputs).map(([path, text]) => ({
  name: path.replace(/^.*\/(.+)\.geojson$/, '$1'),
  geometry: (JSON.parse(text) as { geometry: AreaGeometry }).geometry,
}));

describe('geodesic measures of the fixtures, against GeographicLib', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  for (const { name, geometry } of fixtures) {
    it(name, async () => {
      const reference = geographiclibMeasures(geometry);
      const expected = { areaM2: reference.area, perimeterM: reference.perimeter, source: 'geographiclib-geodesic PolygonArea, WGS84' };
      await expect(`${JSON.stringify(expected, null, 2)}\n`).toMatchFileSnapshot(`./test/out/${name}.json`);
      expect(relativeError(geodesicArea(geometry), expected.areaM2)).toBeLessThanOrEqual(1e-5);
      expect(relativeError(geodesicPerimeter(geometry), expected.perimeterM)).toBeLessThanOrEqual(1e-9);
    });
  }
});
