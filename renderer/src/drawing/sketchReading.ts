import type { Position } from '../../../shared/domain/geometry';

/** The parts of a terra-draw feature a sketch reading needs (terra-draw's own type is wider). */
export interface SketchFeatureLike {
  readonly geometry: { readonly type: string; readonly coordinates: unknown };
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface SketchReading {
  readonly placed: readonly Position[];
  readonly cursor: Position | null;
}

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number';

const positions = (value: unknown): Position[] =>
  Array.isArray(value) ? value.filter(isPosition).map((p) => [p[0], p[1]] as const) : [];

/**
 * Splits an in-progress terra-draw sketch into the vertices placed and the rubber-band point under the
 * cursor. terra-draw keeps the count of committed vertices in `committedCoordinateCount`; a polygon's
 * ring is closed, so its last position (a copy of the first) is dropped. A finished feature (no count)
 * is all placed.
 *
 * @example
 * readSketch({ geometry: { type: 'LineString', coordinates: [a, b, c] }, properties: { committedCoordinateCount: 2 } });
 * // → { placed: [a, b], cursor: c }
 */
export function readSketch(feature: SketchFeatureLike): SketchReading {
  const { type, coordinates } = feature.geometry;
  const all = type === 'Polygon' && Array.isArray(coordinates) ? positions(coordinates[0]).slice(0, -1) : type === 'LineString' ? positions(coordinates) : [];
  const committed = feature.properties['committedCoordinateCount'];
  if (typeof committed !== 'number' || feature.properties['currentlyDrawing'] !== true) return { placed: all, cursor: null };
  return { placed: all.slice(0, committed), cursor: all[committed] ?? null };
}
