import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fromCadastral } from '../../../../shared/crs/cadastralArea';
import { cadastralCrsOf, type CadastralCrs } from '../../../../shared/crs/cadastralCrs';
import { parcelRecordOf, type NewCadastralParcel } from '../../../../shared/domain/cadastralParcel';
import type { LinearRing, MultiPolygonGeometry, Position } from '../../../../shared/domain/geometry';
import type { Park } from '../../../../shared/domain/park';
import { isValidLonLat } from '../../../../shared/geometry/positionChecks';
import { message, type Message } from '../../../../shared/messages/message';
import type { ProjectStore } from '../../../store/project';
import { assertSoundOutline } from '../../plots/outlineCheck';
import { KeyedError } from '../../refusals/keyedError';
import { RefusedError } from '../../refusals/refusedError';
import { emptyReport, noteFeature, type ImportReport } from './importReport';
import { readRosreestrExtract, type ExtractParcel, type PlanarContour, type RosreestrExtract } from './rosreestrExtract';
import { xmlTree } from './xmlTree';
import { ZipArchive } from './zipArchive';

/*
 * Rosreestr extracts into the park's `cadastral_parcels`: the file (an .xml, or the .zip Rosreestr sends
 * with the .xml and its .sig signature) is parsed with DTDs and entities refused (xmlTree), every parcel
 * is converted from X/Y in the CRS the planner chose — `--crs`, else the park's — and reported as read,
 * repaired or rejected, as the other imports report features. Parcels are reference data: the write is
 * one transaction that replaces a park's parcel of the same cadastral number, outside the plots' undo.
 */

export interface ParcelImportOptions {
  readonly input: string;
  /** An МСК zone, proj4 or WKT; left out, the park's cadastral CRS. */
  readonly crs?: string;
  readonly skipRejected?: boolean;
}

export interface ParcelCheck {
  readonly report: ImportReport;
  readonly crs: CadastralCrs;
  readonly parcels: readonly NewCadastralParcel[];
}

/** True when `file` looks like a Rosreestr extract: an .xml, or a .zip holding an .xml and no shapefile. */
export function isRosreestrInput(file: string): boolean {
  const lower = file.toLowerCase();
  if (lower.endsWith('.xml')) return true;
  if (!lower.endsWith('.zip')) return false;
  const zip = ZipArchive.open(file);
  try {
    const names = zip.entries.map((entry) => entry.name.toLowerCase());
    return names.some((name) => name.endsWith('.xml')) && !names.some((name) => name.endsWith('.shp'));
  } finally {
    zip.close();
  }
}

/** Text of the XML bytes in the encoding its declaration names (old КПТ come in windows-1251). */
function decodeXml(bytes: Buffer): string {
  const head = bytes.subarray(0, 200).toString('latin1');
  const encoding = head.match(/encoding\s*=\s*["']([\w-]+)["']/i)?.[1]?.toLowerCase() ?? 'utf-8';
  const text = new TextDecoder(encoding === 'cp1251' ? 'windows-1251' : encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The extract(s) of the file and how it was read. */
function readExtracts(file: string): { extracts: { name: string; extract: RosreestrExtract }[]; notes: Message[] } {
  const parse = (name: string, bytes: Buffer): { name: string; extract: RosreestrExtract } => {
    const root = xmlTree(decodeXml(bytes), name);
    const extract = readRosreestrExtract(root);
    if (extract === null) throw new RefusedError('cadastre.extract.notExtract', { file: name, root: root.name });
    return { name, extract };
  };
  if (!file.toLowerCase().endsWith('.zip')) return { extracts: [parse(basename(file), readFileSync(file))], notes: [] };
  const zip = ZipArchive.open(file);
  try {
    const xmls = zip.entries.filter((entry) => entry.name.toLowerCase().endsWith('.xml'));
    if (xmls.length === 0) throw new RefusedError('cadastre.extract.noXml', { file: basename(file), entries: zip.entries.map((entry) => entry.name).join(', ') || 'nothing' });
    const signatures = zip.entries.filter((entry) => entry.name.toLowerCase().endsWith('.sig')).map((entry) => entry.name);
    const notes = [message('parcelReport.readFromZip', { entries: xmls.map((entry) => entry.name).join(', ') })];
    if (signatures.length > 0) notes.push(message('parcelReport.signature', { names: signatures.join(', ') }));
    return { extracts: xmls.map((entry) => parse(entry.name, zip.read(entry))), notes };
  } finally {
    zip.close();
  }
}

/** The CRS the X/Y are read in: the planner's, else the park's; never guessed from the file's wording. */
function chosenCrs(options: ParcelImportOptions, park: Park, fileCrs: string): { crs: CadastralCrs; how: Message } {
  if (options.crs !== undefined) {
    const crs = cadastralCrsOf(options.crs);
    if (crs === null) throw new RefusedError('cadastre.crs.unknown', { text: options.crs.slice(0, 80) });
    return { crs, how: message('parcelReport.crsChosen') };
  }
  const crs = cadastralCrsOf(park.cadastralCrs);
  if (crs === null) throw new RefusedError('cadastre.extract.needsCrs', { fileCrs });
  return { crs, how: message('parcelReport.crsOfPark') };
}

/** A contour's X/Y → WGS84 rings; null (with the reason) when a point falls outside the CRS's area. */
function toRings(contour: PlanarContour, crs: CadastralCrs, near: Position, problems: Message[]): LinearRing[] | null {
  const [west, east] = crs.coversLongitude ?? [near[0] - 3, near[0] + 3];
  const rings: LinearRing[] = [];
  for (const ring of contour) {
    const positions: Position[] = [];
    for (const { x, y } of ring) {
      const position = fromCadastral({ x, y }, crs.key);
      if (!isValidLonLat(position[0], position[1]) || position[0] < west - 1.5 || position[0] > east + 1.5) {
        problems.push(message('parcelReport.outsideZone', { x: String(x), y: String(y), crs: crs.coversLongitude === null ? crs.label : crs.key }));
        return null;
      }
      positions.push(position);
    }
    rings.push(positions);
  }
  return rings;
}

function parcelGeometry(parcel: ExtractParcel, crs: CadastralCrs, near: Position, problems: Message[]): MultiPolygonGeometry | null {
  const polygons: LinearRing[][] = [];
  parcel.contours.forEach((contour, i) => {
    const rings = toRings(contour, crs, near, problems);
    if (rings === null) return;
    try {
      assertSoundOutline({ type: 'Polygon', coordinates: rings }, parcel.contours.length > 1 ? message('outline.parcelContour', { contour: i + 1 }) : message('outline.parcel'));
      polygons.push(rings);
    } catch (error) {
      if (!(error instanceof KeyedError)) throw error;
      problems.push(error.asMessage);
    }
  });
  return problems.length === 0 && polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

function parkCentre(park: Park): Position {
  const positions = park.boundary.type === 'Polygon' ? park.boundary.coordinates.flat() : park.boundary.coordinates.flat(2);
  const sum = positions.reduce<[number, number]>((acc, [lon, lat]) => [acc[0] + lon, acc[1] + lat], [0, 0]);
  return positions.length === 0 ? [0, 0] : [sum[0] / positions.length, sum[1] / positions.length];
}

/**
 * Reads and checks an extract for `park` without writing: the report, the CRS used and the parcels.
 *
 * @example
 * checkParcelImport(store, park, { input: 'kpt.zip' }).report.accepted; // parcels that can be written
 */
export function checkParcelImport(store: ProjectStore, park: Park, options: ParcelImportOptions): ParcelCheck {
  const { extracts, notes } = readExtracts(options.input);
  const fileCrs = extracts.map(({ extract }) => extract.crsName).find((name) => name !== null) ?? 'СК кадастрового округа';
  const { crs, how } = chosenCrs(options, park, fileCrs);
  const formats = [...new Set(extracts.map(({ extract }) => extract.format))].join(', ');
  const report = emptyReport(message('import.format.rosreestr', { formats }), message('parcelReport.crs', { crs: crs.label, how, fileCrs }), notes, 'parcels');
  const known = new Set(store.cadastralParcels.listByPark(park.id).map((parcel) => parcel.cadastralNumber));
  const seen = new Set<string>();
  const parcels: NewCadastralParcel[] = [];
  const near = parkCentre(park);
  for (const { name, extract } of extracts) {
    for (const parcel of extract.parcels) {
      report.read++;
      const problems = [...parcel.problems];
      const geometry = problems.length === 0 ? parcelGeometry(parcel, crs, near, problems) : null;
      const number = parcel.cadastralNumber ?? '';
      if (geometry !== null && seen.has(number)) problems.push(message('parcelReport.twice'));
      if (geometry === null || problems.length > 0) {
        noteFeature(report, 'rejected', parcel.label, problems);
        continue;
      }
      seen.add(number);
      const messages = [...parcel.repairs];
      if (parcel.contours.length > 1) messages.push(message('parcelReport.contours', { count: parcel.contours.length }));
      if (known.has(number)) messages.push(message('parcelReport.replaces'));
      noteFeature(report, 'accepted', parcel.label, messages);
      parcels.push({
        ...parcelRecordOf(parcel),
        parkId: park.id,
        cadastralNumber: number,
        source: `${name} (${extract.format})`,
        sourceCrs: crs.key,
        geometry,
      });
    }
  }
  return { report, crs, parcels };
}

/**
 * Checks the extract and writes its parcels in one transaction, or refuses (naming how many were rejected)
 * and writes nothing. Returns the check with `written` set.
 */
export function commitParcelImport(store: ProjectStore, park: Park, options: ParcelImportOptions): ParcelCheck {
  const check = checkParcelImport(store, park, options);
  assertImportable(check, options);
  store.transaction(() => {
    for (const parcel of check.parcels) store.cadastralParcels.upsert(parcel);
  });
  check.report.written = check.parcels.length;
  return check;
}

/** Refuses a check with rejections (unless skipping them) or with nothing to write. */
export function assertImportable(check: ParcelCheck, options: ParcelImportOptions): void {
  const { rejectedCount, accepted } = check.report;
  if (rejectedCount > 0 && options.skipRejected !== true) throw new RefusedError('cadastre.extract.rejected', { count: rejectedCount, accepted });
  if (accepted === 0) throw new RefusedError('cadastre.extract.nothing');
}
