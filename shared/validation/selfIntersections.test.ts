import { formatMessage } from '../messages/message';
import { describe, expect, it } from 'vitest';
import type { LinearRing } from '../domain/geometry';
import { metres } from '../geometry/test/plotShapes';
import { RYAZAN_PLOTS, randomPolygons } from '../geometry/test/randomPlots';
import { findSelfIntersections, selfIntersectionMessage } from './selfIntersections';

function ring(points: readonly (readonly [number, number])[]): LinearRing {
  const positions = metres(points);
  return [...positions, positions[0] as (typeof positions)[number]];
}

describe('findSelfIntersections', () => {
  it('finds nothing in simple rings (2 000 random star-shaped plots)', () => {
    for (const plot of randomPolygons(41, 2_000, RYAZAN_PLOTS)) expect(findSelfIntersections(plot.coordinates[0] ?? [])).toEqual([]);
  });

  it('names the crossing segments of a bow tie and where they cross', () => {
    const found = findSelfIntersections(ring([[0, 0], [100, 60], [100, 0], [0, 60]]));
    expect(found).toHaveLength(1);
    expect(found[0]?.segments).toEqual([0, 2]);
    expect(found[0]?.kind).toBe('crossing');
    expect(formatMessage('en', selfIntersectionMessage(found))).toBe('The outline crosses itself: segment 1 (vertices 1–2) crosses segment 3 (vertices 3–4).');
    expect(formatMessage('ru', selfIntersectionMessage(found))).toBe('Контур пересекает сам себя: отрезок 1 (вершины 1–2) пересекает отрезок 3 (вершины 3–4).');
  });

  it('finds every crossing of a star drawn in one stroke (a pentagram: 5 crossings)', () => {
    const points = Array.from({ length: 5 }, (_, k) => {
      const angle = (k * 4 * Math.PI) / 5;
      return [100 * Math.cos(angle), 100 * Math.sin(angle)] as const;
    });
    expect(findSelfIntersections(ring(points))).toHaveLength(5);
  });

  it('finds a ring touching itself at a vertex, and a spike doubling back', () => {
    const touching = findSelfIntersections(ring([[0, 0], [100, 0], [100, 60], [50, 0.0001], [0, 60]]));
    expect(touching.map((found) => found.kind)).toContain('touching');
    const spike = findSelfIntersections(ring([[0, 0], [100, 0], [150, 0], [120, 0], [100, 60], [0, 60]]));
    expect(spike.length).toBeGreaterThan(0);
  });
});
