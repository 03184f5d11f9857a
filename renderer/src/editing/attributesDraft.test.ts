import { describe, expect, it } from 'vitest';
import { attributesPatch, draftProblems, type AttributesDraft } from './attributesDraft';

const saved: AttributesDraft = { code: 'Р-12', cadastralNumber: '', status: 'free', zone: 'production', notes: '' };

describe('attribute drafts', () => {
  it('sends only the changed fields, an emptied cadastral number as null', () => {
    expect(attributesPatch(saved, { ...saved, zone: 'warehouse' })).toEqual({ zone: 'warehouse' });
    expect(attributesPatch(saved, saved)).toEqual({});
    expect(attributesPatch({ ...saved, cadastralNumber: '62:15:0000000:1' }, saved)).toEqual({ cadastralNumber: null });
    expect(attributesPatch(saved, { ...saved, code: ' Р-13 ', cadastralNumber: ' 62:15:0000000:7 ' })).toEqual({ code: 'Р-13', cadastralNumber: '62:15:0000000:7' });
  });

  it('names the field that keeps the draft from being saved', () => {
    expect([...draftProblems({ ...saved, cadastralNumber: '62:15:00:1' })]).toEqual(['cadastral-number']);
    expect([...draftProblems({ ...saved, cadastralNumber: '62:15:000000:1' })]).toEqual([]);
    expect([...draftProblems({ ...saved, code: '  ' })]).toEqual(['code-empty']);
  });
});
