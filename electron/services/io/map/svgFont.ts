import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { mapFontPath } from './mapFont';
import { cmapTable, nameTable, postTableWithoutNames, readSfnt, writeSfnt } from './sfntFont';

/*
 * The map font carried inside an SVG, so a viewer without DejaVu Sans draws the sheet as it was laid
 * out instead of substituting a font of other widths. Only the glyphs the sheet uses go in (a few
 * dozen kilobytes instead of the 740 kB font), as a TrueType data URL in an @font-face rule.
 */

/** The family the embedded subset is declared as; the SVG lists the installed DejaVu Sans after it. */
export const EMBEDDED_FONT_FAMILY = 'DejaVu Sans Subset';

let mapFont: { readonly font: Font; readonly tables: ReadonlyMap<string, Uint8Array> } | null = null;
const loadMapFont = () => {
  if (mapFont === null) {
    const bytes = readFileSync(mapFontPath());
    mapFont = { font: create(bytes), tables: readSfnt(bytes) };
  }
  return mapFont;
};

/**
 * A TrueType font of the map font's glyphs for the characters in `texts`, with a cmap for exactly
 * those characters (a character the font lacks is left out, as it would print as a box anyway).
 *
 * @example
 * mapFontSubset(['Участок П-01']); // ≈ 6 kB of TrueType: 11 characters, their glyphs and .notdef
 */
export function mapFontSubset(texts: Iterable<string>): Uint8Array {
  const { font, tables: original } = loadMapFont();
  const codes = new Set<number>();
  for (const text of texts) for (const char of text) codes.add(char.codePointAt(0) ?? 0);
  const subset = font.createSubset();
  const glyphOf = new Map<number, number>();
  for (const code of [...codes].sort((a, b) => a - b)) {
    if (font.hasGlyphForCodePoint(code)) glyphOf.set(code, subset.includeGlyph(font.glyphForCodePoint(code).id));
  }
  const tables = readSfnt(subset.encode());
  const os2 = original.get('OS/2');
  const post = original.get('post');
  if (os2 === undefined || post === undefined) throw new Error('The map font has no OS/2 or post table');
  tables.set('cmap', cmapTable(glyphOf));
  tables.set('OS/2', os2);
  tables.set('post', postTableWithoutNames(post));
  tables.set(
    'name',
    nameTable(
      new Map([
        [0, font.copyright.trim()],
        [1, font.familyName],
        [2, font.subfamilyName],
        [3, `${font.postscriptName}-Subset`],
        [4, font.fullName],
        [5, font.version],
        [6, `${font.postscriptName}-Subset`],
        [14, font.getName('licenseURL') ?? 'https://dejavu-fonts.github.io/License.html'],
      ]),
    ),
  );
  return writeSfnt(tables);
}

/**
 * A <style> element declaring the subset of the map font that `texts` need.
 *
 * @example
 * fontFaceStyle(['Схема размещения']); // '<style>@font-face{font-family:"DejaVu Sans Subset";src:url(data:font/ttf;base64,…'
 */
export function fontFaceStyle(texts: Iterable<string>): string {
  const data = Buffer.from(mapFontSubset(texts)).toString('base64');
  return `<style>@font-face{font-family:"${EMBEDDED_FONT_FAMILY}";src:url(data:font/ttf;base64,${data}) format("truetype");}</style>`;
}
