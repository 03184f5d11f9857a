import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../shared/messages/message';
import { readShapefile } from '../../electron/services/io/import/shapefileReader';
import type { SourceGeometry } from '../../electron/services/io/import/sourceFeature';

/*
 * A shapefile GDAL writes (ogr2ogr, CP1251 attributes): a polygon with a hole, a multipolygon whose second
 * part has a hole, a plain polygon, read by shpjs through our reader and compared with GDAL's own reading of the
 * same file as RFC 7946 GeoJSON (outer rings counter-clockwise, as the import pipeline wants them).
 */

const dir = mkdtempSync(join(tmpdir(), 'parkplan-shp-gdal-'));
/** A rectangle in degrees near the «Рязанский» park, `w` × `h` thousandths of a degree. */
const ring = (x: number, y: number, w: number, h: number): number[][] =>
  [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]].map(([lon = 0, lat = 0]) => [39.6 + lon / 1000, 54.7 + lat / 1000]);

function ogr(...args: string[]): string {
  const run = spawnSync('ogr2ogr', args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`ogr2ogr ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

function written(): string {
  const input = join(dir, 'plots.geojson');
  writeFileSync(input, JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { КОД: 'Ш-1', ЗОНА: 'производственная' }, geometry: { type: 'Polygon', coordinates: [ring(0, 0, 0.8, 0.6), ring(0.2, 0.2, 0.1, 0.1)] } },
      { type: 'Feature', properties: { КОД: 'Ш-2', ЗОНА: 'складская' }, geometry: { type: 'MultiPolygon', coordinates: [[ring(2, 0, 0.4, 0.4)], [ring(3, 0, 0.9, 0.5), ring(3.1, 0.1, 0.2, 0.2)]] } },
      { type: 'Feature', properties: { КОД: 'Ш-3', ЗОНА: null }, geometry: { type: 'Polygon', coordinates: [ring(0, 1, 0.3, 0.3)] } },
    ],
  }));
  const shp = join(dir, 'plots.shp');
  ogr('-f', 'ESRI Shapefile', '-lco', 'ENCODING=CP1251', '-a_srs', 'EPSG:4326', shp, input);
  return shp;
}

const shp = written();

function gdalGeometries(): SourceGeometry[] {
  const collection = JSON.parse(ogr('-f', 'GeoJSON', '-lco', 'RFC7946=YES', '-lco', 'COORDINATE_PRECISION=9', '/vsistdout/', shp)) as { features: { geometry: SourceGeometry }[] };
  return collection.features.map((feature) => feature.geometry);
}

/** A polygonal geometry's polygons, one-part or several. */
const asPolygons = (geometry: SourceGeometry | null): unknown[] =>
  geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? [...geometry.coordinates] : [];

describe('a shapefile GDAL wrote, read through shpjs', () => {
  it('gives every geometry GDAL gives, rings and holes in GeoJSON winding', () => {
    const ours = [...readShapefile(shp, true).features].map((feature) => feature.geometry);
    const theirs = gdalGeometries();
    expect(ours.map((geometry) => geometry?.type)).toEqual(['Polygon', 'MultiPolygon', 'Polygon']);
    // GDAL's layer is a MultiPolygon one; a one-part MultiPolygon is the same outline as its Polygon.
    const flat = (geometries: (SourceGeometry | null)[]) => geometries.map((geometry) => JSON.stringify(asPolygons(geometry), (_, value: unknown) => (typeof value === 'number' ? Number(value.toFixed(9)) : value)));
    expect(flat(ours)).toEqual(flat(theirs));
    expect(asPolygons(ours[1] ?? null)[1]).toHaveLength(2);
  });

  it('decodes the CP1251 attributes by the .cpg GDAL wrote', () => {
    const source = readShapefile(shp, true);
    expect(source.notes[0] && formatMessage('en', source.notes[0])).toBe('attributes read as windows-1251 (from the .cpg)');
    expect([...source.features].map((feature) => [feature.attributes['КОД'], feature.attributes['ЗОНА']])).toEqual([
      ['Ш-1', 'производственная'],
      ['Ш-2', 'складская'],
      ['Ш-3', null],
    ]);
  });
});
