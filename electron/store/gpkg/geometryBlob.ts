import type { DomainGeometry } from '../../../shared/domain/geometry';
import { geometryEnvelope, type Envelope } from './envelope';
import { ByteReader, ByteWriter, GeometryBlobError, readWkb, writeWkb } from './wkb';

export { GeometryBlobError } from './wkb';

/** EPSG:4326 (WGS 84 longitude/latitude), the only CRS the project stores. */
export const WGS84_SRS_ID = 4326;

const MAGIC_G = 0x47;
const MAGIC_P = 0x50;
/** Flags bit 0: header values (srs_id, envelope) are little-endian. */
const FLAG_LITTLE_ENDIAN = 0b0000_0001;
/** Flags bits 1-3: envelope contents indicator. */
const ENVELOPE_SHIFT = 1;
const ENVELOPE_MASK = 0b0000_1110;
/** Flags bit 4: the geometry is empty. */
const FLAG_EMPTY = 0b0001_0000;
/** Flags bit 5: an extension geometry type (GeoPackage extended geometry), which we never write. */
const FLAG_EXTENDED = 0b0010_0000;
const FLAG_RESERVED = 0b1100_0000;
/** Doubles per envelope contents indicator: none, xy, xyz, xym, xyzm. */
const ENVELOPE_DOUBLES = [0, 4, 6, 6, 8] as const;

/** What a GeoPackage geometry blob holds, decoded. */
export interface DecodedGeometryBlob {
  readonly srsId: number;
  /** The envelope written in the header (its x/y part), or null when the blob carries none. */
  readonly envelope: Envelope | null;
  readonly empty: boolean;
  readonly geometry: DomainGeometry;
}

/**
 * Encodes a geometry as a GeoPackage binary geometry (GeoPackage 1.3 §2.1.3): 'GP', version 0, flags
 * (little-endian, xy envelope), srs_id, the envelope [minx, maxx, miny, maxy], then little-endian ISO WKB.
 * Coordinates are written as full doubles, never rounded.
 *
 * @example
 * const blob = encodeGeometryBlob({ type: 'LineString', coordinates: [[39.6, 54.7], [39.61, 54.71]] });
 * // blob[0..1] = 'GP', blob[3] = 0x03, then srs 4326, envelope and WKB
 */
export function encodeGeometryBlob(geometry: DomainGeometry, srsId: number = WGS84_SRS_ID): Buffer {
  const envelope = geometryEnvelope(geometry);
  const out = new ByteWriter();
  out.uint8(MAGIC_G);
  out.uint8(MAGIC_P);
  out.uint8(0);
  // An empty geometry carries no envelope (indicator 0) and sets the empty flag.
  out.uint8(envelope === null ? FLAG_LITTLE_ENDIAN | FLAG_EMPTY : FLAG_LITTLE_ENDIAN | (1 << ENVELOPE_SHIFT));
  out.int32(srsId);
  if (envelope !== null) {
    out.float64(envelope.minX);
    out.float64(envelope.maxX);
    out.float64(envelope.minY);
    out.float64(envelope.maxY);
  }
  writeWkb(out, geometry);
  const bytes = out.toBytes();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function hex(value: number): string {
  return `0x${value.toString(16).padStart(2, '0')}`;
}

/**
 * Decodes a GeoPackage binary geometry holding a 2D LineString, Polygon or MultiPolygon, in either byte
 * order and with any envelope kind. Throws a {@link GeometryBlobError} naming the fault (bad magic,
 * unsupported version or flags, truncated blob, unsupported WKB type, trailing bytes).
 *
 * @example
 * const { srsId, geometry } = decodeGeometryBlob(row.geom);
 * // srsId === 4326, geometry.type === 'Polygon'
 */
export function decodeGeometryBlob(blob: Uint8Array): DecodedGeometryBlob {
  const input = new ByteReader(blob);
  if (blob.byteLength < 2 || blob[0] !== MAGIC_G || blob[1] !== MAGIC_P) {
    const found = Array.from(blob.subarray(0, 2), hex).join(' ') || 'nothing';
    throw new GeometryBlobError(`bad magic: a GeoPackage geometry blob starts with 'GP' (0x47 0x50), found ${found}`);
  }
  input.offset = 2;
  const version = input.uint8('the version');
  if (version !== 0) {
    throw new GeometryBlobError(`unsupported GeoPackage geometry blob version ${version} (expected 0)`);
  }
  const flags = input.uint8('the flags byte');
  if ((flags & FLAG_RESERVED) !== 0) {
    throw new GeometryBlobError(`bad flags ${hex(flags)}: reserved bits 6-7 must be 0`);
  }
  if ((flags & FLAG_EXTENDED) !== 0) {
    throw new GeometryBlobError(`unsupported extended geometry blob (flags ${hex(flags)}, bit 5 set)`);
  }
  const indicator = (flags & ENVELOPE_MASK) >> ENVELOPE_SHIFT;
  const doubles = ENVELOPE_DOUBLES[indicator];
  if (doubles === undefined) {
    throw new GeometryBlobError(`bad flags ${hex(flags)}: envelope contents indicator ${indicator} is not 0-4`);
  }
  const littleEndian = (flags & FLAG_LITTLE_ENDIAN) !== 0;
  const srsId = input.int32('the srs_id', littleEndian);
  let envelope: Envelope | null = null;
  if (doubles > 0) {
    const minX = input.float64('the envelope', littleEndian);
    const maxX = input.float64('the envelope', littleEndian);
    const minY = input.float64('the envelope', littleEndian);
    const maxY = input.float64('the envelope', littleEndian);
    // Z and M ranges are skipped: the project stores 2D geometries only.
    for (let i = 4; i < doubles; i += 1) input.float64('the envelope', littleEndian);
    envelope = { minX, maxX, minY, maxY };
  }
  const geometry = readWkb(input);
  if (input.remaining !== 0) {
    throw new GeometryBlobError(`${input.remaining} unexpected bytes after the geometry at offset ${input.offset}`);
  }
  return { srsId, envelope, empty: (flags & FLAG_EMPTY) !== 0, geometry };
}

/** Names a decoded geometry's type for error messages and checks. */
export function expectGeometryType<T extends DomainGeometry['type']>(
  geometry: DomainGeometry,
  type: T,
  where: string,
): Extract<DomainGeometry, { type: T }> {
  if (geometry.type !== type) {
    throw new GeometryBlobError(`${where}: expected a ${type}, found a ${geometry.type}`);
  }
  return geometry as Extract<DomainGeometry, { type: T }>;
}
