import { describe, expect, it } from 'vitest';
import { parkDraft, parkFieldsOf } from './parkDraft';

describe('the park form', () => {
  it('reads the fields, a decimal comma and an empty prefix taking the default', () => {
    expect(parkFieldsOf({ ...parkDraft(), name: ' Технопарк ', declared: '12,5' })).toEqual({ name: 'Технопарк', cadastralCrs: 'MSK-62-1', declaredAreaHa: 12.5, codePrefix: null });
    expect(parkFieldsOf({ ...parkDraft(), name: 'П', crsChoice: 'none', prefix: 'Т-' })).toEqual({ name: 'П', cadastralCrs: null, declaredAreaHa: null, codePrefix: 'Т-' });
  });

  it('keeps a pasted proj4 as it is, and says what is missing or wrong', () => {
    const proj4 = '+proj=tmerc +lat_0=0 +lon_0=38.48333 +k=1 +x_0=1250000 +y_0=-5412900.566 +ellps=krass +units=m';
    expect(parkFieldsOf({ ...parkDraft(), name: 'П', crsChoice: 'custom', customCrs: proj4 })).toMatchObject({ cadastralCrs: proj4 });
    expect(parkFieldsOf({ ...parkDraft(), name: 'П', crsChoice: 'custom' })).toEqual({ problem: 'parks.form.crsNeeded' });
    expect(parkFieldsOf({ ...parkDraft(), name: '  ' })).toEqual({ problem: 'parks.form.nameNeeded' });
    expect(parkFieldsOf({ ...parkDraft(), name: 'П', declared: '-3' })).toEqual({ problem: 'parks.form.declaredInvalid' });
    expect(parkFieldsOf({ ...parkDraft(), name: 'П', declared: '12 га' })).toEqual({ problem: 'parks.form.declaredInvalid' });
  });

  it('is filled from a park: a zone from the list, another CRS as pasted text', () => {
    expect(parkDraft({ name: 'Р', cadastralCrs: 'MSK-62-2', declaredAreaHa: 560, codePrefix: 'Р-' })).toMatchObject({ name: 'Р', crsChoice: 'MSK-62-2', declared: '560', prefix: 'Р-' });
    expect(parkDraft({ name: 'Р', cadastralCrs: '+proj=tmerc', declaredAreaHa: null, codePrefix: 'Н-' })).toMatchObject({ crsChoice: 'custom', customCrs: '+proj=tmerc', declared: '' });
    expect(parkDraft({ name: 'Р', cadastralCrs: null, declaredAreaHa: null, codePrefix: 'Н-' }).crsChoice).toBe('none');
  });
});
