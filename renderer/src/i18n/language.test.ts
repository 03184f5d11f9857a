import { describe, expect, it } from 'vitest';
import { localeFromSearch, searchWithLocale } from './language';

describe('localeFromSearch', () => {
  it('is Russian by default', () => {
    expect(localeFromSearch('')).toBe('ru');
    expect(localeFromSearch('?token=abc')).toBe('ru');
  });

  it('takes English from ?lang=en', () => {
    expect(localeFromSearch('?token=abc&lang=en')).toBe('en');
  });

  it('ignores a language the interface does not speak', () => {
    expect(localeFromSearch('?lang=de')).toBe('ru');
  });
});

describe('searchWithLocale', () => {
  it('keeps the token and other parameters', () => {
    const next = new URLSearchParams(searchWithLocale('?token=a%2Bb&x=1', 'en'));
    expect(next.get('token')).toBe('a+b');
    expect(next.get('x')).toBe('1');
    expect(next.get('lang')).toBe('en');
  });

  it('replaces an earlier language rather than adding a second one', () => {
    const next = new URLSearchParams(searchWithLocale('?lang=en&token=t', 'ru'));
    expect(next.getAll('lang')).toEqual(['ru']);
    expect(next.get('token')).toBe('t');
  });
});
