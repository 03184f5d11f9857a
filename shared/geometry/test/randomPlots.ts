import type { LinearRing, PolygonGeometry, Position } from '../../domain/geometry';

/*
 * Deterministic random polygons for the accuracy tests and the area benchmark: star-shaped rings
 * (so never self-intersecting), wound counter-clockwise, scaled to a target area.
 */

/** mulberry32: a tiny seeded PRNG, so that every run builds the same polygons. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomPolygonOptions {
  readonly centerLon: number;
  readonly centerLat: number;
  /** Half-width of the square, in degrees, over which polygon centres are spread. */
  readonly spreadDeg: number;
  readonly minVertices: number;
  readonly maxVertices: number;
  /** Target area range in m² (the result lands within a few per cent of the target). */
  readonly minAreaM2: number;
  readonly maxAreaM2: number;
}

export const RYAZAN_PLOTS: RandomPolygonOptions = {
  centerLon: 39.6,
  centerLat: 54.6,
  spreadDeg: 0.05,
  minVertices: 5,
  maxVertices: 12,
  minAreaM2: 5_000,
  maxAreaM2: 200_000,
};

/** Park-boundary-sized polygons: 300–700 ha with edges of about 1–3 km. */
export const BOUNDARY_POLYGONS: RandomPolygonOptions = {
  centerLon: 39.6,
  centerLat: 55,
  spreadDeg: 1,
  minVertices: 5,
  maxVertices: 12,
  minAreaM2: 3_000_000,
  maxAreaM2: 7_000_000,
};

const METRES_PER_DEGREE = 111_320;

function between(random: () => number, min: number, max: number): number {
  return min + (max - min) * random();
}

export function randomPolygon(random: () => number, options: RandomPolygonOptions): PolygonGeometry {
  const count = Math.floor(between(random, options.minVertices, options.maxVertices + 1));
  const lon0 = options.centerLon + between(random, -options.spreadDeg, options.spreadDeg);
  const lat0 = options.centerLat + between(random, -options.spreadDeg, options.spreadDeg);
  const angles = Array.from({ length: count }, (_, i) => ((i + between(random, 0.1, 0.9)) / count) * 2 * Math.PI);
  const radii = angles.map(() => between(random, 0.6, 1.4));
  // Planar area of the unit-scale star, to scale it to the target area.
  let unitArea = 0;
  for (let i = 0; i < count; i++) {
    const j = (i + 1) % count;
    unitArea += 0.5 * (radii[i] ?? 0) * (radii[j] ?? 0) * Math.sin((angles[j] ?? 0) - (angles[i] ?? 0) + (j === 0 ? 2 * Math.PI : 0));
  }
  const scale = Math.sqrt(between(random, options.minAreaM2, options.maxAreaM2) / unitArea);
  const cosLat = Math.cos((lat0 * Math.PI) / 180);
  const ring: Position[] = angles.map((angle, i) => {
    const r = (radii[i] ?? 1) * scale;
    return [lon0 + (r * Math.cos(angle)) / (METRES_PER_DEGREE * cosLat), lat0 + (r * Math.sin(angle)) / METRES_PER_DEGREE];
  });
  const first = ring[0];
  if (first !== undefined) ring.push(first);
  return { type: 'Polygon', coordinates: [ring] };
}

export function randomPolygons(seed: number, count: number, options: RandomPolygonOptions): PolygonGeometry[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => randomPolygon(random, options));
}

export function reversedRing(ring: LinearRing): LinearRing {
  return [...ring].reverse();
}
