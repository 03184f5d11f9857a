/*
 * The part of fontkit (pdfkit's font engine, in node_modules through pdfkit) that the SVG font subset
 * uses; the package ships no types of its own.
 */
declare module 'fontkit' {
  export interface Glyph {
    readonly id: number;
    readonly codePoints: readonly number[];
  }
  export interface Subset {
    /** Adds a glyph (and the glyphs a composite one is built from); returns its id in the subset. */
    includeGlyph(glyph: number | Glyph): number;
    /** The subset as TrueType tables for PDF: glyf, loca, hmtx, head, hhea, maxp and hinting; no cmap. */
    encode(): Uint8Array;
  }
  export interface TableEntry {
    readonly offset: number;
    readonly length: number;
  }
  export interface Font {
    readonly postscriptName: string;
    readonly familyName: string;
    readonly subfamilyName: string;
    readonly fullName: string;
    readonly copyright: string;
    readonly version: string;
    readonly numGlyphs: number;
    readonly characterSet: readonly number[];
    readonly directory: { readonly tables: Readonly<Record<string, TableEntry | undefined>> };
    getName(key: string): string | null;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    createSubset(): Subset;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
