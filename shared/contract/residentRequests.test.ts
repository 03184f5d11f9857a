import { formatMessage, message } from '../messages/message';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from './requestFields';
import { residentCreateSchema, residentProblems, residentUpdateSchema, type ResidentFields } from './residentRequests';

// ПАО Сбербанк and a real ОГРНИП (see shared/domain/companyNumbers.test.ts for the arithmetic).
const valid: ResidentFields = {
  name: 'ПАО Сбербанк', inn: '7707083893', ogrn: '1027700132195', sector: 'Банк', okved: '64.19',
  jobsPlanned: null, investmentMRub: null, contact: '', status: 'resident',
};

describe('residentProblems', () => {
  it('accepts a record with valid numbers', () => {
    expect(residentProblems(valid)).toEqual([]);
  });

  it('names the field and the number that is wrong', () => {
    expect(residentProblems({ ...valid, inn: '7707083894' })).toEqual([
      { field: 'inn', message: message('resident.innInvalid', { inn: '7707083894', reason: message('companyNumber.inn.checksum', { place: 10, expected: 3, found: 4 }) }) },
    ]);
    expect(formatMessage('en', residentProblems({ ...valid, ogrn: '102770013219' })[0]?.message ?? message('resident.nameEmpty'))).toMatch(/^OGRN 102770013219: must have 13 digits/);
    expect(residentProblems({ ...valid, name: '  ' })[0]?.field).toBe('name');
  });

  it('requires an INN except of a prospect, and matching kinds of INN and OGRN', () => {
    expect(residentProblems({ ...valid, inn: '', ogrn: null }).map((p) => p.field)).toEqual(['inn']);
    expect(residentProblems({ ...valid, inn: '', ogrn: null, status: 'prospect' })).toEqual([]);
    expect(formatMessage('en', residentProblems({ ...valid, ogrn: '304500116000157' })[0]?.message ?? message('resident.nameEmpty'))).toMatch(/sole trader/);
    expect(formatMessage('ru', residentProblems({ ...valid, ogrn: '304500116000157' })[0]?.message ?? message('resident.nameEmpty'))).toMatch(/индивидуальному предпринимателю/);
    expect(residentProblems({ ...valid, inn: '500100732259', ogrn: '304500116000157' })).toEqual([]);
  });
});

describe('resident request schemas', () => {
  it('trim the numbers and read an empty OGRN or ОКВЭД as none', () => {
    const parsed = residentCreateSchema.parse({ name: ' ООО «Ромашка» ', inn: ' 7707083893 ', ogrn: '', okved: '', status: 'agreement' });
    expect(parsed).toMatchObject({ name: 'ООО «Ромашка»', inn: '7707083893', ogrn: null, okved: null });
  });

  it('refuse a wrong INN on create and on update, at the inn field', () => {
    for (const result of [
      residentCreateSchema.safeParse({ name: 'X', inn: '7707083894', status: 'resident' }),
      residentUpdateSchema.safeParse({ residentId: 3, inn: '7707083894' }),
    ]) {
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues[0]).toMatchObject({ path: ['inn'], message: expect.stringMatching(/^INN 7707083894: check digit/) });
    }
  });

  it('refuse unknown fields and a non-prospect without an INN', () => {
    expect(residentUpdateSchema.safeParse({ residentId: 3, id: 4 }).success).toBe(false);
    expect(residentCreateSchema.safeParse({ name: 'X', inn: '', status: 'resident' }).success).toBe(false);
    expect(residentCreateSchema.safeParse({ name: 'X', inn: '', status: 'prospect' }).success).toBe(true);
  });
});

describe('isIsoDate', () => {
  it('takes real calendar dates only', () => {
    expect(['2024-02-29', '2026-12-31'].map(isIsoDate)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-6-1', '01.06.2026', ''].map(isIsoDate)).toEqual([false, false, false, false, false]);
  });
});
