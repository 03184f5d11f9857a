/*
 * The TrueType (sfnt) container around a glyph subset. fontkit writes a subset for PDF, where text
 * addresses glyphs by id, so it leaves out the tables that map characters to glyphs and name the
 * font. A browser or font viewer needs them (Chromium's font sanitizer refuses a font without cmap,
 * name, OS/2 and post), so they are added here: a cmap for exactly the characters kept, a short name
 * table, the original OS/2, and a post table without glyph names.
 */

export type SfntTables = ReadonlyMap<string, Uint8Array>;

/** The tables of an sfnt file by tag. */
export function readSfnt(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, Uint8Array>();
  const count = view.getUint16(4);
  for (let index = 0; index < count; index += 1) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    // A copy, never a view: a Node Buffer's slice() would share (and let a writer change) the file's bytes.
    tables.set(tag, Uint8Array.from(bytes.subarray(offset, offset + view.getUint32(record + 12))));
  }
  return tables;
}

const checksum = (bytes: Uint8Array): number => {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
};

const log2Floor = (value: number): number => Math.floor(Math.log2(value));

/** An sfnt file from its tables: sorted by tag, 4-byte aligned, checksums and head's adjustment set. */
export function writeSfnt(tables: SfntTables): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerSize = 12 + tags.length * 16;
  const total = tags.reduce((size, tag) => size + Math.ceil((tables.get(tag)?.length ?? 0) / 4) * 4, headerSize);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  const power = 2 ** log2Floor(tags.length);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, log2Floor(tags.length));
  view.setUint16(10, tags.length * 16 - power * 16);
  let offset = headerSize;
  let headOffset = -1;
  tags.forEach((tag, index) => {
    const table = Uint8Array.from(tables.get(tag) ?? []);
    if (tag === 'head') {
      headOffset = offset;
      // checkSumAdjustment is left zero while the checksums are taken.
      new DataView(table.buffer).setUint32(8, 0);
    }
    const record = 12 + index * 16;
    for (let char = 0; char < 4; char += 1) bytes[record + char] = tag.charCodeAt(char);
    view.setUint32(record + 4, checksum(table));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.length);
    bytes.set(table, offset);
    offset += Math.ceil(table.length / 4) * 4;
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(bytes)) >>> 0);
  return bytes;
}

/**
 * A cmap with one Windows Unicode (format 4) subtable mapping each character to its glyph id; characters
 * beyond the Basic Multilingual Plane are left out (the map's words never need them).
 *
 * @example
 * cmapTable(new Map([[0x41, 3]])); // 'A' → glyph 3
 */
export function cmapTable(glyphOf: ReadonlyMap<number, number>): Uint8Array {
  const codes = [...glyphOf.keys()].filter((code) => code < 0xffff).sort((a, b) => a - b);
  // One segment per run of characters whose glyph ids run alongside, then the closing 0xFFFF segment.
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const code of codes) {
    const delta = ((glyphOf.get(code) ?? 0) - code) & 0xffff;
    const last = segments.at(-1);
    if (last !== undefined && last.end === code - 1 && last.delta === delta) last.end = code;
    else segments.push({ start: code, end: code, delta });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const count = segments.length;
  const subtableLength = 16 + count * 8;
  const bytes = new Uint8Array(12 + subtableLength);
  const view = new DataView(bytes.buffer);
  view.setUint16(2, 1); // one subtable
  view.setUint16(4, 3); // Windows
  view.setUint16(6, 1); // Unicode BMP
  view.setUint32(8, 12);
  const at = 12;
  const power = 2 ** log2Floor(count);
  view.setUint16(at, 4);
  view.setUint16(at + 2, subtableLength);
  view.setUint16(at + 6, count * 2);
  view.setUint16(at + 8, power * 2);
  view.setUint16(at + 10, log2Floor(count));
  view.setUint16(at + 12, count * 2 - power * 2);
  segments.forEach((segment, index) => {
    view.setUint16(at + 14 + index * 2, segment.end);
    view.setUint16(at + 16 + count * 2 + index * 2, segment.start);
    view.setUint16(at + 16 + count * 4 + index * 2, segment.delta);
    // idRangeOffset stays 0: every glyph id is code + delta.
  });
  return bytes;
}

/** A name table of Windows Unicode records, one per (name id, text). */
export function nameTable(names: ReadonlyMap<number, string>): Uint8Array {
  const entries = [...names.entries()].sort(([a], [b]) => a - b);
  const encoded = entries.map(([, text]) => {
    const units = new Uint8Array(text.length * 2);
    for (let index = 0; index < text.length; index += 1) {
      units[index * 2] = text.charCodeAt(index) >> 8;
      units[index * 2 + 1] = text.charCodeAt(index) & 0xff;
    }
    return units;
  });
  const storage = 6 + entries.length * 12;
  const bytes = new Uint8Array(storage + encoded.reduce((size, text) => size + text.length, 0));
  const view = new DataView(bytes.buffer);
  view.setUint16(2, entries.length);
  view.setUint16(4, storage);
  let offset = 0;
  entries.forEach(([id], index) => {
    const record = 6 + index * 12;
    const text = encoded[index] ?? new Uint8Array();
    view.setUint16(record, 3);
    view.setUint16(record + 2, 1);
    view.setUint16(record + 4, 0x409);
    view.setUint16(record + 6, id);
    view.setUint16(record + 8, text.length);
    view.setUint16(record + 10, offset);
    bytes.set(text, storage + offset);
    offset += text.length;
  });
  return bytes;
}

/** The original post table cut to version 3.0: the same metrics, no glyph names (ids change in a subset). */
export function postTableWithoutNames(original: Uint8Array): Uint8Array {
  const bytes = Uint8Array.from(original.subarray(0, 32));
  new DataView(bytes.buffer).setUint32(0, 0x00030000);
  return bytes;
}
