/**
 * A small seeded PRNG (mulberry32): the demo must come out byte for byte the same on every run, so nothing
 * in the generator may call Math.random.
 *
 * @example
 * const random = seededRandom(62);
 * random.int(1, 6); // the same number on every run
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A string of `length` decimal digits (leading zeros allowed). */
  digits(length: number): string;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    digits(length: number): string {
      let text = '';
      for (let i = 0; i < length; i += 1) text += String(int(0, 9));
      return text;
    },
  };
}
