/*
 * Plot codes as planners type them: «Р-01» in a document is often «P-01» with a Latin P, or «р‑01» with a
 * non-breaking hyphen. Codes are compared by a key that folds case, Latin letters that look like
 * Cyrillic ones, dash variants and spaces, so a code is one code however it was typed; the code itself is
 * stored as given.
 */

/** Latin capitals drawn like Cyrillic ones, mapped onto them. */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
};

/** Hyphens, dashes and the minus sign, all read as '-'. */
const DASHES = /[\u2010-\u2015\u2212\u00ad]/g;

/**
 * The key two codes compare by: equal keys are the same code.
 *
 * @example
 * plotCodeKey('P-01') === plotCodeKey('р‑01'); // true (Latin P, non-breaking hyphen)
 */
export function plotCodeKey(code: string): string {
  const upper = code.normalize('NFC').toLocaleUpperCase('ru').replaceAll('Ё', 'Е').replace(DASHES, '-').replace(/\s+/g, '');
  let key = '';
  for (const char of upper) key += LATIN_LOOKALIKES[char] ?? char;
  return key;
}

/** True when `code` contains `part` as codes compare (a search for «p-0» finds «Р-01»). */
export function plotCodeIncludes(code: string, part: string): boolean {
  return plotCodeKey(code).includes(plotCodeKey(part));
}

/**
 * The park's next code: its prefix and one more than the highest number already coded with it, so a
 * deleted or merged plot's code is not handed to a new plot. Codes of other shapes do not count.
 *
 * @example
 * nextPlotCode('Т-', ['Т-1', 'T-7', 'Т-3/1', 'А-12']); // 'Т-8'
 */
export function nextPlotCode(prefix: string, codes: Iterable<string>): string {
  return `${prefix}${highestPlotNumber(prefix, codes) + 1}`;
}

/** The highest n of the codes «prefix n…» among `codes` (0 when there is none). */
export function highestPlotNumber(prefix: string, codes: Iterable<string>): number {
  const stem = plotCodeKey(prefix);
  let highest = 0;
  for (const code of codes) {
    const key = plotCodeKey(code);
    if (!key.startsWith(stem)) continue;
    const number = /^\d+/.exec(key.slice(stem.length))?.[0];
    if (number !== undefined) highest = Math.max(highest, Number(number));
  }
  return highest;
}
