import { WGS84_A, WGS84_E2 } from './wgs84';

/*
 * The authalic (equal-area) sphere of the WGS84 ellipsoid. Mapping geodetic latitude φ to authalic
 * latitude β, with sin β = q(φ) / q(90°), preserves area exactly, so areas on the ellipsoid become
 * spherical-excess sums on a sphere of radius R_q.
 *
 * q(φ) = (1 − e²)·[sin φ / (1 − e² sin² φ) + atanh(e sin φ) / e]
 *      = 2(1 − e²)·sin φ·Σ (k+1)/(2k+1)·(e² sin² φ)^k,
 * a series in e² sin² φ ≤ 0.0067; nine terms leave a remainder below 1e-19, so the series is
 * exact in double precision and needs no logarithm.
 */
const TERMS = 9;

function seriesCoefficients(): number[] {
  const coefficients: number[] = [];
  let e2k = 1;
  for (let k = 0; k < TERMS; k++) {
    coefficients.push(((k + 1) / (2 * k + 1)) * e2k);
    e2k *= WGS84_E2;
  }
  return coefficients;
}

const RAW = seriesCoefficients();
/** Σ (k+1)/(2k+1)·e^{2k}: the series at the pole, so that q(φ)/q(90°) = sin φ·S(sin² φ)/POLE_SUM. */
const POLE_SUM = RAW.reduce((sum, c) => sum + c, 0);

function coefficient(k: number): number {
  return (RAW[k] ?? 0) / POLE_SUM;
}

// Unrolled for the hot loop in geodesicArea: Horner form in w = sin² φ.
const C0 = coefficient(0);
const C1 = coefficient(1);
const C2 = coefficient(2);
const C3 = coefficient(3);
const C4 = coefficient(4);
const C5 = coefficient(5);
const C6 = coefficient(6);
const C7 = coefficient(7);
const C8 = coefficient(8);

/**
 * sin β, the sine of the authalic latitude, from sin φ, the sine of the geodetic latitude.
 *
 * @example
 * authalicSine(Math.sin((54.6 * Math.PI) / 180)); // ≈ 0.813900, slightly below sin 54.6° ≈ 0.815128
 */
export function authalicSine(sinPhi: number): number {
  const w = sinPhi * sinPhi;
  return sinPhi * (C0 + w * (C1 + w * (C2 + w * (C3 + w * (C4 + w * (C5 + w * (C6 + w * (C7 + w * C8))))))));
}

/** R_q², the squared radius of the sphere with the same surface area as the WGS84 ellipsoid (R_q ≈ 6371007.18 m). */
export const AUTHALIC_RADIUS_SQUARED = WGS84_A * WGS84_A * (1 - WGS84_E2) * POLE_SUM;
