import type { SeededRandom } from './seededRandom';

/*
 * Check digits of Russian company registration numbers, kept local to the demo generator on purpose:
 * the validators the app uses live (or will live) in shared/, and the demo test checks the output with
 * its own independent code.
 */

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

/**
 * Check digit of a legal entity's 10-digit INN from its first nine digits.
 *
 * @example
 * inn10CheckDigit('770708389'); // 3 — ИНН 7707083893
 */
export function inn10CheckDigit(firstNine: string): number {
  if (!/^\d{9}$/.test(firstNine)) throw new Error(`INN body must be 9 digits: ${firstNine}`);
  let sum = 0;
  INN10_WEIGHTS.forEach((weight, i) => {
    sum += weight * Number(firstNine[i]);
  });
  return (sum % 11) % 10;
}

/**
 * Check digit of a 13-digit OGRN from its first twelve digits: the number modulo 11, then modulo 10.
 *
 * @example
 * ogrnCheckDigit('102770013219'); // 5 — ОГРН 1027700132195
 */
export function ogrnCheckDigit(firstTwelve: string): number {
  if (!/^\d{12}$/.test(firstTwelve)) throw new Error(`OGRN body must be 12 digits: ${firstTwelve}`);
  return Number((BigInt(firstTwelve) % 11n) % 10n);
}

/** An invented company's INN and OGRN registered in `region` (two digits) at tax office `office`. */
export interface CompanyNumbers {
  readonly inn: string;
  readonly ogrn: string;
}

/**
 * Invents a legal entity's INN (10 digits) and OGRN (13 digits) with valid check digits.
 * INN: region (2) + tax office (2) + record (5) + check. OGRN: 1 + year (2) + region (2) + office (2) + record (5) + check.
 *
 * @example
 * companyNumbers(seededRandom(1), { region: '62', office: '15', year: 2018 }).inn.startsWith('6215'); // true
 */
export function companyNumbers(
  random: SeededRandom,
  registration: { readonly region: string; readonly office: string; readonly year: number },
): CompanyNumbers {
  const innBody = `${registration.region}${registration.office}${random.digits(5)}`;
  const year = String(registration.year % 100).padStart(2, '0');
  const ogrnBody = `1${year}${registration.region}${registration.office}${random.digits(5)}`;
  return { inn: `${innBody}${inn10CheckDigit(innBody)}`, ogrn: `${ogrnBody}${ogrnCheckDigit(ogrnBody)}` };
}
