import { describe, expect, it } from 'vitest';
import { AUTHALIC_RADIUS_SQUARED, authalicSine } from './authalic';
import { WGS84_A, WGS84_E2 } from './wgs84';

// The closed form the series replaces: q(φ) = (1 − e²)·[sin φ/(1 − e² sin² φ) + atanh(e sin φ)/e].
const e = Math.sqrt(WGS84_E2);
function q(sinPhi: number): number {
  return (1 - WGS84_E2) * (sinPhi / (1 - WGS84_E2 * sinPhi * sinPhi) + Math.atanh(e * sinPhi) / e);
}

describe('authalic latitude', () => {
  it('matches the closed form q(φ)/q(90°) to 1e-15 from the equator to the pole', () => {
    for (let degrees = -90; degrees <= 90; degrees += 0.5) {
      const sinPhi = Math.sin((degrees * Math.PI) / 180);
      expect(Math.abs(authalicSine(sinPhi) - q(sinPhi) / q(1))).toBeLessThan(1e-15);
    }
  });

  it('keeps the poles and the equator fixed', () => {
    expect(authalicSine(1)).toBe(1);
    expect(authalicSine(-1)).toBe(-1);
    expect(authalicSine(0)).toBe(0);
  });

  it('uses the WGS84 authalic radius R_q = 6 371 007.1809 m', () => {
    expect(Math.sqrt(AUTHALIC_RADIUS_SQUARED)).toBeCloseTo(6_371_007.1809, 4);
    expect(AUTHALIC_RADIUS_SQUARED).toBeCloseTo((WGS84_A * WGS84_A * q(1)) / 2, 0);
  });
});
