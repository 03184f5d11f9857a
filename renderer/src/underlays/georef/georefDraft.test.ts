import { describe, expect, it } from 'vitest';
import { draftFit, georefReducer, sameStored, type GeorefAction, type GeorefDraft } from './georefDraft';

// A 400 px scan at 5 m a pixel, north up, its top-left at X 453 160, Y 1 321 100 (МСК-62-1).
const mapOf = (px: number, py: number) => ({ x: 453_160 - py * 5, y: 1_321_100 + px * 5 });
const start: GeorefDraft = { crs: 'MSK-62-1', transform: 'affine', points: [], pending: null };
const run = (draft: GeorefDraft, actions: readonly GeorefAction[]) => actions.reduce(georefReducer, draft);
const placed = (px: number, py: number): GeorefAction[] => [{ type: 'place-pixel', px, py }, { type: 'place-map', ...mapOf(px, py) }];

describe('georefReducer', () => {
  it('makes a control point of a scan pixel and the map point that follows it', () => {
    const begun = georefReducer(start, { type: 'place-pixel', px: 10, py: 20 });
    expect(begun.pending).toEqual({ px: 10, py: 20 });
    const done = georefReducer(begun, { type: 'place-map', x: 1, y: 2 });
    expect(done.points).toEqual([{ px: 10, py: 20, x: 1, y: 2 }]);
    expect(done.pending).toBeNull();
  });

  it('ignores a map point with no scan pixel waiting for it', () => {
    expect(georefReducer(start, { type: 'place-map', x: 1, y: 2 })).toBe(start);
  });

  it('fits once the transform has its points, and the fit follows a moved and a deleted point', () => {
    const three = run(start, [...placed(0, 0), ...placed(400, 0), ...placed(400, 400)]);
    const fit = draftFit(three);
    expect(fit.ok && fit.fit.rms).toBeLessThan(1e-6);
    expect(draftFit(georefReducer(three, { type: 'transform', transform: 'projective' }))).toMatchObject({ ok: false, reason: 'too-few-points', needed: 4 });
    const four = run(three, placed(0, 400));
    // One pixel moved 10 px off: the affine fit spreads the error, each point shows a residual.
    const moved = georefReducer(four, { type: 'move-pixel', index: 3, px: 10, py: 400 });
    const off = draftFit(moved);
    expect(off.ok && off.fit.rms).toBeGreaterThan(10);
    expect(off.ok && off.fit.residuals.every((r) => r.distance > 1)).toBe(true);
    const back = georefReducer(moved, { type: 'move-map', index: 3, ...mapOf(10, 400) });
    expect(draftFit(back).ok && (draftFit(back) as { fit: { rms: number } }).fit.rms).toBeLessThan(1e-6);
    const deleted = georefReducer(moved, { type: 'delete', index: 3 });
    expect(deleted.points).toHaveLength(3);
    expect(sameStored(deleted, three)).toBe(true);
  });
});
