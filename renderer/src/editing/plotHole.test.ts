import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../../../shared/domain/geometry';
import { withHole } from './plotHole';

const square: PolygonGeometry = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };

describe('withHole', () => {
  it('appends the ring wound against the outer ring', () => {
    const cut = withHole(square, [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4]]);
    expect(cut?.coordinates).toHaveLength(2);
    expect(cut?.coordinates[1]).toEqual([[0.2, 0.2], [0.4, 0.4], [0.4, 0.2], [0.2, 0.2]]);
    // Already clockwise: kept as drawn.
    expect(withHole(square, [[0.2, 0.2], [0.2, 0.4], [0.4, 0.4]])?.coordinates[1]).toEqual([[0.2, 0.2], [0.2, 0.4], [0.4, 0.4], [0.2, 0.2]]);
  });

  it('refuses a ring outside the plot, across its edge, or over another hole', () => {
    expect(withHole(square, [[2, 2], [3, 2], [3, 3]])).toBeNull();
    expect(withHole(square, [[0.5, 0.5], [1.5, 0.5], [1.5, 0.8]])).toBeNull();
    const holed = withHole(square, [[0.2, 0.2], [0.6, 0.2], [0.6, 0.6], [0.2, 0.6]]);
    expect(holed).not.toBeNull();
    expect(withHole(holed!, [[0.3, 0.3], [0.5, 0.3], [0.5, 0.5]])).toBeNull();
    expect(withHole(holed!, [[0.7, 0.7], [0.9, 0.7], [0.9, 0.9]])?.coordinates).toHaveLength(3);
  });
});
