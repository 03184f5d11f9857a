import { describe, expect, it } from 'vitest';
import { residentProblems } from '../../../shared/contract/residentRequests';
import type { Resident } from '../../../shared/domain/resident';
import type { ResidentId } from '../../../shared/domain/ids';
import { draftOfResident, draftProblems, draftToFields, EMPTY_DRAFT, parseFigure, type ResidentDraft } from './residentDraft';

// ПАО Сбербанк: real, published numbers with valid check digits.
const sber: ResidentDraft = { ...EMPTY_DRAFT, name: 'ПАО Сбербанк', inn: '7707083893', ogrn: '1027700132195', status: 'resident' };

describe('draftProblems', () => {
  it('accepts a real company', () => {
    expect(draftProblems(sber)).toEqual({});
  });

  it('names the INN when its check digit is wrong', () => {
    expect(draftProblems({ ...sber, inn: '7707083894' })).toEqual({ inn: 'innChecksum' });
  });

  it('names the INN for a wrong length or a letter, and the OGRN for its own faults', () => {
    expect(draftProblems({ ...sber, inn: '770708389' }).inn).toBe('innLength');
    expect(draftProblems({ ...sber, inn: '77070838O3' }).inn).toBe('innDigits');
    expect(draftProblems({ ...sber, ogrn: '1027700132196' }).ogrn).toBe('ogrnChecksum');
    expect(draftProblems({ ...sber, ogrn: '102770013219' }).ogrn).toBe('ogrnLength');
  });

  it('refuses an ОГРНИП beside an organisation’s INN', () => {
    expect(draftProblems({ ...sber, ogrn: '304500116000157' }).ogrn).toBe('ogrnHolder');
  });

  it('lets a prospect go without an INN, but nobody past that', () => {
    expect(draftProblems({ ...sber, inn: '', ogrn: '', status: 'prospect' })).toEqual({});
    expect(draftProblems({ ...sber, inn: '', ogrn: '', status: 'agreement' })).toEqual({ inn: 'innEmpty' });
  });

  it('checks the name, the ОКВЭД code and the figures', () => {
    const draft = { ...sber, name: '  ', okved: '52-24', jobsPlanned: '12,5', investmentMRub: 'много' };
    expect(draftProblems(draft)).toEqual({ name: 'nameEmpty', okved: 'okved', jobsPlanned: 'jobs', investmentMRub: 'investment' });
  });

  it('agrees with the server’s rules on every case above', () => {
    const drafts = [sber, { ...sber, inn: '7707083894' }, { ...sber, ogrn: '304500116000157' }, { ...sber, inn: '', status: 'left' as const }];
    for (const draft of drafts) {
      const server = residentProblems({
        ...draft,
        ogrn: draft.ogrn === '' ? null : draft.ogrn,
        okved: null,
        jobsPlanned: null,
        investmentMRub: null,
      }).map((problem) => problem.field);
      expect(Object.keys(draftProblems(draft)).sort()).toEqual([...new Set(server)].sort());
    }
  });
});

describe('draftToFields', () => {
  it('turns typed figures into numbers and empty optional fields into null', () => {
    const fields = draftToFields({ ...sber, jobsPlanned: '1 200', investmentMRub: '1 450,5', okved: '' });
    expect(fields).toMatchObject({ jobsPlanned: 1200, investmentMRub: 1450.5, okved: null, ogrn: '1027700132195' });
  });

  it('gives nothing while a field is wrong', () => {
    expect(draftToFields({ ...sber, inn: '7707083894' })).toBeNull();
  });

  it('round-trips a stored resident', () => {
    const stored: Resident = { id: 3 as ResidentId, ...sber, ogrn: '1027700132195', okved: '64.19', jobsPlanned: 90, investmentMRub: 12.5, contact: 'x', sector: 'Банк' };
    const { id, ...fields } = stored;
    void id;
    expect(draftToFields(draftOfResident(stored))).toEqual(fields);
  });
});

describe('parseFigure', () => {
  it('reads Russian and English writing, and refuses words', () => {
    expect(parseFigure('2\u00a0300,75')).toBe(2300.75);
    expect(parseFigure('2300.75')).toBe(2300.75);
    expect(parseFigure('')).toBeNull();
    expect(parseFigure('-5')).toBeNaN();
  });
});
