import { describe, expect, it } from 'vitest';
import { checkInn, checkOgrn } from './companyNumbers';

/*
 * Real public numbers from ЕГРЮЛ/ЕГРИП. Each is also worked out by hand below, so that the test
 * does not lean on the code it checks: the INN sums are written out term by term, and the OGRN
 * division is checked as quotient·m + remainder with BigInt.
 */

describe('checkInn, real legal entities (10 digits)', () => {
  it('accepts ПАО Сбербанк 7707083893: 2·7+4·7+10·0+3·7+5·0+9·8+4·3+6·8+8·9 = 267, 267 mod 11 = 3', () => {
    expect(2 * 7 + 4 * 7 + 10 * 0 + 3 * 7 + 5 * 0 + 9 * 8 + 4 * 3 + 6 * 8 + 8 * 9).toBe(267);
    expect(267 % 11).toBe(3);
    expect(checkInn('7707083893')).toEqual({ ok: true, holder: 'legalEntity' });
  });

  it('accepts ООО «Яндекс» 7736207543: Σ = 190, 190 mod 11 = 3', () => {
    expect(2 * 7 + 4 * 7 + 10 * 3 + 3 * 6 + 5 * 2 + 9 * 0 + 4 * 7 + 6 * 5 + 8 * 4).toBe(190);
    expect(190 % 11).toBe(3);
    expect(checkInn('7736207543').ok).toBe(true);
  });

  it('accepts ПАО «Газпром» 7736050003: Σ = 135, 135 mod 11 = 3', () => {
    expect(2 * 7 + 4 * 7 + 10 * 3 + 3 * 6 + 5 * 0 + 9 * 5 + 4 * 0 + 6 * 0 + 8 * 0).toBe(135);
    expect(135 % 11).toBe(3);
    expect(checkInn('7736050003').ok).toBe(true);
  });

  it('refuses every other last digit, naming the digit it expected', () => {
    for (let digit = 0; digit <= 9; digit++) {
      if (digit === 3) continue;
      const result = checkInn(`773620754${digit}`);
      expect(result).toMatchObject({ ok: false, messageKey: 'inn.checksum' });
      if (!result.ok) expect(result.message).toMatch(/^INN .*should be 3, not \d/);
    }
  });
});

describe('checkInn, individuals (12 digits)', () => {
  it('accepts 500100732259: 11th digit 148 mod 11 = 5, 12th digit 141 mod 11 = 9', () => {
    expect(7 * 5 + 2 * 0 + 4 * 0 + 10 * 1 + 3 * 0 + 5 * 0 + 9 * 7 + 4 * 3 + 6 * 2 + 8 * 2).toBe(148);
    expect(3 * 5 + 7 * 0 + 2 * 0 + 4 * 1 + 10 * 0 + 3 * 0 + 5 * 7 + 9 * 3 + 4 * 2 + 6 * 2 + 8 * 5).toBe(141);
    expect([148 % 11, 141 % 11]).toEqual([5, 9]);
    expect(checkInn('500100732259')).toEqual({ ok: true, holder: 'individual' });
  });

  it('refuses a wrong 11th or 12th digit', () => {
    expect(checkInn('500100732269')).toMatchObject({ ok: false, messageKey: 'inn.checksum' });
    expect(checkInn('500100732258')).toMatchObject({ ok: false, messageKey: 'inn.checksum' });
  });
});

describe('checkInn, shape', () => {
  it('trims surrounding whitespace but refuses inner spaces and letters', () => {
    expect(checkInn('  7707083893\n').ok).toBe(true);
    expect(checkInn('7707 083893')).toMatchObject({ ok: false, messageKey: 'inn.digits' });
    const letter = checkInn('77070838A3');
    expect(letter).toMatchObject({ ok: false, messageKey: 'inn.digits' });
    if (!letter.ok) expect(letter.message).toContain('"A" at position 9');
  });

  it('refuses a wrong length and an empty value', () => {
    for (const value of ['770708389', '77070838930', '7707083893000']) {
      expect(checkInn(value)).toMatchObject({ ok: false, messageKey: 'inn.length' });
    }
    expect(checkInn('   ')).toMatchObject({ ok: false, messageKey: 'inn.empty' });
  });
});

describe('checkOgrn', () => {
  const ogrnCases = [
    ['1027700132195', 'ПАО Сбербанк', 9_342_728_474n, 5n],
    ['1027700229193', 'ООО «Яндекс»', 9_342_729_356n, 3n],
    ['1027700070518', 'ПАО «Газпром»', 9_342_727_913n, 8n],
  ] as const;

  for (const [ogrn, name, quotient, remainder] of ogrnCases) {
    it(`accepts ${name} ${ogrn}: first 12 digits = 11·${quotient} + ${remainder}`, () => {
      expect(11n * quotient + remainder).toBe(BigInt(ogrn.slice(0, 12)));
      expect(remainder % 10n).toBe(BigInt(ogrn.slice(12)));
      expect(checkOgrn(ogrn)).toEqual({ ok: true, holder: 'legalEntity' });
    });
  }

  it('accepts the ОГРНИП 304500116000157: first 14 digits = 13·2342308584616 + 7', () => {
    expect(13n * 2_342_308_584_616n + 7n).toBe(30_450_011_600_015n);
    expect(checkOgrn('304500116000157')).toEqual({ ok: true, holder: 'individual' });
  });

  it('takes the remainder mod 10 when it is 10 (a 13-digit OGRN whose first 12 digits are ≡ 10 mod 11)', () => {
    // 10¹¹ ≡ (−1)¹¹ ≡ 10 (mod 11), so 100000000000 leaves 10 and the check digit is 0, not 10.
    expect(100_000_000_000n % 11n).toBe(10n);
    expect(checkOgrn('1000000000000').ok).toBe(true);
    expect(checkOgrn('1000000000001')).toMatchObject({ ok: false, messageKey: 'ogrn.checksum' });
  });

  it('refuses a wrong check digit, a wrong length, letters and inner spaces', () => {
    expect(checkOgrn('1027700132196')).toMatchObject({ ok: false, messageKey: 'ogrn.checksum' });
    expect(checkOgrn('304500116000158')).toMatchObject({ ok: false, messageKey: 'ogrn.checksum' });
    expect(checkOgrn('102770013219')).toMatchObject({ ok: false, messageKey: 'ogrn.length' });
    expect(checkOgrn('10277001321950')).toMatchObject({ ok: false, messageKey: 'ogrn.length' });
    expect(checkOgrn('1027700I32195')).toMatchObject({ ok: false, messageKey: 'ogrn.digits' });
    expect(checkOgrn('102 7700132195')).toMatchObject({ ok: false, messageKey: 'ogrn.digits' });
    expect(checkOgrn(' 1027700132195 ').ok).toBe(true);
    const empty = checkOgrn('');
    expect(empty).toMatchObject({ ok: false, messageKey: 'ogrn.empty' });
    if (!empty.ok) expect(empty.message).toMatch(/^OGRN/);
  });
});
