import type {
  DomainGeometry,
  LinearRing,
  LineStringGeometry,
  MultiPolygonGeometry,
  PolygonGeometry,
  Position,
} from '../../../shared/domain/geometry';

/*
 * ISO WKB for the three 2D types the project stores, ours rather than a library's (wkx and the like are
 * unmaintained and read every type there is): doubles go through untouched, so a coordinate comes back
 * bit for bit, and every fault in a foreign blob is named with its offset for the finding it becomes.
 */

/** ISO WKB type codes for the 2D geometries the domain stores. */
export const WKB_TYPES = { LineString: 2, Polygon: 3, MultiPolygon: 6 } as const;

/** Thrown for a blob or WKB that cannot be read; the message says what is wrong and where. */
export class GeometryBlobError extends Error {
  override readonly name = 'GeometryBlobError';
}

/** Appends little-endian values to a growing buffer. */
export class ByteWriter {
  private bytes = new Uint8Array(256);
  private view = new DataView(this.bytes.buffer);
  private length = 0;

  private reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + count));
    grown.set(this.bytes);
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  uint8(value: number): void {
    this.reserve(1);
    this.view.setUint8(this.length, value);
    this.length += 1;
  }

  int32(value: number): void {
    this.reserve(4);
    this.view.setInt32(this.length, value, true);
    this.length += 4;
  }

  uint32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }

  float64(value: number): void {
    this.reserve(8);
    this.view.setFloat64(this.length, value, true);
    this.length += 8;
  }

  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Reads values from a blob, failing with the offset and the part being read when bytes run out. */
export class ByteReader {
  private readonly view: DataView;
  offset = 0;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number {
    return this.bytes.byteLength - this.offset;
  }

  private need(count: number, what: string): void {
    if (this.remaining < count) {
      throw new GeometryBlobError(
        `truncated geometry blob: needs ${count} bytes for ${what} at offset ${this.offset}, only ${this.remaining} left`,
      );
    }
  }

  uint8(what: string): number {
    this.need(1, what);
    const value = this.view.getUint8(this.offset);
    this.offset += 1;
    return value;
  }

  int32(what: string, littleEndian: boolean): number {
    this.need(4, what);
    const value = this.view.getInt32(this.offset, littleEndian);
    this.offset += 4;
    return value;
  }

  uint32(what: string, littleEndian: boolean): number {
    this.need(4, what);
    const value = this.view.getUint32(this.offset, littleEndian);
    this.offset += 4;
    return value;
  }

  float64(what: string, littleEndian: boolean): number {
    this.need(8, what);
    const value = this.view.getFloat64(this.offset, littleEndian);
    this.offset += 8;
    return value;
  }
}

function writePoints(out: ByteWriter, points: readonly Position[]): void {
  out.uint32(points.length);
  for (const point of points) {
    const [x, y] = point;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      throw new GeometryBlobError(`cannot encode a non-finite coordinate [${String(x)}, ${String(y)}]`);
    }
    out.float64(x);
    out.float64(y);
  }
}

function writePolygon(out: ByteWriter, rings: readonly LinearRing[]): void {
  out.uint8(1);
  out.uint32(WKB_TYPES.Polygon);
  out.uint32(rings.length);
  for (const ring of rings) writePoints(out, ring);
}

/** Writes a geometry as little-endian ISO WKB (2D), keeping every coordinate as a full double. */
export function writeWkb(out: ByteWriter, geometry: DomainGeometry): void {
  switch (geometry.type) {
    case 'LineString':
      out.uint8(1);
      out.uint32(WKB_TYPES.LineString);
      writePoints(out, geometry.coordinates);
      return;
    case 'Polygon':
      writePolygon(out, geometry.coordinates);
      return;
    case 'MultiPolygon':
      out.uint8(1);
      out.uint32(WKB_TYPES.MultiPolygon);
      out.uint32(geometry.coordinates.length);
      for (const polygon of geometry.coordinates) writePolygon(out, polygon);
      return;
  }
}

function readCount(input: ByteReader, what: string, littleEndian: boolean, bytesPerItem: number): number {
  const count = input.uint32(`the number of ${what}`, littleEndian);
  // A corrupt count must not make us allocate gigabytes before noticing the blob is short.
  if (count * bytesPerItem > input.remaining) {
    throw new GeometryBlobError(
      `truncated geometry blob: ${count} ${what} declared at offset ${input.offset - 4} need at least ${count * bytesPerItem} bytes, only ${input.remaining} left`,
    );
  }
  return count;
}

function readPoints(input: ByteReader, littleEndian: boolean): Position[] {
  const count = readCount(input, 'points', littleEndian, 16);
  const points: Position[] = [];
  for (let i = 0; i < count; i += 1) {
    const x = input.float64('an x coordinate', littleEndian);
    const y = input.float64('a y coordinate', littleEndian);
    points.push([x, y]);
  }
  return points;
}

function readHeader(input: ByteReader): { littleEndian: boolean; type: number } {
  const order = input.uint8('the WKB byte order');
  if (order !== 0 && order !== 1) {
    throw new GeometryBlobError(`bad WKB byte order ${order} at offset ${input.offset - 1} (expected 0 or 1)`);
  }
  const littleEndian = order === 1;
  return { littleEndian, type: input.uint32('the WKB geometry type', littleEndian) };
}

function readPolygonBody(input: ByteReader, littleEndian: boolean): LinearRing[] {
  const count = readCount(input, 'rings', littleEndian, 4);
  const rings: LinearRing[] = [];
  for (let i = 0; i < count; i += 1) rings.push(readPoints(input, littleEndian));
  return rings;
}

function unsupported(type: number, offset: number): GeometryBlobError {
  return new GeometryBlobError(
    `unsupported WKB geometry type ${type} at offset ${offset} (only 2D LineString=2, Polygon=3, MultiPolygon=6 are stored)`,
  );
}

/** Reads one 2D LineString, Polygon or MultiPolygon from ISO WKB in either byte order. */
export function readWkb(input: ByteReader): LineStringGeometry | PolygonGeometry | MultiPolygonGeometry {
  const start = input.offset;
  const { littleEndian, type } = readHeader(input);
  switch (type) {
    case WKB_TYPES.LineString:
      return { type: 'LineString', coordinates: readPoints(input, littleEndian) };
    case WKB_TYPES.Polygon:
      return { type: 'Polygon', coordinates: readPolygonBody(input, littleEndian) };
    case WKB_TYPES.MultiPolygon: {
      const count = readCount(input, 'polygons', littleEndian, 9);
      const polygons: LinearRing[][] = [];
      for (let i = 0; i < count; i += 1) {
        const partStart = input.offset;
        const part = readHeader(input);
        if (part.type !== WKB_TYPES.Polygon) {
          throw new GeometryBlobError(`MultiPolygon part ${i} at offset ${partStart} has WKB type ${part.type}, not Polygon (3)`);
        }
        polygons.push(readPolygonBody(input, part.littleEndian));
      }
      return { type: 'MultiPolygon', coordinates: polygons };
    }
    default:
      throw unsupported(type, start);
  }
}
