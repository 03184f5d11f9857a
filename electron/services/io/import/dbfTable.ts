import { RefusedError } from '../../refusals/refusedError';
import type { AttributeValue } from './sourceFeature';

/*
 * The attribute table of a shapefile (dBASE III), field names and values decoded by TextDecoder in one
 * encoding: the .cpg's, else the language driver byte's, else UTF-8 if it decodes cleanly and CP1251 if
 * not — the encoding of Russian shapefiles made by older ArcGIS and MapInfo exports.
 * Kept rather than shpjs's parsedbf, which the geometry side uses the package of: parsedbf ignores the
 * header length (a Visual FoxPro .dbf's backlink shifts every record), reads an empty number as NaN and
 * a date as a local-time Date, cannot take the encoding from the language driver byte, and checks no
 * record count against the file's length (a truncated .dbf must be refused, not half read).
 */

interface DbfField {
  /** The name's bytes, decoded with the records once the encoding is chosen (GDAL writes Cyrillic names in CP1251). */
  readonly nameBytes: Uint8Array;
  readonly type: string;
  readonly offset: number;
  readonly length: number;
}

export interface DbfTable {
  readonly recordCount: number;
  readonly encoding: string;
  record(index: number): Record<string, AttributeValue>;
}

const CPG_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/utf-?8/i, 'utf-8'],
  [/1251/, 'windows-1251'],
  [/866/, 'ibm866'],
  [/1252|latin-?1|8859-1/i, 'windows-1252'],
  [/koi8-?r/i, 'koi8-r'],
];

/** Language driver ids (byte 29) that name an encoding. */
const DRIVER_IDS: Readonly<Record<number, string>> = { 0x26: 'ibm866', 0x65: 'ibm866', 0xc9: 'windows-1251', 0x57: 'windows-1252', 0x03: 'windows-1252' };

function chooseEncoding(bytes: Buffer, cpg: string | null, driverId: number): string {
  if (cpg !== null) {
    const known = CPG_NAMES.find(([pattern]) => pattern.test(cpg));
    if (known === undefined) throw new RefusedError('import.dbf.encoding', { encoding: cpg.trim() });
    return known[1];
  }
  const fromDriver = DRIVER_IDS[driverId];
  if (fromDriver !== undefined) return fromDriver;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1251';
  }
}

/**
 * Reads a .dbf held in memory; a header promising more records than the file holds is refused.
 *
 * @example
 * readDbf(readFileSync('plots.dbf'), 'plots.dbf', null).record(0); // { KN: '62:15:…', ... }
 */
export function readDbf(bytes: Buffer, file: string, cpg: string | null): DbfTable {
  if (bytes.length < 33) throw new RefusedError('import.dbf.tooShort', { file });
  const recordCount = bytes.readUInt32LE(4);
  const headerLength = bytes.readUInt16LE(8);
  const recordLength = bytes.readUInt16LE(10);
  if (headerLength > bytes.length) throw new RefusedError('import.dbf.truncatedHeader', { file });
  const fields: DbfField[] = [];
  let offset = 1;
  for (let at = 32; at + 32 <= headerLength && bytes[at] !== 0x0d; at += 32) {
    const nameBytes = bytes.subarray(at, at + 11);
    const nul = nameBytes.indexOf(0);
    const length = bytes[at + 16] ?? 0;
    fields.push({ nameBytes: nul < 0 ? nameBytes : nameBytes.subarray(0, nul), type: String.fromCharCode(bytes[at + 11] ?? 32), offset, length });
    offset += length;
  }
  if (offset > recordLength) throw new RefusedError('import.dbf.fieldsTooWide', { file });
  const needed = headerLength + recordCount * recordLength;
  if (bytes.length < needed) {
    const held = Math.max(0, Math.floor((bytes.length - headerLength) / Math.max(1, recordLength)));
    throw new RefusedError('import.dbf.fewerRecords', { file, count: recordCount, held });
  }
  const encoding = chooseEncoding(bytes.subarray(headerLength, needed), cpg, bytes[29] ?? 0);
  const decoder = new TextDecoder(encoding);
  const names = fields.map((field) => decoder.decode(field.nameBytes));
  return {
    recordCount,
    encoding,
    record(index) {
      const start = headerLength + index * recordLength;
      const values: Record<string, AttributeValue> = {};
      fields.forEach((field, i) => {
        const name = names[i] ?? '';
        const raw = decoder.decode(bytes.subarray(start + field.offset, start + field.offset + field.length)).trim();
        if (field.type === 'N' || field.type === 'F') values[name] = raw === '' || Number.isNaN(Number(raw)) ? null : Number(raw);
        else if (field.type === 'L') values[name] = /^[YyTt]$/.test(raw) ? true : /^[NnFf]$/.test(raw) ? false : null;
        else values[name] = raw === '' ? null : raw;
      });
      return values;
    },
  };
}
