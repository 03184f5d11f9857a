import { RefusedError } from '../../refusals/refusedError';
import type { SourceGeometry, SourcePosition } from './sourceFeature';

/*
 * The Data section of a MapInfo MIF: one graphic object after another (Region, Pline, Pline Multiple,
 * Point, Line, Rect, and the ones a plan cannot use — Text, Arc, Ellipse, RoundRect, MultiPoint —
 * whose values are read past), each followed by style clauses (Pen, Brush, Center, Smooth) that are
 * skipped. A Region's rings are sorted into outer rings and holes by which lies inside which, as MapInfo
 * draws them (it keeps no winding). A count the file does not hold refuses the file: no half-read object.
 */

export const MIF_OBJECTS = ['none', 'point', 'line', 'pline', 'region', 'arc', 'text', 'rect', 'roundrect', 'ellipse', 'multipoint', 'collection'] as const;
const OBJECT_WORDS: ReadonlySet<string> = new Set(MIF_OBJECTS);

export interface MifObject {
  /** The MIF keyword as written (Region, Pline…), for the report's label. */
  readonly kind: string;
  readonly geometry: SourceGeometry | null;
}

/** Reads values across lines, remembering where it is for the refusals. */
class Cursor {
  private line = 0;
  private tokens: string[] = [];
  private token = 0;

  constructor(
    private readonly lines: readonly string[],
    private readonly file: string,
  ) {}

  /** Moves to the next line that starts an object; false at the end. */
  nextObject(): string | null {
    for (; this.line < this.lines.length; this.line++) {
      const words = (this.lines[this.line] ?? '').trim().split(/\s+/);
      const word = (words[0] ?? '').toLowerCase();
      if (OBJECT_WORDS.has(word)) {
        this.tokens = words.slice(1);
        this.token = 0;
        this.line++;
        return word;
      }
    }
    return null;
  }

  /** The rest of the object's first line, unread. */
  restOfLine(): string[] {
    const rest = this.tokens.slice(this.token);
    this.token = this.tokens.length;
    return rest;
  }

  number(object: string, index: number, missing: number): number {
    while (this.token >= this.tokens.length) {
      if (this.line >= this.lines.length) throw new RefusedError('import.mif.truncated', { file: this.file, object, number: index, count: missing });
      this.tokens = (this.lines[this.line] ?? '').trim().split(/[\s,]+/).filter((token) => token !== '');
      this.token = 0;
      this.line++;
    }
    const text = this.tokens[this.token++] ?? '';
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) throw new RefusedError('import.mif.badNumber', { file: this.file, line: this.line, text: text.slice(0, 40) });
    return value;
  }

  count(object: string, index: number, given?: string): number {
    const value = given === undefined ? this.number(object, index, 1) : Number(given);
    // A point takes a line, two at most: a count past the lines left cannot be met, and is not allocated.
    if (!Number.isInteger(value) || value < 0 || value > 2 * (this.lines.length - this.line + 1)) {
      throw new RefusedError('import.mif.truncated', { file: this.file, object, number: index, count: Number.isFinite(value) ? value : 0 });
    }
    return value;
  }

  /** Skips the rest of the current line (a Text object's string). */
  skipLine(): void {
    if (this.token >= this.tokens.length && this.line < this.lines.length) this.line++;
    this.token = this.tokens.length;
  }
}

function points(cursor: Cursor, object: string, index: number, count: number): SourcePosition[] {
  const out: SourcePosition[] = [];
  for (let i = 0; i < count; i++) out.push([cursor.number(object, index, 2 * (count - i)), cursor.number(object, index, 2 * (count - i) - 1)]);
  return out;
}

/** A count from the file: a whole number, not negative, and no more values than the file has left. */
function count(cursor: Cursor, object: string, index: number, given?: string): number {
  return cursor.count(object, index, given);
}

/** Twice the signed area; positive is counter-clockwise. */
function signedArea(ring: readonly SourcePosition[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += (ring[i]?.[0] ?? 0) * (ring[i + 1]?.[1] ?? 0) - (ring[i + 1]?.[0] ?? 0) * (ring[i]?.[1] ?? 0);
  return sum;
}

function inside(point: SourcePosition, ring: readonly SourcePosition[]): boolean {
  const [x = 0, y = 0] = point;
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

const closed = (ring: SourcePosition[]): SourcePosition[] => {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
};

/** Rings → polygons: a ring inside an outer ring (and in no ring between) is its hole; GeoJSON winding, file order. */
export function regionPolygons(rings: readonly SourcePosition[][]): SourceGeometry {
  const items = rings.map((ring, index) => {
    const whole = closed(ring);
    return { ring: whole, index, area: Math.abs(signedArea(whole)), depth: 0, outer: index };
  });
  // Larger rings first: the holder of a ring is then the smallest one already placed that holds it.
  const placed: typeof items = [];
  for (const item of [...items].sort((a, b) => b.area - a.area)) {
    const holder = [...placed].reverse().find((candidate) => item.ring[0] !== undefined && inside(item.ring[0], candidate.ring));
    item.depth = holder === undefined ? 0 : holder.depth + 1;
    item.outer = holder !== undefined && item.depth % 2 === 1 ? holder.outer : item.index;
    placed.push(item);
  }
  const wound = (ring: SourcePosition[], ccw: boolean) => (signedArea(ring) > 0 === ccw ? ring : [...ring].reverse());
  const polygons = items
    .filter((item) => item.outer === item.index)
    .map((outer) => [wound(outer.ring, true), ...items.filter((hole) => hole.outer === outer.index && hole !== outer).map((hole) => wound(hole.ring, false))]);
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] ?? [] } : { type: 'MultiPolygon', coordinates: polygons };
}

const unsupported = (what: string): SourceGeometry => ({ type: 'Unsupported', what: `MapInfo ${what}` });

function readObject(cursor: Cursor, word: string, index: number): SourceGeometry | null {
  switch (word) {
    case 'none':
      return null;
    case 'point':
      return { type: 'Point', coordinates: points(cursor, 'Point', index, 1)[0] ?? [] };
    case 'line':
      return { type: 'LineString', coordinates: points(cursor, 'Line', index, 2) };
    case 'pline': {
      const rest = cursor.restOfLine();
      if ((rest[0] ?? '').toLowerCase() === 'multiple') {
        const sections = count(cursor, 'Pline', index, rest[1]);
        const lines = Array.from({ length: sections }, () => points(cursor, 'Pline', index, count(cursor, 'Pline', index)));
        return lines.length === 1 ? { type: 'LineString', coordinates: lines[0] ?? [] } : { type: 'MultiLineString', coordinates: lines };
      }
      const n = count(cursor, 'Pline', index, rest[0]);
      return { type: 'LineString', coordinates: points(cursor, 'Pline', index, n) };
    }
    case 'region': {
      const rings = Array.from({ length: count(cursor, 'Region', index) }, () => points(cursor, 'Region', index, count(cursor, 'Region', index)));
      return rings.length === 0 ? null : regionPolygons(rings);
    }
    case 'rect': {
      const [[x1 = 0, y1 = 0] = [], [x2 = 0, y2 = 0] = []] = points(cursor, 'Rect', index, 2);
      return regionPolygons([[[x1, y1], [x2, y1], [x2, y2], [x1, y2]]]);
    }
    case 'roundrect':
      points(cursor, 'RoundRect', index, 2);
      cursor.number('RoundRect', index, 1);
      return unsupported('RoundRect');
    case 'ellipse':
      points(cursor, 'Ellipse', index, 2);
      return unsupported('Ellipse');
    case 'arc':
      points(cursor, 'Arc', index, 3);
      return unsupported('Arc');
    case 'text':
      // The string is on the keyword's line or the next; the box follows.
      if (cursor.restOfLine().length === 0) cursor.skipLine();
      points(cursor, 'Text', index, 2);
      return unsupported('Text');
    case 'multipoint':
      points(cursor, 'MultiPoint', index, count(cursor, 'MultiPoint', index));
      return unsupported('MultiPoint');
    default:
      return unsupported(word);
  }
}

/**
 * Every object of the Data section, in file order (the .mid's rows follow the same order).
 *
 * @example
 * mifObjects(['Region 1', '  4', '0 0', '10 0', '10 10', '0 10'], 'a.mif')[0]?.geometry?.type; // 'Polygon'
 */
export function mifObjects(lines: readonly string[], file: string): MifObject[] {
  const cursor = new Cursor(lines, file);
  const objects: MifObject[] = [];
  for (let word = cursor.nextObject(); word !== null; word = cursor.nextObject()) {
    const index = objects.length + 1;
    if (word === 'collection') {
      // A collection's parts (Region, Pline, Multipoint) are objects of their own lines: one record.
      const parts = count(cursor, 'Collection', index);
      const geometries: (SourceGeometry | null)[] = [];
      for (let p = 0; p < parts; p++) {
        const part = cursor.nextObject();
        if (part === null) throw new RefusedError('import.mif.truncated', { file, object: 'Collection', number: index, count: parts - p });
        geometries.push(readObject(cursor, part, index));
      }
      const present = geometries.filter((g) => g !== null);
      const areas = present.every((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
      const polygons = present.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []));
      objects.push({ kind: 'Collection', geometry: areas && polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : unsupported('Collection') });
      continue;
    }
    objects.push({ kind: word === 'pline' ? 'Pline' : word === 'roundrect' ? 'RoundRect' : word === 'multipoint' ? 'MultiPoint' : `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`, geometry: readObject(cursor, word, index) });
  }
  return objects;
}
