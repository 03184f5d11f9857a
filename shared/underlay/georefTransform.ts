import type { ControlPoint, GeorefTransformKind } from '../domain/underlay';
import { solveLeastSquares } from './leastSquares';

/*
 * The transforms that place a scanned plan on the map, fitted through control points by least squares as
 * QGIS's georeferencer fits them: Helmert (shift, rotation, one scale: 4 unknowns, ≥ 2 points), affine
 * (6 unknowns, ≥ 3 points) and projective (8 unknowns, ≥ 4 points; the plane-to-plane homography a photo of
 * a sheet needs). Pixels are (column, row) from the top-left; the map side is easting/northing (Y, X of an
 * МСК), so the row axis is flipped before fitting and a Helmert is a similarity, not a mirror.
 */

/** Fewest control points each transform needs. */
export const MIN_CONTROL_POINTS: Readonly<Record<GeorefTransformKind, number>> = { helmert: 2, affine: 3, projective: 4 };

/** One control point's residual: fitted minus given map point, in map units (metres in an МСК). */
export interface ControlPointResidual {
  /** Along X (north). */
  readonly dx: number;
  /** Along Y (east). */
  readonly dy: number;
  readonly distance: number;
}

export interface GeorefFit {
  readonly kind: GeorefTransformKind;
  /** Pixel (column, row) → map (X north, Y east). */
  readonly toMap: (px: number, py: number) => { readonly x: number; readonly y: number };
  readonly residuals: readonly ControlPointResidual[];
  /** √(Σ distance² / n), in map units. */
  readonly rms: number;
}

export type GeorefFitOutcome =
  | { readonly ok: true; readonly fit: GeorefFit }
  | { readonly ok: false; readonly reason: 'too-few-points'; readonly needed: number }
  | { readonly ok: false; readonly reason: 'degenerate' };

interface Normalizer {
  readonly cx: number;
  readonly cy: number;
  readonly s: number;
}

/** Centre and scale a point set to about unit size, so the normal equations keep their precision. */
function normalizer(points: readonly (readonly [number, number])[]): Normalizer {
  const cx = points.reduce((sum, p) => sum + p[0], 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p[1], 0) / points.length;
  const spread = Math.sqrt(points.reduce((sum, p) => sum + (p[0] - cx) ** 2 + (p[1] - cy) ** 2, 0) / points.length);
  return { cx, cy, s: spread > 0 ? spread : 1 };
}

type PlaneMap = (u: number, v: number) => readonly [number, number];

function fitHelmert(src: readonly (readonly [number, number])[], dst: readonly (readonly [number, number])[]): PlaneMap | null {
  const rows: number[][] = [];
  const rhs: number[] = [];
  src.forEach(([u, v], i) => {
    const [e, n] = dst[i] as readonly [number, number];
    rows.push([u, -v, 1, 0], [v, u, 0, 1]);
    rhs.push(e, n);
  });
  const p = solveLeastSquares(rows, rhs);
  if (p === null) return null;
  const [a = 0, b = 0, tx = 0, ty = 0] = p;
  return (u, v) => [a * u - b * v + tx, b * u + a * v + ty];
}

function fitAffine(src: readonly (readonly [number, number])[], dst: readonly (readonly [number, number])[]): PlaneMap | null {
  const rows = src.map(([u, v]) => [u, v, 1]);
  const east = solveLeastSquares(rows, dst.map((d) => d[0]));
  const north = solveLeastSquares(rows, dst.map((d) => d[1]));
  if (east === null || north === null) return null;
  const [a1 = 0, a2 = 0, a0 = 0] = east;
  const [b1 = 0, b2 = 0, b0 = 0] = north;
  return (u, v) => [a1 * u + a2 * v + a0, b1 * u + b2 * v + b0];
}

function fitProjective(src: readonly (readonly [number, number])[], dst: readonly (readonly [number, number])[]): PlaneMap | null {
  // The homography multiplied out (h8 = 1): linear in h, exact for four points, algebraic least squares beyond.
  const rows: number[][] = [];
  const rhs: number[] = [];
  src.forEach(([u, v], i) => {
    const [e, n] = dst[i] as readonly [number, number];
    rows.push([u, v, 1, 0, 0, 0, -u * e, -v * e], [0, 0, 0, u, v, 1, -u * n, -v * n]);
    rhs.push(e, n);
  });
  const h = solveLeastSquares(rows, rhs);
  if (h === null) return null;
  const [h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0, h7 = 0] = h;
  return (u, v) => {
    const w = h6 * u + h7 * v + 1;
    return [(h0 * u + h1 * v + h2) / w, (h3 * u + h4 * v + h5) / w];
  };
}

const FITTERS: Readonly<Record<GeorefTransformKind, typeof fitAffine>> = { helmert: fitHelmert, affine: fitAffine, projective: fitProjective };

/**
 * Fits `kind` through the control points and gives each point's residual and the RMS in map units.
 *
 * @example
 * const outcome = fitGeoreference('helmert', [{ px: 0, py: 0, x: 100, y: 200 }, { px: 10, py: 0, x: 100, y: 210 }]);
 * outcome.ok && outcome.fit.toMap(5, 5); // { x: 95, y: 205 }
 */
export function fitGeoreference(kind: GeorefTransformKind, points: readonly ControlPoint[]): GeorefFitOutcome {
  const needed = MIN_CONTROL_POINTS[kind];
  if (points.length < needed) return { ok: false, reason: 'too-few-points', needed };
  const pixels = points.map((p): [number, number] => [p.px, -p.py]);
  const map = points.map((p): [number, number] => [p.y, p.x]);
  const ns = normalizer(pixels);
  const nd = normalizer(map);
  const src = pixels.map(([u, v]): [number, number] => [(u - ns.cx) / ns.s, (v - ns.cy) / ns.s]);
  const dst = map.map(([e, n]): [number, number] => [(e - nd.cx) / nd.s, (n - nd.cy) / nd.s]);
  const plane = FITTERS[kind](src, dst);
  if (plane === null) return { ok: false, reason: 'degenerate' };
  const toMap = (px: number, py: number) => {
    const [e, n] = plane((px - ns.cx) / ns.s, (-py - ns.cy) / ns.s);
    return { x: n * nd.s + nd.cy, y: e * nd.s + nd.cx };
  };
  const residuals = points.map((p) => {
    const fitted = toMap(p.px, p.py);
    const dx = fitted.x - p.x;
    const dy = fitted.y - p.y;
    return { dx, dy, distance: Math.hypot(dx, dy) };
  });
  if (!residuals.every((r) => Number.isFinite(r.distance))) return { ok: false, reason: 'degenerate' };
  const rms = Math.sqrt(residuals.reduce((sum, r) => sum + r.distance ** 2, 0) / residuals.length);
  return { ok: true, fit: { kind, toMap, residuals, rms } };
}
