import { describe, expect, it } from 'vitest';
import { nameHash, NO_RESIDENT_COLOR, RESIDENT_PALETTE, residentColours } from './residentPalette';

const names = ['ООО «Лесной карандаш»', 'ООО «Цветные мелки»', 'ООО «Ранец-Урал»', 'ООО «Юный художник»'];

describe('residentColours', () => {
  it('gives the same resident the same colour whatever the order it is listed in', () => {
    const forward = residentColours(names);
    const backward = residentColours([...names].reverse());
    for (const name of names) expect(backward.get(name)).toBe(forward.get(name));
  });

  it('gives distinct colours while there are fewer residents than colours', () => {
    const many = Array.from({ length: RESIDENT_PALETTE.length }, (_, i) => `ООО «Резидент ${i}»`);
    const colours = new Set(residentColours(many).values());
    expect(colours.size).toBe(RESIDENT_PALETTE.length);
  });

  it('never uses the no-resident grey and repeats colours only past the palette', () => {
    const many = Array.from({ length: RESIDENT_PALETTE.length + 5 }, (_, i) => `Company ${i}`);
    const colours = residentColours(many);
    expect(colours.size).toBe(many.length);
    expect([...colours.values()]).not.toContain(NO_RESIDENT_COLOR);
    expect(new Set(colours.values()).size).toBe(RESIDENT_PALETTE.length);
  });

  it('keeps a resident its hashed colour when nobody else claims it', () => {
    const alone = residentColours([names[1] ?? '']);
    expect(alone.get(names[1] ?? '')).toBe(RESIDENT_PALETTE[nameHash(names[1] ?? '') % RESIDENT_PALETTE.length]);
  });
});

describe('nameHash', () => {
  it('is the FNV-1a hash (reference value for "a")', () => {
    expect(nameHash('a')).toBe(0xe40c292c);
    expect(nameHash('')).toBe(0x811c9dc5);
  });
});
