/** The one font shipped for labels; scripts/build-glyphs.mjs writes its ranges under this name. */
export const FONT_STACK = ['DejaVu Sans Book'] as const;

/**
 * MapLibre resolves glyph URLs itself and needs them absolute, while the page may live under
 * http://127.0.0.1 or parkplan:// — so build the URL from the document's base at run time.
 */
export function glyphsUrl(baseUri: string): string {
  // `new URL` would percent-encode the braces MapLibre substitutes, so put them back.
  return new URL('glyphs/{fontstack}/{range}.pbf', baseUri).href.replace('%7Bfontstack%7D', '{fontstack}').replace('%7Brange%7D', '{range}');
}
