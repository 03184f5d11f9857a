import type { Position } from '../../../shared/domain/geometry';
import { geodesicArea } from '../../../shared/geometry/geodesicArea';
import { geodesicLength } from '../../../shared/geometry/geodesicLength';

/** What the overlay shows while a planner draws: geodesic figures, never Turf's spherical ones. */
export interface SketchFigures {
  /** Area of the outline closed back to its first vertex, m²; null for a line or fewer than 3 vertices. */
  readonly areaM2: number | null;
  /** Length of the whole line (for a polygon, its open outline so far), m. */
  readonly lengthM: number;
  /** Length of the segment being drawn, from the last vertex to the cursor, m; null without a cursor. */
  readonly segmentM: number | null;
}

export type SketchShape = 'polygon' | 'line';

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Drops repeated consecutive vertices (a double-click places two on one spot). */
export function withoutRepeats(vertices: readonly Position[]): Position[] {
  const kept: Position[] = [];
  for (const vertex of vertices) {
    const last = kept[kept.length - 1];
    if (last === undefined || !samePosition(last, vertex)) kept.push(vertex);
  }
  return kept;
}

/**
 * Figures for a sketch: `vertices` are the ones placed, `cursor` the rubber-band end (already snapped).
 * The area counts the cursor as the next vertex, as the outline on screen does.
 *
 * @example
 * sketchFigures([[39.6, 54.6], [39.601, 54.6], [39.601, 54.601]], [39.6, 54.601], 'polygon');
 * // → { areaM2: ≈ 7 194.2, lengthM: ≈ 175.9, segmentM: ≈ 64.6 }
 */
export function sketchFigures(vertices: readonly Position[], cursor: Position | null, shape: SketchShape): SketchFigures {
  const placed = withoutRepeats(vertices);
  const outline = withoutRepeats(cursor === null ? placed : [...placed, cursor]);
  const last = placed[placed.length - 1];
  const segmentM = cursor !== null && last !== undefined ? geodesicLength([last, cursor]) : null;
  let areaM2: number | null = null;
  if (shape === 'polygon' && outline.length >= 3) {
    const first = outline[0] as Position;
    areaM2 = geodesicArea({ type: 'Polygon', coordinates: [[...outline, first]] });
  }
  return { areaM2, lengthM: geodesicLength(outline), segmentM };
}
