import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import DxfParser, { type IDxf } from 'dxf-parser';
import type { DxfUnit } from '../../../../shared/contract/exchangeRequests';
import { formatMessage, message } from '../../../../shared/messages/message';
import { RefusedError } from '../../refusals/refusedError';
import { dxfPolylines, type AttribEntity, type DxfPolyline, type ExpansionCount } from './dxfBlocks';
import { checkDxfFrame } from './dxfStructure';
import { decodeDxf } from './dxfText';
import type { FeatureSource, SourceFeature, SourcePosition } from './sourceFeature';

/*
 * ASCII DXF from engineers' CAD drawings, parsed by dxf-parser: LWPOLYLINE and POLYLINE entities, in model
 * space and inside the blocks INSERTs place (dxfBlocks.ts), with the INSERT's ATTRIBs as attributes — a
 * КПТ drawing's «КН» fills the cadastral number. A closed polyline becomes a polygon, an open one a line.
 * The bytes are decoded per $DWGCODEPAGE / $ACADVER and \U+XXXX undone (dxfText.ts); the frame is
 * checked first (dxfStructure.ts), so a truncated file is refused naming what is missing. DXF carries no
 * CRS, so the planner names it with --crs; drawing units ($INSUNITS) are turned into metres first.
 */

/** $INSUNITS codes → metres per drawing unit (0, unitless, is taken as metres and said so). */
const UNIT_METRES: Readonly<Record<number, readonly [number, string]>> = {
  0: [1, 'unitless, read as metres'],
  1: [0.0254, 'inches'],
  2: [0.3048, 'feet'],
  4: [0.001, 'millimetres'],
  5: [0.01, 'centimetres'],
  6: [1, 'metres'],
  7: [1000, 'kilometres'],
};

/** The units a planner can name (--units, the dialog) → metres per drawing unit. */
const CHOSEN_UNIT_METRES: Readonly<Record<DxfUnit, number>> = { m: 1, mm: 0.001, cm: 0.01, km: 1000, ft: 0.3048, in: 0.0254 };

/** What the header said, for the note when the planner's units override it. */
function fileSaid(code: number): string {
  return `$INSUNITS=${code}${UNIT_METRES[code] === undefined ? '' : ` (${UNIT_METRES[code][1]})`}`;
}

interface Scanner {
  next(): { code: number; value: unknown };
  isEOF(): boolean;
}

/** dxf-parser skips ATTRIB; a КПТ drawing keeps the parcel's number in one, so it is read here. */
class AttribHandler {
  readonly ForEntityName = 'ATTRIB';
  parseEntity(scanner: Scanner): AttribEntity {
    const attrib = { type: 'ATTRIB', tag: '', text: '', layer: '' };
    let group = scanner.next();
    while (!scanner.isEOF() && group.code !== 0) {
      if (group.code === 1) attrib.text = String(group.value);
      else if (group.code === 2) attrib.tag = String(group.value);
      else if (group.code === 8) attrib.layer = String(group.value);
      group = scanner.next();
    }
    // The rest of IEntity (handles, colours) is nothing the import reads.
    return attrib as unknown as AttribEntity;
  }
}

function parse(text: string, file: string): IDxf {
  const parser = new DxfParser();
  parser.registerEntityHandler(AttribHandler as unknown as Parameters<DxfParser['registerEntityHandler']>[0]);
  try {
    const dxf = parser.parseSync(text);
    if (dxf === null) throw new Error('empty');
    return dxf;
  } catch (error) {
    throw new RefusedError('import.dxf.unreadable', { file, reason: error instanceof Error ? error.message.slice(0, 200) : String(error) });
  }
}

const note = (...args: Parameters<typeof message>): string => formatMessage('en', message(...args));

function featureOf(polyline: DxfPolyline, index: number, scale: number): SourceFeature {
  const positions: SourcePosition[] = polyline.positions.map(([x, y]) => [x * scale, y * scale]);
  const first = positions[0];
  const last = positions[positions.length - 1];
  const endsWhereItStarts = positions.length > 3 && first?.[0] === last?.[0] && first?.[1] === last?.[1];
  const closed = polyline.closedFlag || endsWhereItStarts;
  // A closed flag is DXF's way of closing the ring, not a fault to report as a repair.
  if (polyline.closedFlag && !endsWhereItStarts && first !== undefined) positions.push([...first]);
  const { layer, block } = polyline;
  const attributes = {
    layer,
    ...(block === null ? {} : { block }),
    ...polyline.attributes,
    ...(polyline.bulges > 0 ? { notes: `${polyline.bulges} arc segment(s) of the drawing read as straight lines` } : {}),
  };
  const label = `${polyline.kind} ${index}${block === null ? '' : ` of block «${block}»`}${layer === '' ? '' : ` on layer «${layer}»`}`;
  return { label, geometry: closed ? { type: 'Polygon', coordinates: [positions] } : { type: 'LineString', coordinates: positions }, attributes };
}

/**
 * The features, in drawing order, and the notes on the blocks expanded. The drawing is in memory once
 * parsed, so the features are made at once: the notes must be known before the report is begun.
 */
function features(dxf: IDxf, file: string, scale: number): { features: SourceFeature[]; notes: string[] } {
  const count: ExpansionCount = { inserts: 0, fromBlocks: 0, missing: new Set() };
  const made: SourceFeature[] = [];
  for (const polyline of dxfPolylines(dxf, file, count)) made.push(featureOf(polyline, made.length + 1, scale));
  const notes: string[] = [];
  if (count.inserts > 0) notes.push(note('import.dxf.note.blocks', { inserts: count.inserts, polylines: count.fromBlocks }));
  if (count.missing.size > 0) notes.push(note('import.dxf.note.missingBlocks', { blocks: [...count.missing].join(', ') }));
  return { features: made, notes };
}

/**
 * Opens an ASCII DXF for import; `crs` (from --crs) is required, since a drawing does not say where it is.
 * `units` (--units), when given, overrides the drawing's $INSUNITS.
 *
 * @example
 * readDxf('genplan.dxf', 'MSK-62-1'); // closed LWPOLYLINEs → plot outlines in МСК-62 zone 1 metres
 * readDxf('kpt.dxf', 'MSK-62-1', 'mm'); // the same, its coordinates read as millimetres
 */
export function readDxf(file: string, crs: string | undefined, units?: DxfUnit): FeatureSource {
  const name = basename(file);
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 22).toString('latin1') === 'AutoCAD Binary DXF\r\n\x1a\0') throw new RefusedError('import.dxf.binary', { file: name });
  if (crs === undefined) throw new RefusedError('import.dxf.needsCrs', { file: name });
  const decoded = decodeDxf(bytes);
  const { unitsCode } = checkDxfFrame(decoded.text, name);
  const dxf = parse(decoded.text, name);
  const textNote = note('import.dxf.note.text', { encoding: decoded.encoding, because: decoded.because });
  const geographic = /^(EPSG:)?4326$/i.test(crs.trim());
  let scale: number;
  let unitNote: string;
  if (units !== undefined && !geographic) {
    scale = CHOSEN_UNIT_METRES[units];
    unitNote = `units: ${units} (chosen), file said ${fileSaid(unitsCode)}`;
  } else {
    const [metres, unitName] = UNIT_METRES[unitsCode] ?? [Number.NaN, ''];
    if (!Number.isFinite(metres)) throw new RefusedError('import.dxf.units', { file: name, units: unitsCode });
    scale = geographic ? 1 : metres;
    unitNote = geographic ? 'drawing units taken as degrees (--crs EPSG:4326)' : `drawing units: ${unitName}`;
  }
  const read = features(dxf, name, scale);
  return { format: 'DXF', declaredCrs: crs, notes: [unitNote, textNote, ...read.notes], features: read.features };
}

