import { describe, expect, it } from 'vitest';
import type { PolygonGeometry, Position } from '../domain/geometry';
import { parkLayout } from '../validation/test/parkLayout';
import { geodesicArea } from './geodesicArea';
import { createSnapIndex } from './snapIndex';
import { snapPosition } from './snapPosition';
import { frame, lineInMetres, rectangle } from './test/plotShapes';
import { seededRandom } from './test/randomPlots';

const plotA = rectangle(0, 0, 50, 70);
const plotB = rectangle(50, 0, 50, 70);
const spur = lineInMetres([[-20, 100], [120, 100]]);
const index = createSnapIndex([
  { id: 'plot:1', geometry: plotA },
  { id: 'plot:2', geometry: plotB },
  { id: 'spur:1', geometry: spur },
]);
const at = (x: number, y: number): Position => frame.toPosition([x, y]);

describe('snapPosition', () => {
  it('snaps to a vertex within the tolerance, copying its coordinates bit for bit', () => {
    const result = snapPosition(at(51, 69), index, 10, 0.25); // 2.5 m tolerance, 1.4 m away
    expect(result.kind).toBe('vertex');
    expect(result.position).toEqual(plotB.coordinates[0]?.[3]); // the same doubles, not rounded
    expect(['plot:1', 'plot:2']).toContain(result.featureId);
  });

  it('prefers a vertex to a nearer edge', () => {
    const result = snapPosition(at(48.5, 68.2), index, 10, 0.25); // 0.5 m from an edge, 2.3 m from a corner
    expect(result.kind).toBe('vertex');
  });

  it('snaps onto an edge when no vertex is near; the point lies on the edge geodesicArea measures', () => {
    const result = snapPosition(at(25, 0.8), index, 10, 0.25);
    expect(result.kind).toBe('edge');
    expect(result.featureId).toBe('plot:1');
    const [x, y] = frame.toXY(result.position);
    expect(x).toBeCloseTo(25, 6);
    expect(Math.abs(y)).toBeLessThan(1e-6);
    // Inserted into plot A's south edge, it leaves the area as it was.
    const ring = plotA.coordinates[0] ?? [];
    const withVertex: PolygonGeometry = { type: 'Polygon', coordinates: [[ring[0] as Position, result.position, ...ring.slice(1)]] };
    expect(Math.abs(geodesicArea(withVertex) / geodesicArea(plotA) - 1)).toBeLessThan(1e-10);
  });

  it('snaps to rail spurs and lines too', () => {
    const result = snapPosition(at(80, 101), index, 10, 0.25);
    expect(result).toMatchObject({ kind: 'edge', featureId: 'spur:1' });
  });

  it('leaves the position alone beyond the tolerance, and scales the tolerance with the zoom', () => {
    const cursor = at(25, 10);
    expect(snapPosition(cursor, index, 10, 0.25)).toEqual({ position: cursor, kind: 'none' });
    expect(snapPosition(cursor, index, 10, 2).kind).toBe('edge');
  });

  it('skips excluded features (the plot being edited)', () => {
    const result = snapPosition(at(1, 1), index, 10, 0.25, { exclude: (id) => id === 'plot:1' });
    expect(result.kind).toBe('none');
  });

  it('takes a plain list of features as well as an index, and copes with none', () => {
    expect(snapPosition(at(1, 1), [{ id: 7, geometry: plotA }], 10, 0.25)).toMatchObject({ kind: 'vertex', featureId: 7 });
    expect(snapPosition(at(1, 1), [], 10, 0.25).kind).toBe('none');
  });

  it('answers a query over 10 000 plots in well under a millisecond', () => {
    const layout = parkLayout({ plots: 10_000, overlapping: 0, outside: 0, seed: 3 });
    const big = createSnapIndex([...layout.plots.map((plot) => ({ id: plot.id, geometry: plot.geometry })), { id: -1, geometry: layout.boundary }]);
    const random = seededRandom(4);
    const cursors = Array.from({ length: 5_000 }, () => frame.toPosition([(random() - 0.5) * 5_000, (random() - 0.5) * 3_000]));
    for (const cursor of cursors.slice(0, 200)) snapPosition(cursor, big, 12, 0.5);
    const start = Date.now();
    let snapped = 0;
    for (const cursor of cursors) if (snapPosition(cursor, big, 12, 0.5).kind !== 'none') snapped++;
    const perQueryMs = (Date.now() - start) / cursors.length;
    expect(snapped).toBeGreaterThan(0);
    expect(perQueryMs).toBeLessThan(0.5);
  });
});
