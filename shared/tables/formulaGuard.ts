/*
 * CSV injection: a spreadsheet runs a cell that starts with = + - @ (and, after trimming, tab or CR) as a
 * formula — `=HYPERLINK(…)` in a resident's contact becomes a link in the planner's Excel. OWASP's advice
 * (https://owasp.org/www-community/attacks/CSV_Injection): prefix such a cell with a single quote so it
 * stays text, and quote the field. Only text is guarded; a number such as −5 is written as a number.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The text as a spreadsheet will keep it: as is, or with a leading ' where it would start a formula.
 *
 * @example
 * guardFormula('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * guardFormula('Р-1'); // 'Р-1'
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** True when the text would run as a formula unguarded. */
export const startsFormula = (text: string): boolean => FORMULA_START.test(text);
