import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { zxyToTileId } from 'pmtiles';
import { CADASTRAL_ZONES } from '../../../shared/crs/cadastralZones';

/*
 * Underlay files made for the tests with GDAL (the independent writer): an RGB GeoTIFF in МСК-62 zone 1
 * around «Рязанский», an MBTiles of it (gdal_translate -of MBTiles), and a PMTiles holding the MBTiles'
 * tiles, written by the small PMTiles v3 writer below (tests only; no compression, one entry per tile).
 */

export type Rgb = readonly [number, number, number];

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
}

/** A 5 km square at 5 m pixels in МСК-62 zone 1 over «Рязанский», `fill` with a `stripe` down the middle. */
export function makeMskGeoTiff(dir: string, name: string, fill: Rgb, stripe: Rgb): string {
  const out = join(dir, `${name}.tif`);
  // West and north edges in МСК-62-1 metres: the park's centre (E 1 322 100, N 452 160) ± 2.5 km.
  run('/usr/bin/python3', [join(import.meta.dirname, 'makeRaster.py'), out, CADASTRAL_ZONES['MSK-62-1'].proj4, '1319600', '454660', '5', '1000', '1000', ...fill.map(String), ...stripe.map(String)]);
  return out;
}

/** The GeoTIFF warped to Web Mercator and cut into PNG tiles, zooms 11–15. */
export function makeMbtiles(dir: string, geotiff: string, name: string): string {
  const mercator = join(dir, `${name}-3857.tif`);
  const out = join(dir, `${name}.mbtiles`);
  run('gdalwarp', ['-q', '-t_srs', 'EPSG:3857', '-dstalpha', geotiff, mercator]);
  run('gdal_translate', ['-q', '-of', 'MBTiles', '-co', 'TILE_FORMAT=PNG', '-co', 'ZOOM_LEVEL_STRATEGY=UPPER', mercator, out]);
  run('gdaladdo', ['-q', '-r', 'average', out, '2', '4', '8', '16']);
  return out;
}

function varint(value: number, into: number[]): void {
  let v = value;
  while (v >= 0x80) {
    into.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  into.push(v);
}

/**
 * A vector basemap in the OpenMapTiles schema around «Рязанский», written by GDAL's MVT driver (gzipped pbf
 * tiles, zooms 10–14, vector_layers in its metadata): a lake (water) 2–4 km west of the park's centre, the
 * M-5 (transportation, class motorway) along its south, and the village place «Тюшево» whose name is
 * Latin and name:ru Cyrillic, so a Russian label shows the style chose name:ru.
 */
export function makeVectorMbtiles(dir: string, name: string): string {
  const layers = {
    water: { type: 'Feature', properties: { class: 'lake' }, geometry: { type: 'Polygon', coordinates: [[[39.54, 54.69], [39.57, 54.69], [39.57, 54.715], [39.54, 54.715], [39.54, 54.69]]] } },
    transportation: { type: 'Feature', properties: { class: 'motorway', name: 'M-5', 'name:ru': 'М-5 «Урал»' }, geometry: { type: 'LineString', coordinates: [[39.5, 54.68], [39.6, 54.682], [39.7, 54.684]] } },
    place: { type: 'Feature', properties: { class: 'village', name: 'Tyushevo', 'name:ru': 'Тюшево' }, geometry: { type: 'Point', coordinates: [39.575, 54.725] } },
  };
  const source = join(dir, `${name}-src.gpkg`);
  for (const [layer, feature] of Object.entries(layers)) {
    const geojson = join(dir, `${name}-${layer}.geojson`);
    writeFileSync(geojson, JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
    run('ogr2ogr', ['-q', ...(layer === 'water' ? ['-f', 'GPKG'] : ['-update']), source, geojson, '-nln', layer]);
  }
  const out = join(dir, `${name}.mbtiles`);
  run('ogr2ogr', ['-q', '-f', 'MBTILES', out, source, '-dsco', 'MINZOOM=10', '-dsco', 'MAXZOOM=14']);
  return out;
}

/** Copies an MBTiles' tiles into a PMTiles v3 file (raster PNG, or gzipped MVT with its vector_layers; uncompressed directory). */
export function makePmtiles(mbtiles: string, out: string): string {
  const db = new Database(mbtiles, { readonly: true });
  const rows = db.prepare('SELECT zoom_level AS z, tile_column AS x, tile_row AS row, tile_data AS data FROM tiles').all() as { z: number; x: number; row: number; data: Buffer }[];
  const meta = (key: string) => db.prepare(`SELECT value FROM metadata WHERE name = ?`).pluck().get(key) as string | undefined;
  const bounds = (meta('bounds') ?? '').split(',').map(Number);
  const vector = meta('format') === 'pbf';
  const layersJson = meta('json');
  db.close();
  const tiles = rows.map((r) => ({ id: zxyToTileId(r.z, r.x, 2 ** r.z - 1 - r.row), z: r.z, data: r.data })).sort((a, b) => a.id - b.id);
  const dir: number[] = [];
  varint(tiles.length, dir);
  let last = 0;
  for (const t of tiles) { varint(t.id - last, dir); last = t.id; }
  for (let i = 0; i < tiles.length; i += 1) varint(1, dir);
  for (const t of tiles) varint(t.data.length, dir);
  // Offset 0 after the first entry means "right after the previous tile".
  tiles.forEach((t, i) => varint(i === 0 ? 1 : 0, dir));
  const metadata = Buffer.from(vector && layersJson !== undefined ? JSON.stringify({ vector_layers: (JSON.parse(layersJson) as { vector_layers: unknown }).vector_layers }) : '{}');
  const rootOffset = 127;
  const metadataOffset = rootOffset + dir.length;
  const dataOffset = metadataOffset + metadata.length;
  const dataLength = tiles.reduce((sum, t) => sum + t.data.length, 0);
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'latin1');
  header[7] = 3;
  const u64 = (at: number, v: number) => header.writeBigUInt64LE(BigInt(v), at);
  u64(8, rootOffset); u64(16, dir.length); u64(24, metadataOffset); u64(32, metadata.length);
  u64(40, 0); u64(48, 0); u64(56, dataOffset); u64(64, dataLength);
  u64(72, tiles.length); u64(80, tiles.length); u64(88, tiles.length);
  header[96] = 1; // clustered
  header[97] = 1; // internal compression: none
  header[98] = vector ? 2 : 1; // tile compression: gzip as GDAL wrote the MVT, none for PNG
  header[99] = vector ? 1 : 2; // MVT or PNG
  header[100] = Math.min(...tiles.map((t) => t.z));
  header[101] = Math.max(...tiles.map((t) => t.z));
  const [w = 0, s = 0, e = 0, n = 0] = bounds;
  header.writeInt32LE(Math.round(w * 1e7), 102); header.writeInt32LE(Math.round(s * 1e7), 106);
  header.writeInt32LE(Math.round(e * 1e7), 110); header.writeInt32LE(Math.round(n * 1e7), 114);
  header[118] = header[100] ?? 0;
  header.writeInt32LE(Math.round(((w + e) / 2) * 1e7), 119); header.writeInt32LE(Math.round(((s + n) / 2) * 1e7), 123);
  writeFileSync(out, Buffer.concat([header, Buffer.from(dir), metadata, ...tiles.map((t) => t.data)]));
  return out;
}
