import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { mapFontPath } from './mapFont';
import { cmapTable, nameTable, postTableWithoutNames, readSfnt, writeSfnt } from './sfntFont';

// The tables are read back by fontkit, an independent sfnt parser, not by our own reader.
describe('the sfnt container of a font subset', () => {
  const original = readSfnt(readFileSync(mapFontPath()));

  it('maps each character to its glyph through the format 4 cmap, runs and single characters alike', () => {
    const glyphOf = new Map([[0x20, 1], [0x41, 2], [0x42, 3], [0x43, 4], [0x416, 9], [0x2026, 5]]);
    const tables = new Map(original);
    tables.set('cmap', cmapTable(glyphOf));
    tables.set('name', nameTable(new Map([[1, 'Test Family'], [6, 'TestFamily-Subset']])));
    tables.set('post', postTableWithoutNames(original.get('post') ?? new Uint8Array()));
    const font = create(writeSfnt(tables));
    for (const [code, glyph] of glyphOf) expect(font.glyphForCodePoint(code).id).toBe(glyph);
    expect(font.hasGlyphForCodePoint(0x44)).toBe(false);
    expect(font.familyName).toBe('Test Family');
    expect(font.postscriptName).toBe('TestFamily-Subset');
  });

  it('writes table checksums and a head adjustment that sum the whole file to the sfnt magic', () => {
    const bytes = writeSfnt(new Map([['head', original.get('head') ?? new Uint8Array()], ['OS/2', original.get('OS/2') ?? new Uint8Array()]]));
    const view = new DataView(bytes.buffer);
    let sum = 0;
    for (let at = 0; at < bytes.length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
  });

  it('cuts post to version 3 without touching the original bytes', () => {
    const post = original.get('post') ?? new Uint8Array();
    const cut = postTableWithoutNames(post);
    expect(new DataView(cut.buffer).getUint32(0)).toBe(0x00030000);
    expect(cut.length).toBe(32);
    expect(new DataView(post.buffer, post.byteOffset).getUint32(0)).toBe(0x00020000);
  });
});
