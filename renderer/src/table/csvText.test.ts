import { describe, expect, it } from 'vitest';
import { BOM, csvText } from './csvText';

describe('csvText', () => {
  it('starts with the BOM and uses the Russian Excel dialect in Russian', () => {
    expect(csvText(['Участок', 'Площадь, га'], [['Р-1', 12.5]], 'ru')).toBe(`${BOM}Участок;Площадь, га\r\nР-1;12,5\r\n`);
  });

  it('uses commas and dots in English, quoting a cell that holds a comma', () => {
    expect(csvText(['Plot', 'Area, ha'], [['R-1', 12.5]], 'en')).toBe(`${BOM}Plot,"Area, ha"\r\nR-1,12.5\r\n`);
  });

  it('quotes quotes and line breaks, leaves empty cells empty', () => {
    const text = csvText(['a', 'b', 'c'], [['ООО «Ранец-Урал», "склад"', null, 'строка\nвторая']], 'ru');
    expect(text).toBe(`${BOM}a;b;c\r\n"ООО «Ранец-Урал», ""склад""";;"строка\nвторая"\r\n`);
  });

  it('keeps a cell that looks like a formula as text', () => {
    expect(csvText(['contact'], [['=HYPERLINK("x")'], ['+7 491 000']], 'en')).toBe(`${BOM}contact\r\n"'=HYPERLINK(""x"")"\r\n'+7 491 000\r\n`);
  });
});
