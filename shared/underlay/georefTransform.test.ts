import { describe, expect, it } from 'vitest';
import type { ControlPoint } from '../domain/underlay';
import { fitGeoreference } from './georefTransform';

// Known transforms in an МСК-62-sized frame: control points are made by them, the fit must give them back.
const X0 = 470_123.4;
const Y0 = 1_290_567.8;

/** A scan at 0.5 m a pixel, turned 12° and shifted: pixel → (X north, Y east). */
function helmertTruth(px: number, py: number): { x: number; y: number } {
  const angle = (12 * Math.PI) / 180;
  const scale = 0.5;
  const e = scale * (Math.cos(angle) * px + Math.sin(angle) * py);
  const n = scale * (Math.sin(angle) * px - Math.cos(angle) * py);
  return { x: X0 + n, y: Y0 + e };
}

function affineTruth(px: number, py: number): { x: number; y: number } {
  return { x: X0 - 0.48 * py + 0.03 * px, y: Y0 + 0.52 * px + 0.01 * py };
}

function projectiveTruth(px: number, py: number): { x: number; y: number } {
  const w = 1 + 2e-5 * px - 1e-5 * py;
  return { x: X0 + (-0.5 * py + 0.02 * px) / w, y: Y0 + (0.5 * px + 0.05 * py) / w };
}

const PIXELS: readonly [number, number][] = [[0, 0], [4000, 0], [4000, 3000], [0, 3000], [1800, 1200], [3100, 2500]];
const pointsBy = (truth: (px: number, py: number) => { x: number; y: number }, count: number): ControlPoint[] =>
  PIXELS.slice(0, count).map(([px, py]) => ({ px, py, ...truth(px, py) }));

describe('fitGeoreference', () => {
  it.each([
    ['helmert', helmertTruth, 2],
    ['affine', affineTruth, 3],
    ['projective', projectiveTruth, 4],
  ] as const)('gives back a known %s from its fewest points, to a millimetre away from them', (kind, truth, count) => {
    const outcome = fitGeoreference(kind, pointsBy(truth, count));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.fit.rms).toBeLessThan(1e-6);
    for (const [px, py] of [[2222, 777], [-500, 3500], [4100, 1500]] as const) {
      const fitted = outcome.fit.toMap(px, py);
      const expected = truth(px, py);
      expect(Math.abs(fitted.x - expected.x)).toBeLessThan(1e-3);
      expect(Math.abs(fitted.y - expected.y)).toBeLessThan(1e-3);
    }
  });

  it('flips the row axis: rows grow southwards, so a north-up scan is no mirror image', () => {
    const outcome = fitGeoreference('helmert', [{ px: 0, py: 0, x: 100, y: 200 }, { px: 10, py: 0, x: 100, y: 210 }]);
    if (!outcome.ok) throw new Error(outcome.reason);
    const below = outcome.fit.toMap(0, 10);
    expect(below.x).toBeCloseTo(90, 9);
    expect(below.y).toBeCloseTo(200, 9);
  });

  it('reports the residual of a misplaced point and the RMS in metres', () => {
    const points = pointsBy(affineTruth, 6);
    const moved = points.map((p, i) => (i === 4 ? { ...p, x: p.x + 3 } : p));
    const outcome = fitGeoreference('affine', moved);
    if (!outcome.ok) throw new Error(outcome.reason);
    const { residuals, rms } = outcome.fit;
    expect(residuals).toHaveLength(6);
    // Least squares spreads the 3 m error: the moved point keeps the largest share, opposite in sign.
    const worst = residuals.reduce((a, b) => (b.distance > a.distance ? b : a));
    expect(residuals.indexOf(worst)).toBe(4);
    expect(worst.dx).toBeLessThan(-1);
    // For an affine fit with a constant term the residuals sum to zero along each axis.
    expect(Math.abs(residuals.reduce((s, r) => s + r.dx, 0))).toBeLessThan(1e-6);
    expect(rms).toBeCloseTo(Math.sqrt(residuals.reduce((s, r) => s + r.distance ** 2, 0) / 6), 12);
    expect(rms).toBeGreaterThan(0.5);
  });

  it('with more points than needed, keeps random sub-centimetre noise at that size', () => {
    let seed = 7;
    const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 0.01;
    const noisy = pointsBy(projectiveTruth, 6).map((p) => ({ ...p, x: p.x + noise(), y: p.y + noise() }));
    const outcome = fitGeoreference('projective', noisy);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.fit.rms).toBeLessThan(0.01);
  });

  it('says how many points a transform needs, and refuses points that fix nothing', () => {
    expect(fitGeoreference('affine', pointsBy(affineTruth, 2))).toEqual({ ok: false, reason: 'too-few-points', needed: 3 });
    expect(fitGeoreference('projective', pointsBy(projectiveTruth, 3))).toEqual({ ok: false, reason: 'too-few-points', needed: 4 });
    const collinear = [0, 1, 2].map((i) => ({ px: i * 100, py: i * 100, x: X0 + i, y: Y0 + i }));
    expect(fitGeoreference('affine', collinear)).toEqual({ ok: false, reason: 'degenerate' });
    const same = [{ px: 5, py: 5, x: X0, y: Y0 }, { px: 5, py: 5, x: X0, y: Y0 }];
    expect(fitGeoreference('helmert', same)).toEqual({ ok: false, reason: 'degenerate' });
  });
});
