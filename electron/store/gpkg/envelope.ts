import type { DomainGeometry, Position } from '../../../shared/domain/geometry';

/** A 2D bounding box in the GeoPackage envelope order (minx, maxx, miny, maxy) named by axis. */
export interface Envelope {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/** The geometry's rings (a line is one), walked in place: no flat() copy, since every insert and rtree trigger comes here. */
function ringsOf(geometry: DomainGeometry): readonly (readonly Position[])[] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
  }
}

/**
 * The bounding box of a geometry, or null when it has no positions (an empty geometry).
 *
 * @example
 * geometryEnvelope({ type: 'LineString', coordinates: [[39.6, 54.7], [39.5, 54.8]] });
 * // → { minX: 39.5, maxX: 39.6, minY: 54.7, maxY: 54.8 }
 */
export function geometryEnvelope(geometry: DomainGeometry): Envelope | null {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const ring of ringsOf(geometry)) {
    for (const [x, y] of ring) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return minX === Infinity ? null : { minX, maxX, minY, maxY };
}

/** The smallest envelope holding both; either may be null (nothing yet). */
export function unionEnvelopes(a: Envelope | null, b: Envelope | null): Envelope | null {
  if (a === null) return b;
  if (b === null) return a;
  return {
    minX: Math.min(a.minX, b.minX),
    maxX: Math.max(a.maxX, b.maxX),
    minY: Math.min(a.minY, b.minY),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

/** The box holding both; null only when both are. */
export function widened(a: Envelope | null, b: Envelope | null): Envelope | null {
  if (a === null || b === null) return a ?? b;
  return { minX: Math.min(a.minX, b.minX), maxX: Math.max(a.maxX, b.maxX), minY: Math.min(a.minY, b.minY), maxY: Math.max(a.maxY, b.maxY) };
}
