/*
 * The arithmetic of the dashboard's small SVG charts, kept apart from the drawing so it can be tested:
 * a round top for an axis, evenly spaced ticks, and the segments of a stacked bar.
 */

const STEPS = [1, 2, 2.5, 5, 10] as const;

/**
 * The smallest «round» number (1, 2, 2.5 or 5 times a power of ten) at or above `value`, so an axis
 * ends on a figure a planner reads at a glance; 1 for nothing to show.
 *
 * @example
 * niceCeiling(437);  // 500
 * niceCeiling(0.12); // 0.2
 */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = STEPS.find((candidate) => candidate * power >= value * (1 - 1e-12)) ?? 10;
  return step * power;
}

/**
 * `count` + 1 ticks from 0 to `max` inclusive.
 *
 * @example
 * ticks(500, 5); // [0, 100, 200, 300, 400, 500]
 */
export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}

/** A value's length on an axis of `length` pixels that ends at `max`; never negative, never past the end. */
export function scaleLength(value: number, max: number, length: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.min(length, (value / max) * length);
}

export interface StackSegment<K extends string> {
  readonly key: K;
  readonly value: number;
  /** Where the segment starts and how long it is, in pixels. */
  readonly offset: number;
  readonly length: number;
  /** Its share of the total, 0–100. */
  readonly pct: number;
}

/**
 * A stacked bar of `length` pixels: each positive part in order, its share of their sum. Parts of zero
 * (or less) take no room and are left out.
 *
 * @example
 * stackSegments([['free', 30], ['built', 70]], 200);
 * // [{ key: 'free', offset: 0, length: 60, pct: 30, … }, { key: 'built', offset: 60, length: 140, pct: 70, … }]
 */
export function stackSegments<K extends string>(parts: readonly (readonly [K, number])[], length: number): StackSegment<K>[] {
  const shown = parts.filter(([, value]) => value > 0);
  const total = shown.reduce((sum, [, value]) => sum + value, 0);
  let offset = 0;
  return shown.map(([key, value]) => {
    const segment = { key, value, offset, length: (value / total) * length, pct: (value / total) * 100 };
    offset += segment.length;
    return segment;
  });
}
