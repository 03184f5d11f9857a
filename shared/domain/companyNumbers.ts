/*
 * Check digits of the Russian company registration numbers a resident is recorded with: the INN
 * (ИНН, taxpayer number) and the OGRN (ОГРН, state registration number; ОГРНИП for a sole trader).
 * A typo in either is caught here before it reaches an investment committee's paper.
 *
 * Surrounding whitespace (from a paste) is forgiven; anything else that is not a digit, spaces inside
 * included, is refused, because ЕГРЮЛ never prints these numbers with separators.
 */

export const COMPANY_NUMBER_MESSAGE_KEYS = [
  'inn.empty',
  'inn.digits',
  'inn.length',
  'inn.checksum',
  'ogrn.empty',
  'ogrn.digits',
  'ogrn.length',
  'ogrn.checksum',
] as const;
/** i18n key of a finding, e.g. `inn.checksum`; the English message beside it is the fallback text. */
export type CompanyNumberMessageKey = (typeof COMPANY_NUMBER_MESSAGE_KEYS)[number];

/** Who the number belongs to: a legal entity (10-digit INN, 13-digit OGRN) or an individual (12 / 15). */
export type CompanyNumberHolder = 'legalEntity' | 'individual';

export type CompanyNumberCheck =
  | { readonly ok: true; readonly holder: CompanyNumberHolder }
  | { readonly ok: false; readonly message: string; readonly messageKey: CompanyNumberMessageKey; readonly params: Readonly<Record<string, number | string>> };

/** FNS weights (Приказ ФНС / Минфина on the INN format) for the check digits. */
const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INN12_FIRST_WEIGHTS = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INN12_SECOND_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

const fail = (messageKey: CompanyNumberMessageKey, message: string, params: Readonly<Record<string, number | string>> = {}): CompanyNumberCheck => ({ ok: false, message, messageKey, params });

function digitsOf(value: string): number[] {
  return Array.from(value, (char) => char.charCodeAt(0) - 48);
}

/** Σ weight·digit mod 11 mod 10: the INN check digit over the leading digits. */
function innCheckDigit(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  weights.forEach((weight, i) => {
    sum += weight * (digits[i] ?? 0);
  });
  return (sum % 11) % 10;
}

/** The leading digits read as one number, mod m, without leaving exact integer arithmetic. */
function remainderOf(digits: readonly number[], modulus: number): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + digit) % modulus;
  return remainder;
}

/** Shared shape checks; returns the trimmed digit string or a finding. */
function digitString(value: string, field: 'INN' | 'OGRN'): string | CompanyNumberCheck {
  const prefix = field === 'INN' ? 'inn' : 'ogrn';
  const trimmed = value.trim();
  if (trimmed === '') return fail(`${prefix}.empty`, `${field} is empty`);
  const stray = /\D/.exec(trimmed);
  if (stray !== null) {
    const what = /\s/.test(stray[0]) ? 'a space' : `"${stray[0]}"`;
    return fail(`${prefix}.digits`, `${field} must contain digits only (found ${what} at position ${stray.index + 1})`, { found: stray[0], position: stray.index + 1 });
  }
  return trimmed;
}

/**
 * Checks an INN: 10 digits for a legal entity (one check digit) or 12 for an individual or sole
 * trader (two check digits), with the FNS weights; surrounding whitespace is ignored.
 *
 * @example
 * checkInn('7707083893');  // { ok: true, holder: 'legalEntity' } — ПАО Сбербанк
 * checkInn('7707083894');  // { ok: false, messageKey: 'inn.checksum', message: 'INN check digit ...' }
 * checkInn('500100732259'); // { ok: true, holder: 'individual' }
 */
export function checkInn(value: string): CompanyNumberCheck {
  const text = digitString(value, 'INN');
  if (typeof text !== 'string') return text;
  const digits = digitsOf(text);
  if (digits.length === 10) {
    const expected = innCheckDigit(digits, INN10_WEIGHTS);
    if (digits[9] !== expected) return fail('inn.checksum', `INN check digit is wrong: the 10th digit should be ${expected}, not ${digits[9]}`, { place: 10, expected, found: digits[9] ?? '' });
    return { ok: true, holder: 'legalEntity' };
  }
  if (digits.length === 12) {
    const first = innCheckDigit(digits, INN12_FIRST_WEIGHTS);
    if (digits[10] !== first) return fail('inn.checksum', `INN check digit is wrong: the 11th digit should be ${first}, not ${digits[10]}`, { place: 11, expected: first, found: digits[10] ?? '' });
    const second = innCheckDigit(digits, INN12_SECOND_WEIGHTS);
    if (digits[11] !== second) return fail('inn.checksum', `INN check digit is wrong: the 12th digit should be ${second}, not ${digits[11]}`, { place: 12, expected: second, found: digits[11] ?? '' });
    return { ok: true, holder: 'individual' };
  }
  return fail('inn.length', `INN must have 10 digits (organisation) or 12 digits (individual), got ${digits.length}`, { count: digits.length });
}

/**
 * Checks an OGRN: 13 digits for a legal entity (the first 12 read as a number, mod 11, mod 10, is the
 * last digit) or a 15-digit ОГРНИП of a sole trader (the first 14, mod 13, mod 10); surrounding
 * whitespace is ignored.
 *
 * @example
 * checkOgrn('1027700132195');   // { ok: true, holder: 'legalEntity' } — ПАО Сбербанк
 * checkOgrn('304500116000157'); // { ok: true, holder: 'individual' }
 * checkOgrn('102770013219');    // { ok: false, messageKey: 'ogrn.length', ... }
 */
export function checkOgrn(value: string): CompanyNumberCheck {
  const text = digitString(value, 'OGRN');
  if (typeof text !== 'string') return text;
  const digits = digitsOf(text);
  const modulus = digits.length === 13 ? 11 : digits.length === 15 ? 13 : 0;
  if (modulus === 0) {
    return fail('ogrn.length', `OGRN must have 13 digits (organisation) or 15 digits (ОГРНИП, sole trader), got ${digits.length}`, { count: digits.length });
  }
  const expected = remainderOf(digits.slice(0, -1), modulus) % 10;
  const last = digits[digits.length - 1];
  if (last !== expected) {
    return fail('ogrn.checksum', `OGRN check digit is wrong: the last digit should be ${expected}, not ${last}`, { expected, found: last ?? '' });
  }
  return { ok: true, holder: modulus === 11 ? 'legalEntity' : 'individual' };
}
