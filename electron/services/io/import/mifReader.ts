import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { formatMessage, message } from '../../../../shared/messages/message';
import { RefusedError } from '../../refusals/refusedError';
import { mifCoordSys } from './mifCoordSys';
import { mifObjects } from './mifObjects';
import { readMid, type MifColumn } from './mifTable';
import type { FeatureSource, SourceFeature } from './sourceFeature';
import { ZipArchive } from './zipArchive';

/*
 * MapInfo Interchange Format: a .mif (header, then the graphic objects) and its .mid (one row of
 * attributes per object), loose or zipped together. The header's Charset decodes both files, its
 * CoordSys gives the CRS (mifCoordSys.ts), its Columns the attribute names and types (mifTable.ts); the
 * objects are read by mifObjects.ts. Municipal planning data (red lines, zones, land-use plans) comes so.
 */

/** MapInfo Charset names → TextDecoder labels. */
const CHARSETS: Readonly<Record<string, string>> = {
  windowscyrillic: 'windows-1251',
  windowslatin1: 'windows-1252',
  windowslatin2: 'windows-1250',
  codepage866: 'ibm866',
  codepage1251: 'windows-1251',
  iso8859_5: 'iso-8859-5',
  iso8859_1: 'iso-8859-1',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  // Neutral is plain ASCII; reading it as UTF-8 keeps ASCII and shows anything else rather than hiding it.
  neutral: 'utf-8',
};

interface MifPair {
  readonly mif: Buffer;
  readonly mid: Buffer | null;
  readonly name: string;
}

function pairFromFiles(file: string): MifPair {
  const stem = file.slice(0, -4);
  const mid = [`${stem}.mid`, `${stem}.MID`, `${stem}.Mid`].find((candidate) => existsSync(candidate));
  return { mif: readFileSync(file), mid: mid === undefined ? null : readFileSync(mid), name: basename(file) };
}

/** A zip's .mif and the .mid of the same name; the zip checks (names, sizes, zip slip) are ZipArchive's. */
export function pairFromZip(file: string): MifPair | null {
  const zip = ZipArchive.open(file);
  try {
    const mif = zip.entries.find((entry) => entry.name.toLowerCase().endsWith('.mif') && !entry.name.startsWith('__MACOSX/'));
    if (mif === undefined) return null;
    const stem = mif.name.slice(0, -4).toLowerCase();
    const mid = zip.entries.find((entry) => entry.name.toLowerCase() === `${stem}.mid`);
    return { mif: zip.read(mif), mid: mid === undefined ? null : zip.read(mid), name: basename(mif.name) };
  } finally {
    zip.close();
  }
}

/** Whether a zip holds a MapInfo layer rather than a shapefile. */
export function zipHoldsMif(file: string): boolean {
  const zip = ZipArchive.open(file);
  try {
    const names = zip.entries.map((entry) => entry.name.toLowerCase());
    return names.some((name) => name.endsWith('.mif')) && !names.some((name) => name.endsWith('.shp'));
  } finally {
    zip.close();
  }
}

interface MifHeader {
  readonly charset: string;
  readonly delimiter: string;
  readonly coordSys: string | null;
  readonly columns: readonly MifColumn[];
  /** Index of the line after `Data`. */
  readonly dataLine: number;
}

const quoted = (text: string): string => text.trim().replace(/^"([\s\S]*)"$/, '$1');

function headerOf(lines: readonly string[], file: string): MifHeader {
  let charset = 'Neutral';
  let delimiter = '\t';
  let coordSys: string | null = null;
  const columns: MifColumn[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const [word = '', ...rest] = line.split(/\s+/);
    const value = line.slice(word.length).trim();
    switch (word.toLowerCase()) {
      case 'charset':
        charset = quoted(value);
        break;
      case 'delimiter':
        delimiter = quoted(value);
        break;
      case 'coordsys':
        coordSys = value;
        break;
      case 'columns': {
        const count = Number(rest[0]);
        if (!Number.isInteger(count) || count < 0 || i + count >= lines.length) throw new RefusedError('import.mif.noData', { file });
        for (let c = 1; c <= count; c++) {
          const [name = '', ...type] = (lines[i + c] ?? '').trim().split(/\s+/);
          columns.push({ name, type: type.join(' ').toLowerCase() });
        }
        i += count;
        break;
      }
      case 'data':
        return { charset, delimiter, coordSys, columns, dataLine: i + 1 };
      default:
        break;
    }
  }
  throw new RefusedError('import.mif.noData', { file });
}

const note = (...args: Parameters<typeof message>): string => formatMessage('en', message(...args));

/**
 * Opens a MapInfo MIF/MID pair for import: the .mif (its .mid beside it), or a .zip holding both.
 * `crsGiven`: --crs was given, so a NonEarth layer is no reason to refuse.
 *
 * @example
 * readMif('zones.mif').declaredCrs; // 'MSK-62-1' for a CoordSys with МСК-62 zone 1's parameters
 */
export function readMif(file: string, crsGiven = false): FeatureSource {
  const pair = file.toLowerCase().endsWith('.zip') ? pairFromZip(file) : pairFromFiles(file);
  if (pair === null) throw new RefusedError('import.mif.none', { file: basename(file) });
  // The header is ASCII in every charset: read it as Latin-1 to learn the charset, then decode properly.
  const rough = headerOf(pair.mif.toString('latin1').split(/\r\n|\r|\n/), pair.name);
  const encoding = CHARSETS[rough.charset.toLowerCase()];
  if (encoding === undefined) throw new RefusedError('import.mif.charset', { file: pair.name, charset: rough.charset });
  const decoder = new TextDecoder(encoding);
  const lines = decoder.decode(pair.mif).split(/\r\n|\r|\n/);
  const header = headerOf(lines, pair.name);
  const objects = mifObjects(lines.slice(header.dataLine), pair.name);
  const midName = pair.name.replace(/\.mif$/i, '.mid');
  let rows: Record<string, string | number | boolean | null>[] = objects.map(() => ({}));
  if (header.columns.length > 0) {
    if (pair.mid === null) throw new RefusedError('import.mif.noMid', { file: pair.name, columns: header.columns.length });
    rows = readMid(decoder.decode(pair.mid), header.delimiter, header.columns, midName);
    if (rows.length !== objects.length) throw new RefusedError('import.mif.countsDiffer', { file: pair.name, mif: objects.length, mid: rows.length });
  }

  const crs = header.coordSys === null ? { declared: 'EPSG:4326', proj4: '+proj=longlat +datum=WGS84 +no_defs' } : mifCoordSys(header.coordSys);
  if (crs === null && !crsGiven) throw new RefusedError('import.mif.needsCrs', { file: pair.name });
  const notes = [note('import.mif.note.charset', { encoding, charset: rough.charset })];
  if (crs !== null) notes.push(note('import.mif.note.coordSys', { crs: crs.declared }));
  const skipped = new Map<string, number>();
  for (const object of objects) if (object.geometry?.type === 'Unsupported') skipped.set(object.kind, (skipped.get(object.kind) ?? 0) + 1);
  for (const [kind, count] of skipped) notes.push(note('import.mif.note.skipped', { kind, count }));

  const features: SourceFeature[] = objects.map((object, i) => ({ label: `${object.kind} ${i + 1}`, geometry: object.geometry, attributes: rows[i] ?? {} }));
  return { format: 'MapInfo MIF', declaredCrs: crs?.declared ?? null, notes, features };
}
