import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';
import { formatMessage, isMessageKey, message } from './message';

describe('messages', () => {
  it('every key has a non-empty text in both languages, with the same parameters', () => {
    const params = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(ru[key].trim(), key).not.toBe('');
      expect(params(ru[key]), key).toEqual(params(en[key]));
    }
  });

  it('words parameters per language: a decimal comma in Russian', () => {
    const storeError = message('failure.storeError', { text: 'disk full' });
    expect(formatMessage('en', storeError)).toBe('Project file error: disk full');
    expect(formatMessage('ru', storeError)).toBe('Ошибка файла проекта: disk full');
    expect(formatMessage('ru', message('geometry.targetExceedsPlot', { area: 1234.5 }))).toBe('Участок (1234,5 м²) меньше целевой площади.');
    expect(formatMessage('en', message('geometry.targetExceedsPlot', { area: 1234.5 }))).toBe('The plot (1234.5 m²) is smaller than the target area.');
  });

  it('tells keys from other strings', () => {
    expect(isMessageKey('failure.internal')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey('no.such.key')).toBe(false);
  });
});
