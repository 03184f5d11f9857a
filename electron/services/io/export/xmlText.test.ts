import { describe, expect, it } from 'vitest';
import { xmlText } from './xmlText';

describe('xmlText', () => {
  it('escapes markup and keeps Cyrillic as it is', () => {
    expect(xmlText('ООО «Рога & Копыта» <Опт> "Ёлка" \'С\'')).toBe('ООО «Рога &amp; Копыта» &lt;Опт&gt; &quot;Ёлка&quot; &apos;С&apos;');
  });

  it('escapes an ampersand once, so an entity in the data stays text', () => {
    expect(xmlText('&amp;')).toBe('&amp;amp;');
  });

  it('drops characters XML 1.0 cannot hold and keeps tab, line breaks and astral characters', () => {
    expect(xmlText('a\u0000b\u0007c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(xmlText('a\tb\nc\rd 🏭')).toBe('a\tb\nc\rd 🏭');
  });

  it('writes numbers in full and null as nothing', () => {
    expect(xmlText(27647.570727491737)).toBe('27647.570727491737');
    expect(xmlText(null)).toBe('');
  });
});
