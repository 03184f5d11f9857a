import { describe, expect, it } from 'vitest';
import type { Position } from '../domain/geometry';
import type { SnapFeature } from './snapIndex';
import { createSnapIndex } from './snapIndex';
import { REBUILD_AFTER, snapIndexSet, withChangedFeatures } from './snapIndexSet';
import { snapPosition } from './snapPosition';
import { frame, rectangle } from './test/plotShapes';
import { seededRandom } from './test/randomPlots';

const at = (x: number, y: number): Position => frame.toPosition([x, y]);
/** A row of 40 m plots, 10 m apart. */
const grid = (count: number): SnapFeature<number>[] => Array.from({ length: count }, (_, i) => ({ id: i, geometry: rectangle(i * 50, 0, 40, 40) }));

describe('snapIndexSet', () => {
  it('snaps to a changed plot where it is now, never where it was', () => {
    const plots = grid(4);
    const moved = { id: 1, geometry: rectangle(50, 100, 40, 40) };
    const set = withChangedFeatures(snapIndexSet(plots), [moved], [], () => [plots[0]!, moved, plots[2]!, plots[3]!]);
    expect(snapPosition(at(51, 1), set, 10, 0.25).kind).toBe('none');
    expect(snapPosition(at(51, 101), set, 10, 0.25)).toMatchObject({ kind: 'vertex', featureId: 1, position: moved.geometry.coordinates[0]?.[0] });
    expect(snapPosition(at(101, 1), set, 10, 0.25)).toMatchObject({ kind: 'vertex', featureId: 2 });
  });

  it('drops removed features and keeps the exclusion of the edited one', () => {
    const plots = grid(3);
    const set = withChangedFeatures(snapIndexSet(plots), [], [2], () => plots.slice(0, 2));
    expect(snapPosition(at(101, 1), set, 10, 0.25).kind).toBe('none');
    expect(snapPosition(at(51, 1), set, 10, 0.25, { exclude: (id) => id === 1 }).kind).toBe('none');
    expect(snapPosition(at(51, 1), set, 10, 0.25).featureId).toBe(1);
  });

  it('answers as an index built afresh over the same features, after many edits', () => {
    const random = seededRandom(9);
    let current = grid(60);
    let set = snapIndexSet(current);
    for (let edit = 0; edit < 40; edit++) {
      const id = Math.floor(random() * current.length);
      const reshaped = { id, geometry: rectangle(id * 50 + random() * 8, random() * 8, 30 + random() * 10, 30 + random() * 10) };
      current = current.map((feature) => (feature.id === id ? reshaped : feature));
      const now = current;
      set = withChangedFeatures(set, [reshaped], [], () => now);
    }
    expect(set.changed.size).toBeGreaterThan(0);
    const fresh = createSnapIndex(current, set.base.frame);
    let snapped = 0;
    for (let query = 0; query < 500; query++) {
      const cursor = at(random() * 3_000, random() * 50 - 5);
      const mine = snapPosition(cursor, set, 12, 0.25);
      const theirs = snapPosition(cursor, fresh, 12, 0.25);
      expect(mine.kind).toBe(theirs.kind);
      expect(mine.position[0]).toBeCloseTo(theirs.position[0], 12);
      expect(mine.position[1]).toBeCloseTo(theirs.position[1], 12);
      if (mine.kind !== 'none') snapped++;
    }
    expect(snapped).toBeGreaterThan(50);
  });

  it('is built afresh once enough features changed, and is the same set when nothing did', () => {
    const plots = grid(REBUILD_AFTER + 10);
    const start = snapIndexSet(plots);
    expect(withChangedFeatures(start, [], [], () => plots)).toBe(start);
    const many = plots.slice(0, REBUILD_AFTER).map((feature) => ({ id: feature.id, geometry: rectangle(feature.id * 50, 5, 40, 40) }));
    const rebuilt = withChangedFeatures(start, many, [], () => plots);
    expect(rebuilt.base).not.toBe(start.base);
    expect(rebuilt.changed.size).toBe(0);
    expect(rebuilt.superseded.size).toBe(0);
  });
});
