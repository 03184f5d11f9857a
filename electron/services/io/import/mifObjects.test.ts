import { describe, expect, it } from 'vitest';
import { mifObjects, regionPolygons } from './mifObjects';

const square = (x: number, y: number, side: number): number[][] => [[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]];

describe('regionPolygons', () => {
  it('makes a ring inside another its hole whatever the order, and an island in the hole a polygon of its own', () => {
    const hole = square(10, 10, 80);
    const island = square(40, 40, 20);
    const outer = square(0, 0, 100);
    const geometry = regionPolygons([island, hole, outer]);
    expect(geometry.type).toBe('MultiPolygon');
    if (geometry.type !== 'MultiPolygon') return;
    // File order of the outer rings: the island came first.
    expect(geometry.coordinates.map((polygon) => polygon.length)).toEqual([1, 2]);
    expect(geometry.coordinates[1]?.[1]?.[0]).toEqual([10, 10]);
  });

  it('winds outer rings counter-clockwise and holes clockwise, as GeoJSON', () => {
    const clockwise = [...square(0, 0, 100)].reverse();
    const geometry = regionPolygons([clockwise, square(10, 10, 10)]);
    if (geometry.type !== 'Polygon') throw new Error(geometry.type);
    const twice = (ring: readonly (readonly number[])[]) => ring.slice(0, -1).reduce((sum, [x = 0, y = 0], i) => sum + x * (ring[i + 1]?.[1] ?? 0) - (ring[i + 1]?.[0] ?? 0) * y, 0);
    expect(twice(geometry.coordinates[0] ?? [])).toBeGreaterThan(0);
    expect(twice(geometry.coordinates[1] ?? [])).toBeLessThan(0);
  });
});

describe('mifObjects', () => {
  it('reads past style clauses and the objects a plan cannot use, keeping one object per .mid row', () => {
    const objects = mifObjects(
      ['Rect 0 0 10 20', '    Pen (1,2,0)', 'Text', '  "Участок 1"', '  0 0 5 5', 'none', 'Point 3 4', '    Symbol (35,0,12)', 'Pline', '  2', '0 0', '1 1', '    Smooth'],
      'a.mif',
    );
    expect(objects.map((object) => [object.kind, object.geometry?.type ?? null])).toEqual([
      ['Rect', 'Polygon'],
      ['Text', 'Unsupported'],
      ['None', null],
      ['Point', 'Point'],
      ['Pline', 'LineString'],
    ]);
  });
});
