import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { LineStringGeometry, MultiPolygonGeometry, PolygonGeometry } from '../../../shared/domain/geometry';
import { decodeGeometryBlob, encodeGeometryBlob, GeometryBlobError } from './geometryBlob';

// Coordinates whose shortest exact decimal form has 17 significant digits: any rounding would change them.
const plot: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [39.612345678901235, 54.701234567890126],
      [39.623456789012344, 54.701234567890126],
      [39.623456789012344, 54.712345678901244],
      [39.612345678901235, 54.712345678901244],
      [39.612345678901235, 54.701234567890126],
    ],
    [
      [39.615, 54.705],
      [39.616, 54.705],
      [39.616, 54.706],
      [39.615, 54.705],
    ],
  ],
};
const spur: LineStringGeometry = {
  type: 'LineString',
  coordinates: [
    [39.612345678901235, 54.712345678901244],
    [39.633333333333333, 54.766666666666666],
    [0.1, -0.30000000000000004],
  ],
};
const park: MultiPolygonGeometry = { type: 'MultiPolygon', coordinates: [plot.coordinates, [[[1, 2], [3, 2], [3, 4], [1, 2]]]] };

describe('encodeGeometryBlob', () => {
  it('writes the GeoPackage header: GP, version 0, little-endian xy envelope flags, srs 4326, envelope', () => {
    const blob = encodeGeometryBlob(spur);
    expect(blob.subarray(0, 4)).toEqual(Buffer.from([0x47, 0x50, 0x00, 0x03]));
    expect(blob.readInt32LE(4)).toBe(4326);
    expect([blob.readDoubleLE(8), blob.readDoubleLE(16), blob.readDoubleLE(24), blob.readDoubleLE(32)]).toEqual([
      0.1, 39.633333333333333, -0.30000000000000004, 54.766666666666666,
    ]);
    // WKB: byte order 1, type 2 (LineString), 3 points.
    expect(blob[40]).toBe(1);
    expect(blob.readUInt32LE(41)).toBe(2);
    expect(blob.readUInt32LE(45)).toBe(3);
    expect(blob.byteLength).toBe(40 + 9 + 3 * 16);
  });

  it('refuses a non-finite coordinate', () => {
    expect(() => encodeGeometryBlob({ type: 'LineString', coordinates: [[0, 0], [Number.NaN, 1]] })).toThrow(/non-finite/);
  });
});

describe('decodeGeometryBlob', () => {
  it.each([plot, spur, park])('round-trips a $type bit for bit', (geometry) => {
    const decoded = decodeGeometryBlob(encodeGeometryBlob(geometry));
    expect(decoded.srsId).toBe(4326);
    expect(decoded.empty).toBe(false);
    expect(decoded.geometry).toEqual(geometry);
    // The shortest round-trip text of every double is unchanged, so no coordinate moved by even one ulp.
    expect(JSON.stringify(decoded.geometry.coordinates)).toBe(JSON.stringify(geometry.coordinates));
  });

  it('keeps 17 significant digits exactly', () => {
    const decoded = decodeGeometryBlob(encodeGeometryBlob(plot));
    const first = decoded.geometry.type === 'Polygon' ? decoded.geometry.coordinates[0]?.[0] : undefined;
    expect(first?.[0]).toBe(39.612345678901235);
    expect(first?.[1]).toBe(54.701234567890126);
    expect(first?.[0].toPrecision(17)).toBe('39.612345678901235');
  });

  it('reports bad magic', () => {
    const blob = encodeGeometryBlob(spur);
    blob[0] = 0x58;
    expect(() => decodeGeometryBlob(blob)).toThrow(/bad magic.*found 0x58 0x50/);
    expect(() => decodeGeometryBlob(new Uint8Array())).toThrow(GeometryBlobError);
  });

  it('reports a truncated blob with the part that is missing', () => {
    const blob = encodeGeometryBlob(plot);
    expect(() => decodeGeometryBlob(blob.subarray(0, 6))).toThrow(/truncated.*srs_id/);
    expect(() => decodeGeometryBlob(blob.subarray(0, 20))).toThrow(/truncated.*envelope/);
    expect(() => decodeGeometryBlob(blob.subarray(0, blob.byteLength - 3))).toThrow(/truncated/);
  });

  it('reports a wrong version, reserved flag bits, an extended type and a bad envelope indicator', () => {
    const withByte = (index: number, value: number): Buffer => {
      const blob = encodeGeometryBlob(spur);
      blob[index] = value;
      return blob;
    };
    expect(() => decodeGeometryBlob(withByte(2, 1))).toThrow(/version 1/);
    expect(() => decodeGeometryBlob(withByte(3, 0x43))).toThrow(/reserved bits/);
    expect(() => decodeGeometryBlob(withByte(3, 0x23))).toThrow(/extended/);
    expect(() => decodeGeometryBlob(withByte(3, 0x0b))).toThrow(/indicator 5/);
  });

  it('reports an unsupported WKB type and trailing bytes', () => {
    const point = Buffer.alloc(40 + 21);
    Buffer.from([0x47, 0x50, 0, 0x03]).copy(point);
    point.writeInt32LE(4326, 4);
    point[40] = 1;
    point.writeUInt32LE(1, 41);
    expect(() => decodeGeometryBlob(point)).toThrow(/unsupported WKB geometry type 1 at offset 40/);
    expect(() => decodeGeometryBlob(Buffer.concat([encodeGeometryBlob(spur), Buffer.from([0])]))).toThrow(/1 unexpected bytes/);
  });

  it('reports a corrupt point count without allocating it', () => {
    const blob = encodeGeometryBlob(spur);
    blob.writeUInt32LE(0xffffffff, 45);
    expect(() => decodeGeometryBlob(blob)).toThrow(/4294967295 points declared/);
  });

  it('reads big-endian blobs without an envelope', () => {
    const le = encodeGeometryBlob(spur);
    const be = Buffer.alloc(8 + 9 + 3 * 16);
    Buffer.from([0x47, 0x50, 0, 0x00]).copy(be);
    be.writeInt32BE(4326, 4);
    be[8] = 0;
    be.writeUInt32BE(2, 9);
    be.writeUInt32BE(3, 13);
    for (let i = 0; i < 6; i += 1) be.writeDoubleBE(le.readDoubleLE(49 + i * 8), 17 + i * 8);
    const decoded = decodeGeometryBlob(be);
    expect(decoded.envelope).toBeNull();
    expect(decoded.geometry).toEqual(spur);
  });
});

describe('decodeGeometryBlob on blobs GDAL wrote', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-blob-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('decodes ogr2ogr output to the same doubles as its GeoJSON input', () => {
    const features = [plot, spur, park].map((geometry, index) => ({ type: 'Feature', properties: { n: index }, geometry }));
    const source = join(dir, 'in.geojson');
    const target = join(dir, 'gdal.gpkg');
    writeFileSync(source, JSON.stringify({ type: 'FeatureCollection', features }));
    for (const [index, geometry] of [plot, spur, park].entries()) {
      execFileSync('/usr/bin/ogr2ogr', [
        '-f', 'GPKG', target, source, '-nln', `layer${index}`, '-where', `n = ${index}`,
        '-nlt', geometry.type.toUpperCase(), ...(index > 0 ? ['-update'] : []),
      ], { stdio: 'pipe' });
    }
    const db = new Database(target, { readonly: true });
    try {
      for (const [index, geometry] of [plot, spur, park].entries()) {
        const row = db.prepare(`SELECT geom FROM layer${index}`).get() as { geom: Buffer };
        const decoded = decodeGeometryBlob(row.geom);
        expect(decoded.srsId).toBe(4326);
        expect(decoded.geometry).toEqual(geometry);
        expect(decodeGeometryBlob(encodeGeometryBlob(geometry)).envelope).toEqual(decoded.envelope);
      }
    } finally {
      db.close();
    }
  });
});
