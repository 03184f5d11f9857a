import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DomainGeometry } from '../../../shared/domain/geometry';
import { encodeGeometryBlob } from './geometryBlob';
import { decodeSpatiaLiteBlob, isSpatiaLiteBlob } from './spatialiteBlob';

// Blobs made by GDAL's SQLite driver with SPATIALITE=YES: SpatiaLite's own layout, not ours.
const dir = mkdtempSync(join(tmpdir(), 'parkplan-spatialite-'));
function spatiaLiteBlob(name: string, geometry: DomainGeometry): Uint8Array {
  const source = join(dir, `${name}.geojson`);
  const target = join(dir, `${name}.sqlite`);
  writeFileSync(source, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] }));
  execFileSync('ogr2ogr', ['-f', 'SQLite', '-dsco', 'SPATIALITE=YES', target, source, '-nln', 'shape'], { stdio: 'pipe' });
  const hex = /h \(String\) = ([0-9A-F]+)/.exec(execFileSync('ogrinfo', ['-q', '-ro', target, '-sql', 'SELECT hex(GEOMETRY) AS h FROM shape'], { encoding: 'utf8' }))?.[1] ?? '';
  return Buffer.from(hex, 'hex');
}

describe('SpatiaLite geometry blobs', () => {
  it('reads a Polygon with a hole, a LineString and a MultiPolygon as GDAL wrote them, coordinates bit for bit', () => {
    const geometries: DomainGeometry[] = [
      { type: 'Polygon', coordinates: [[[39.6, 54.7], [39.61, 54.7], [39.61, 54.71], [39.6, 54.7]], [[39.605, 54.702], [39.607, 54.703], [39.607, 54.702], [39.605, 54.702]]] },
      { type: 'LineString', coordinates: [[39.123456789012, 54.7], [39.61, 54.698]] },
      { type: 'MultiPolygon', coordinates: [[[[39.6, 54.7], [39.601, 54.7], [39.601, 54.701], [39.6, 54.7]]], [[[39.603, 54.7], [39.604, 54.7], [39.604, 54.701], [39.603, 54.7]]]] },
    ];
    for (const [i, geometry] of geometries.entries()) {
      const blob = spatiaLiteBlob(`g${i}`, geometry);
      expect(isSpatiaLiteBlob(blob)).toBe(true);
      expect(decodeSpatiaLiteBlob(blob)).toEqual(geometry);
    }
  });

  it('tells a GeoPackage blob from a SpatiaLite one, and names a truncated blob', () => {
    expect(isSpatiaLiteBlob(encodeGeometryBlob({ type: 'LineString', coordinates: [[0, 0], [1, 1]] }))).toBe(false);
    const blob = spatiaLiteBlob('cut', { type: 'LineString', coordinates: [[39.6, 54.7], [39.61, 54.698]] });
    const cut = Uint8Array.from([...blob.subarray(0, blob.length - 9), 0xfe]);
    expect(() => decodeSpatiaLiteBlob(cut)).toThrow(/SpatiaLite blob|truncated/);
  });
});
