import { formatMessage } from '../messages/message';
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { LineStringGeometry, MultiPolygonGeometry, PolygonGeometry, Position } from '../domain/geometry';
import { geodesicArea } from './geodesicArea';
import { mergePolygons } from './mergePolygons';
import type { GeometryOutcome } from './outcome';
import { splitPolygon } from './splitPolygon';
import { subdividePolygon } from './subdividePolygon';
import { geographiclibMeasures, relativeError } from './test/geographiclibReference';

/*
 * Turf-style fixtures for the editing operations: test/in/<op>-<case>.geojson holds the input (the plot
 * as the Feature's geometry, the two plots of a merge as a MultiPolygon, the cut line and the options
 * in its properties), test/out/<op>-<case>.result.geojson the result with each plot's area by
 * geodesicArea and by GeographicLib. `npx vitest run shared/geometry -u` rewrites them after review.
 * (geodesicMeasures.fixtures.test.ts measures the same inputs into test/out/<name>.json.)
 */

interface FixtureProperties {
  readonly line?: Position[];
  readonly count?: number;
  readonly targetAreaM2?: number;
  readonly baseEdgeIndex?: number;
}

const inputs = import.meta.glob<string>('./test/in/{split,merge,subdivide}-*.geojson', { eager: true, query: '?raw', import: 'default' });
const fixtures = Object.entries(inputs).map(([path, text]) => {
  const feature = JSON.parse(text) as { geometry: PolygonGeometry | MultiPolygonGeometry; properties: FixtureProperties };
  return { name: path.replace(/^.*\/(.+)\.geojson$/, '$1'), ...feature };
});

function run(name: string, geometry: PolygonGeometry | MultiPolygonGeometry, properties: FixtureProperties): GeometryOutcome<PolygonGeometry[], string> {
  if (name.startsWith('split-') && geometry.type === 'Polygon') {
    const line: LineStringGeometry = { type: 'LineString', coordinates: properties.line ?? [] };
    return splitPolygon(geometry, line);
  }
  if (name.startsWith('merge-') && geometry.type === 'MultiPolygon') {
    const [a, b] = geometry.coordinates.map((coordinates): PolygonGeometry => ({ type: 'Polygon', coordinates }));
    const merged = mergePolygons(a as PolygonGeometry, b as PolygonGeometry);
    return merged.ok ? { ok: true, value: [merged.value] } : merged;
  }
  if (name.startsWith('subdivide-') && geometry.type === 'Polygon') {
    const target = properties.count !== undefined ? { count: properties.count } : { targetAreaM2: properties.targetAreaM2 ?? 0 };
    return subdividePolygon(geometry, target, properties.baseEdgeIndex ?? 0);
  }
  throw new Error(`${name}: no operation for this fixture`);
}

describe('editing operations on the fixtures', () => {
  it('has fixtures for every operation', () => {
    for (const op of ['split-', 'merge-', 'subdivide-']) expect(fixtures.filter((f) => f.name.startsWith(op)).length).toBeGreaterThanOrEqual(2);
  });

  for (const { name, geometry, properties } of fixtures) {
    it(name, async () => {
      const outcome = run(name, geometry, properties);
      const output = outcome.ok
        ? {
            type: 'FeatureCollection',
            features: outcome.value.map((piece) => ({
              type: 'Feature',
              properties: { areaM2: geodesicArea(piece), areaM2GeographicLib: geographiclibMeasures(piece).area },
              geometry: piece,
            })),
          }
        : { type: 'FeatureCollection', features: [], refused: { reason: outcome.reason, message: formatMessage('en', outcome.message) } };
      await expect(`${JSON.stringify(output, null, 1)}\n`).toMatchFileSnapshot(`./test/out/${name}.result.geojson`);

      expect(outcome.ok).toBe(!name.includes('-refused-'));
      if (!outcome.ok) return;
      const total = outcome.value.reduce((sum, piece) => sum + geodesicArea(piece), 0);
      if (name.startsWith('split-') || name.startsWith('subdivide-')) expect(relativeError(total, geodesicArea(geometry))).toBeLessThan(1e-9);
      if (name === 'merge-grid-neighbours' || name === 'merge-t-junction') expect(relativeError(total, geodesicArea(geometry))).toBeLessThan(1e-9);
      for (const piece of outcome.value) expect(relativeError(geodesicArea(piece), geographiclibMeasures(piece).area)).toBeLessThan(1e-5);
    });
  }
});
