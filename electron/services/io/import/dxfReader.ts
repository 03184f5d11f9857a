import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DxfUnit } from '../../../../shared/contract/exchangeRequests';
import { message, type Message } from '../../../../shared/messages/message';
import { RefusedError } from '../../refusals/refusedError';
import type { FeatureSource, SourceFeature, SourcePosition } from './sourceFeature';

/*
 * ASCII DXF from engineers' CAD drawings: LWPOLYLINE and POLYLINE entities. A closed polyline becomes
 * a polygon, an open one a line. DXF carries no CRS, so the planner names it with --crs; drawing units
 * ($INSUNITS) are turned into metres first. A file whose section never ends (no ENDSEC or EOF) is
 * truncated and refused.
 */

/** $INSUNITS codes → metres per drawing unit (0, unitless, is taken as metres and said so). */
const UNIT_METRES: Readonly<Record<number, readonly [number, Message]>> = {
  0: [1, message('import.unit.unitless')],
  1: [0.0254, message('import.unit.inches')],
  2: [0.3048, message('import.unit.feet')],
  4: [0.001, message('import.unit.millimetres')],
  5: [0.01, message('import.unit.centimetres')],
  6: [1, message('import.unit.metres')],
  7: [1000, message('import.unit.kilometres')],
};

const DXF = message('import.format.dxf');

/** The units a planner can name (--units, the dialog) → metres per drawing unit. */
const CHOSEN_UNIT_METRES: Readonly<Record<DxfUnit, number>> = { m: 1, mm: 0.001, cm: 0.01, km: 1000, ft: 0.3048, in: 0.0254 };

/** What the header said, for the note when the planner's units override it. */
function fileSaid(code: number): Message {
  const units = UNIT_METRES[code]?.[1];
  return units === undefined ? message('import.note.insunits', { code: String(code) }) : message('import.note.insunitsNamed', { code: String(code), units });
}

interface Pair {
  readonly code: number;
  readonly value: string;
}

function pairsOf(text: string, file: string): Pair[] {
  const lines = text.split(/\r?\n/);
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const code = Number((lines[i] ?? '').trim());
    if (!Number.isInteger(code)) throw new RefusedError('import.dxf.badGroupCode', { file, line: i + 1, text: (lines[i] ?? '').trim().slice(0, 40) });
    pairs.push({ code, value: (lines[i + 1] ?? '').trim() });
  }
  return pairs;
}

/** The decoder $DWGCODEPAGE asks for (DXF before AutoCAD 2007 is in the drawing's ANSI code page). */
function decode(bytes: Buffer): string {
  const page = bytes.toString('latin1').match(/\$DWGCODEPAGE\s*\r?\n\s*3\s*\r?\n\s*(\S+)/)?.[1] ?? '';
  const cyrillic = /1251/.test(page);
  return new TextDecoder(cyrillic ? 'windows-1251' : 'utf-8').decode(bytes);
}

interface Drawing {
  readonly unitsCode: number;
  readonly entities: readonly Pair[][];
}

/** Splits the pairs into sections, checking every section ends; returns the header units and entities. */
function drawingOf(pairs: readonly Pair[], file: string): Drawing {
  let unitsCode = 0;
  let entities: Pair[][] = [];
  let at = 0;
  let sawEof = false;
  while (at < pairs.length) {
    const pair = pairs[at] as Pair;
    if (pair.code === 0 && pair.value === 'EOF') {
      sawEof = true;
      break;
    }
    if (pair.code !== 0 || pair.value !== 'SECTION') {
      at++;
      continue;
    }
    const name = pairs[at + 1]?.value ?? '';
    const end = pairs.findIndex((p, i) => i > at && p.code === 0 && p.value === 'ENDSEC');
    if (end < 0) throw new RefusedError('import.dxf.sectionNeverEnds', { file, section: name });
    const body = pairs.slice(at + 2, end);
    if (name === 'HEADER') {
      const units = body.findIndex((p) => p.code === 9 && p.value === '$INSUNITS');
      if (units >= 0) unitsCode = Number(body[units + 1]?.value ?? 0);
    } else if (name === 'ENTITIES') {
      entities = [];
      for (const p of body) {
        if (p.code === 0) entities.push([p]);
        else entities[entities.length - 1]?.push(p);
      }
    }
    at = end + 1;
  }
  if (!sawEof) throw new RefusedError('import.dxf.noEof', { file });
  return { unitsCode, entities };
}

/** The polylines of the ENTITIES section as features: LWPOLYLINE directly, POLYLINE with its VERTEXes. */
function* polylines(drawing: Drawing, scale: number): Generator<SourceFeature> {
  let index = 0;
  const { entities } = drawing;
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e] as Pair[];
    const kind = entity[0]?.value;
    if (kind !== 'LWPOLYLINE' && kind !== 'POLYLINE') continue;
    index++;
    const layer = entity.find((p) => p.code === 8)?.value ?? '';
    const closedFlag = (Number(entity.find((p) => p.code === 70)?.value ?? 0) & 1) === 1;
    const vertexPairs: Pair[] = [];
    if (kind === 'LWPOLYLINE') vertexPairs.push(...entity);
    else {
      for (e++; e < entities.length && entities[e]?.[0]?.value === 'VERTEX'; e++) vertexPairs.push(...(entities[e] ?? []));
    }
    const positions: SourcePosition[] = [];
    let bulges = 0;
    for (const pair of vertexPairs) {
      if (pair.code === 10) positions.push([Number(pair.value) * scale, Number.NaN]);
      else if (pair.code === 20 && positions.length > 0) (positions[positions.length - 1] as number[])[1] = Number(pair.value) * scale;
      else if (pair.code === 42 && Number(pair.value) !== 0) bulges++;
    }
    const first = positions[0];
    const last = positions[positions.length - 1];
    const endsWhereItStarts = positions.length > 3 && first?.[0] === last?.[0] && first?.[1] === last?.[1];
    const closed = closedFlag || endsWhereItStarts;
    // A closed flag is DXF's way of closing the ring, not a fault to report as a repair.
    if (closedFlag && !endsWhereItStarts && first !== undefined) positions.push([...first]);
    const attributes = { layer, ...(bulges > 0 ? { notes: `${bulges} arc segment(s) of the drawing read as straight lines` } : {}) };
    const label = layer === '' ? message('importLabel.polyline', { kind, n: index }) : message('importLabel.polylineOnLayer', { kind, n: index, layer });
    yield { label, geometry: closed ? { type: 'Polygon', coordinates: [positions] } : { type: 'LineString', coordinates: positions }, attributes };
  }
}

/**
 * Opens an ASCII DXF for import; `crs` (from --crs) is required, since a drawing does not say where it is.
 * `units` (--units), when given, overrides the drawing's $INSUNITS.
 *
 * @example
 * readDxf('genplan.dxf', 'MSK-62-1'); // closed LWPOLYLINEs → plot outlines in МСК-62 zone 1 metres
 * readDxf('genplan.dxf', 'MSK-62-1', 'mm'); // the same, its coordinates read as millimetres
 */
export function readDxf(file: string, crs: string | undefined, units?: DxfUnit): FeatureSource {
  const name = basename(file);
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 22).toString('latin1') === 'AutoCAD Binary DXF\r\n\x1a\0') throw new RefusedError('import.dxf.binary', { file: name });
  if (crs === undefined) throw new RefusedError('import.dxf.needsCrs', { file: name });
  const drawing = drawingOf(pairsOf(decode(bytes), name), name);
  const geographic = /^(EPSG:)?4326$/i.test(crs.trim());
  if (units !== undefined && !geographic) {
    const note = message('import.note.dxfChosenUnits', { unit: units, said: fileSaid(drawing.unitsCode) });
    return { format: DXF, declaredCrs: crs, notes: [note], features: polylines(drawing, CHOSEN_UNIT_METRES[units]) };
  }
  const [metres, unitName] = UNIT_METRES[drawing.unitsCode] ?? [Number.NaN, message('import.unit.metres')];
  if (!Number.isFinite(metres)) throw new RefusedError('import.dxf.units', { file: name, units: drawing.unitsCode });
  const scale = geographic ? 1 : metres;
  return { format: DXF, declaredCrs: crs, notes: [geographic ? message('import.note.dxfDegrees') : message('import.note.dxfUnits', { units: unitName })], features: polylines(drawing, scale) };
}
