import type { LinearRing, LineStringGeometry, MultiPolygonGeometry, PolygonGeometry, Position } from '../../../shared/domain/geometry';
import { ByteReader, GeometryBlobError } from './wkb';

/*
 * The SpatiaLite geometry blob, which SpatiaLite tools (and QGIS or GDAL writing through them) put into a
 * GeoPackage column where GeoPackage geometry belongs: GDAL and QGIS read such a row, so ParkPlan reads it
 * too rather than failing the whole file. Layout (SpatiaLite "BLOB-Geometry"): 0x00, the byte order,
 * SRID, the MBR (four doubles), 0x7C, the class type, its body as in WKB but without the byte-order byte,
 * each part of a collection led by 0x69 instead, and 0xFE at the end. 2D LineString, Polygon and
 * MultiPolygon are read, as in the GeoPackage blobs the project stores.
 */

const START = 0x00;
const MBR_END = 0x7c;
const ENTITY = 0x69;
const END = 0xfe;

/** True when the bytes are laid out as a SpatiaLite blob (its start, byte order, MBR end and end markers). */
export function isSpatiaLiteBlob(blob: Uint8Array): boolean {
  return blob.length >= 44 && blob[0] === START && (blob[1] === 0 || blob[1] === 1) && blob[38] === MBR_END && blob[blob.length - 1] === END;
}

function points(input: ByteReader, little: boolean): Position[] {
  const count = input.uint32('the number of points', little);
  if (count * 16 > input.remaining) throw new GeometryBlobError(`SpatiaLite blob: ${count} points declared, only ${input.remaining} bytes left`);
  const out: Position[] = [];
  for (let i = 0; i < count; i++) out.push([input.float64('an x coordinate', little), input.float64('a y coordinate', little)]);
  return out;
}

function rings(input: ByteReader, little: boolean): LinearRing[] {
  const count = input.uint32('the number of rings', little);
  if (count * 4 > input.remaining) throw new GeometryBlobError(`SpatiaLite blob: ${count} rings declared, only ${input.remaining} bytes left`);
  return Array.from({ length: count }, () => points(input, little));
}

/**
 * The geometry of a SpatiaLite blob; a GeometryBlobError names what is not understood (3D or compressed
 * classes, other types).
 *
 * @example
 * decodeSpatiaLiteBlob(blobFromSpatiaLite); // { type: 'Polygon', coordinates: [[[39.609, 54.7], …]] }
 */
export function decodeSpatiaLiteBlob(blob: Uint8Array): LineStringGeometry | PolygonGeometry | MultiPolygonGeometry {
  if (!isSpatiaLiteBlob(blob)) throw new GeometryBlobError('not a SpatiaLite geometry blob');
  const little = blob[1] === 1;
  const input = new ByteReader(blob.subarray(39, blob.length - 1));
  const type = input.uint32('the SpatiaLite class type', little);
  let geometry: LineStringGeometry | PolygonGeometry | MultiPolygonGeometry;
  if (type === 2) geometry = { type: 'LineString', coordinates: points(input, little) };
  else if (type === 3) geometry = { type: 'Polygon', coordinates: rings(input, little) };
  else if (type === 6) {
    const count = input.uint32('the number of polygons', little);
    const polygons: LinearRing[][] = [];
    for (let i = 0; i < count; i++) {
      if (input.uint8('a part marker') !== ENTITY || input.uint32('a part class type', little) !== 3) throw new GeometryBlobError(`SpatiaLite blob: part ${i + 1} of the MultiPolygon is not a Polygon`);
      polygons.push(rings(input, little));
    }
    geometry = { type: 'MultiPolygon', coordinates: polygons };
  } else throw new GeometryBlobError(`SpatiaLite blob of class type ${type}: only 2D LineString (2), Polygon (3) and MultiPolygon (6) are read`);
  if (input.remaining !== 0) throw new GeometryBlobError(`SpatiaLite blob: ${input.remaining} unexpected bytes after the geometry`);
  return geometry;
}
