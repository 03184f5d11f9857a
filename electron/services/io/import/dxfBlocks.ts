import type { IBlock, IDxf, IEntity, IInsertEntity, ILwpolylineEntity, IPolylineEntity } from 'dxf-parser';
import { RefusedError } from '../../refusals/refusedError';
import { dxfUnicode } from './dxfText';

/*
 * The drawing's polylines in world coordinates, block INSERTs expanded. DXFs made from a КПТ place each
 * parcel as a BLOCK drawn about its base point and an INSERT (position, scale, rotation, for MINSERT a grid
 * of columns and rows) carrying its cadastral number as an ATTRIB; blocks nest. An entity on layer «0»
 * inside a block takes the INSERT's layer, as CAD draws it. The library parses; placing is ours.
 */

/** Nesting deeper than this is a block that inserts itself, or a drawing built to exhaust the reader. */
const MAX_NESTING = 16;
/** Polylines one file may expand to: a 1000 × 1000 MINSERT of a parcel would otherwise be a million plots. */
export const MAX_EXPANDED = 200_000;

type Point = readonly [number, number];
/** x' = a·x + b·y + e, y' = c·x + d·y + f */
type Transform = readonly [number, number, number, number, number, number];
const IDENTITY: Transform = [1, 0, 0, 1, 0, 0];

const apply = ([a, b, c, d, e, f]: Transform, [x, y]: Point): Point => [a * x + b * y + e, c * x + d * y + f];
/** `outer` after `inner`. */
const compose = (outer: Transform, inner: Transform): Transform => {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, a * t + b * u + e, c * t + d * u + f];
};

/** An ATTRIB after its INSERT: the tag and the text (the handler below reads them). */
export interface AttribEntity extends IEntity {
  readonly type: 'ATTRIB';
  readonly tag: string;
  readonly text: string;
}

export interface DxfPolyline {
  readonly kind: 'LWPOLYLINE' | 'POLYLINE';
  readonly layer: string;
  /** The outermost block's name when the polyline came out of an INSERT. */
  readonly block: string | null;
  /** The ATTRIBs of that INSERT, tag → text. */
  readonly attributes: Readonly<Record<string, string>>;
  /** World x, y in drawing units. */
  readonly positions: readonly Point[];
  readonly closedFlag: boolean;
  readonly bulges: number;
}

interface Placement {
  readonly transform: Transform;
  /** The layer a «0» entity takes: the INSERT's (the outermost one's when nested). */
  readonly layer: string | null;
  readonly block: string | null;
  readonly attributes: Readonly<Record<string, string>>;
  readonly depth: number;
}

const number = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** An INSERT's placement of its block's coordinates: base point off, scaled, turned, moved to the position. */
function insertTransform(insert: IInsertEntity, block: IBlock, column: number, row: number): Transform {
  const sx = number(insert.xScale, 1);
  const sy = number(insert.yScale, 1);
  const angle = (number(insert.rotation, 0) * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const base: Point = [number(block.position?.x, 0), number(block.position?.y, 0)];
  // MINSERT: the grid's spacing runs along the INSERT's own (turned) axes.
  const gx = column * number(insert.columnSpacing, 0);
  const gy = row * number(insert.rowSpacing, 0);
  let x = number(insert.position?.x, 0) + cos * gx - sin * gy;
  const y = number(insert.position?.y, 0) + sin * gx + cos * gy;
  // An extrusion of (0, 0, −1) mirrors the OCS: its x runs west.
  const mirrored = number(insert.extrusionDirection?.z, 1) < 0;
  if (mirrored) x = -x;
  const m = mirrored ? -1 : 1;
  const local: Transform = [m * cos * sx, m * -sin * sy, sin * sx, cos * sy, 0, 0];
  return compose([1, 0, 0, 1, x, y], compose(local, [1, 0, 0, 1, -base[0], -base[1]]));
}

function polylineOf(entity: IEntity, placement: Placement): DxfPolyline | null {
  const own = dxfUnicode(entity.layer ?? '');
  const layer = (own === '0' || own === '') && placement.layer !== null ? placement.layer : own;
  if (entity.type === 'LWPOLYLINE') {
    const line = entity as ILwpolylineEntity;
    const mirrored = number(line.extrusionDirectionZ, 1) < 0;
    const positions = (line.vertices ?? []).map((v) => apply(placement.transform, [mirrored ? -number(v.x, Number.NaN) : number(v.x, Number.NaN), number(v.y, Number.NaN)]));
    const bulges = (line.vertices ?? []).filter((v) => number(v.bulge, 0) !== 0).length;
    return { kind: 'LWPOLYLINE', layer, block: placement.block, attributes: placement.attributes, positions, closedFlag: line.shape === true, bulges };
  }
  if (entity.type === 'POLYLINE') {
    const line = entity as IPolylineEntity;
    // Meshes and polyface meshes are 3D surfaces, not outlines.
    if (line.is3dPolygonMesh === true || line.isPolyfaceMesh === true) return null;
    const positions = (line.vertices ?? []).map((v) => apply(placement.transform, [number(v.x, Number.NaN), number(v.y, Number.NaN)]));
    const bulges = (line.vertices ?? []).filter((v) => number(v.bulge, 0) !== 0).length;
    return { kind: 'POLYLINE', layer, block: placement.block, attributes: placement.attributes, positions, closedFlag: line.shape === true, bulges };
  }
  return null;
}

/** The ATTRIBs that follow the INSERT at `index`, tag → text. */
function attribsAfter(entities: readonly IEntity[], index: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (let i = index + 1; i < entities.length && entities[i]?.type === 'ATTRIB'; i++) {
    const attrib = entities[i] as AttribEntity;
    if (attrib.tag !== '') attributes[dxfUnicode(attrib.tag)] = dxfUnicode(attrib.text);
  }
  return attributes;
}

export interface ExpansionCount {
  inserts: number;
  fromBlocks: number;
  /** INSERTs of a block the drawing does not define. */
  missing: Set<string>;
}

function* walk(entities: readonly IEntity[], placement: Placement, blocks: Readonly<Record<string, IBlock>>, file: string, count: ExpansionCount): Generator<DxfPolyline> {
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i] as IEntity;
    if (entity.type !== 'INSERT') {
      const polyline = polylineOf(entity, placement);
      if (polyline !== null) yield polyline;
      continue;
    }
    const insert = entity as IInsertEntity;
    const name = insert.name ?? '';
    const block = blocks[name];
    if (block === undefined) {
      count.missing.add(dxfUnicode(name));
      continue;
    }
    if (placement.depth >= MAX_NESTING) throw new RefusedError('import.dxf.blocksTooDeep', { file, block: dxfUnicode(name), depth: MAX_NESTING });
    count.inserts++;
    const own = dxfUnicode(insert.layer ?? '');
    const layer = own === '0' || own === '' ? placement.layer : own;
    const attributes = placement.block === null ? attribsAfter(entities, i) : placement.attributes;
    const columns = Math.max(1, Math.trunc(number(insert.columnCount, 1)));
    const rows = Math.max(1, Math.trunc(number(insert.rowCount, 1)));
    // A MINSERT grid past the limit is refused before a single copy is made.
    if (columns * rows > MAX_EXPANDED) throw new RefusedError('import.dxf.tooManyFromBlocks', { file, limit: MAX_EXPANDED });
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const transform = compose(placement.transform, insertTransform(insert, block, column, row));
        const inner: Placement = { transform, layer, block: placement.block ?? dxfUnicode(name), attributes, depth: placement.depth + 1 };
        for (const polyline of walk(block.entities ?? [], inner, blocks, file, count)) {
          // Counted once, where the outermost INSERT hands it on; nested ones pass through here too.
          if (placement.depth === 0 && ++count.fromBlocks > MAX_EXPANDED) throw new RefusedError('import.dxf.tooManyFromBlocks', { file, limit: MAX_EXPANDED });
          yield polyline;
        }
      }
    }
  }
}

/**
 * Every polyline of model space, the blocks its INSERTs place drawn where they are placed.
 *
 * @example
 * [...dxfPolylines(new DxfParser().parseSync(text), 'kpt.dxf', count)].length; // a polyline per parcel contour
 */
export function* dxfPolylines(dxf: IDxf, file: string, count: ExpansionCount): Generator<DxfPolyline> {
  const root: Placement = { transform: IDENTITY, layer: null, block: null, attributes: {}, depth: 0 };
  yield* walk(dxf.entities ?? [], root, dxf.blocks ?? {}, file, count);
}
