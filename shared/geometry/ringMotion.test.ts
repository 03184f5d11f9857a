import { describe, expect, it } from 'vitest';
import type { Position } from '../domain/geometry';
import { geodesicArea } from './geodesicArea';
import { holesFollowingOutline } from './ringMotion';

const RAD = Math.PI / 180;
const toMercator = ([lon, lat]: Position): [number, number] => [lon * RAD, Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2))];
const fromMercator = ([x, y]: [number, number]): Position => [x / RAD, (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD];
const round9 = ([lon, lat]: Position): Position => [Math.round(lon * 1e9) / 1e9, Math.round(lat * 1e9) / 1e9];

// A 300 m × 200 m plot near Ryazan with a 50 m square hole, as the editor stores them.
const outer: Position[] = [[39.7, 54.6], [39.7046, 54.6], [39.7046, 54.6018], [39.7, 54.6018], [39.7, 54.6]];
const hole: Position[] = [[39.7015, 54.6006], [39.7015, 54.60105], [39.70228, 54.60105], [39.70228, 54.6006], [39.7015, 54.6006]];

/** What the map editor does: a Web Mercator rotation about `centre` and translation, each vertex rounded to 1e-9°. */
function moveLikeEditor(ring: readonly Position[], angleDeg: number, shift: [number, number], centre: Position): Position[] {
  const [cx, cy] = toMercator(centre);
  const cos = Math.cos(angleDeg * RAD);
  const sin = Math.sin(angleDeg * RAD);
  return ring.map((position) => {
    const [x, y] = toMercator(position);
    const rx = cx + cos * (x - cx) - sin * (y - cy) + shift[0];
    const ry = cy + sin * (x - cx) + cos * (y - cy) + shift[1];
    return round9(fromMercator([rx, ry]));
  });
}

describe('holesFollowingOutline', () => {
  it('carries a hole along a drag of the whole plot', () => {
    const after = moveLikeEditor(outer, 0, [2e-5, -1e-5], [39.7023, 54.6009]);
    const [moved] = holesFollowingOutline(outer, after, [hole]);
    const expected = moveLikeEditor(hole, 0, [2e-5, -1e-5], [39.7023, 54.6009]);
    moved!.forEach((position, index) => {
      expect(position[0]).toBeCloseTo(expected[index]![0], 8);
      expect(position[1]).toBeCloseTo(expected[index]![1], 8);
    });
  });

  it('carries a hole along a rotation, its area kept to a few millionths', () => {
    const centre: Position = [39.7023, 54.6009];
    const after = moveLikeEditor(outer, 27, [0, 0], centre);
    const [moved] = holesFollowingOutline(outer, after, [hole]);
    const expected = moveLikeEditor(hole, 27, [0, 0], centre);
    moved!.forEach((position, index) => {
      expect(Math.abs(position[0] - expected[index]![0])).toBeLessThan(5e-9);
      expect(Math.abs(position[1] - expected[index]![1])).toBeLessThan(5e-9);
    });
    // A Web Mercator rotation is not exactly area-true on the ellipsoid (the scale grows northwards):
    // a ring moved north or south by it changes area by a few millionths, not more.
    const change = (before: Position[], after: Position[]): number =>
      geodesicArea({ type: 'Polygon', coordinates: [after] }) / geodesicArea({ type: 'Polygon', coordinates: [before] }) - 1;
    expect(Math.abs(change(hole, moved!))).toBeLessThan(2e-5);
  });

  it('leaves holes bit for bit when one vertex was dragged', () => {
    const after = outer.map((position, index): Position => (index === 2 ? [39.7049, 54.6021] : position));
    expect(holesFollowingOutline(outer, after, [hole])).toEqual([hole]);
  });

  it('leaves holes when a vertex was added or nothing moved', () => {
    const added: Position[] = [outer[0]!, [39.7023, 54.5995], ...outer.slice(1)];
    expect(holesFollowingOutline(outer, added, [hole])).toEqual([hole]);
    expect(holesFollowingOutline(outer, outer, [hole])).toEqual([hole]);
  });

  it('returns no holes for a plot without any', () => {
    expect(holesFollowingOutline(outer, moveLikeEditor(outer, 10, [1e-6, 0], outer[0]!), [])).toEqual([]);
  });
});
