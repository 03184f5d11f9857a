import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseShp, type ShpGeometry } from 'shpjs';
import { RefusedError } from '../../refusals/refusedError';
import { readDbf, type DbfTable } from './dbfTable';
import type { FeatureSource, SourceFeature, SourceGeometry, SourcePosition } from './sourceFeature';
import { ZipArchive } from './zipArchive';

/*
 * ESRI shapefiles, zipped (the way they travel by e-mail) or as a loose .shp beside its .dbf/.prj/.cpg.
 * The geometry is parsed by shpjs (points, polylines, polygons with holes matched to their outer rings,
 * and their Z/M variants); the attribute table by dbfTable.ts. shpjs stops quietly at a damaged record,
 * so the frame is checked here first: a record running past the end of the .shp, parts and points that
 * do not fit their record, or a .dbf holding fewer records than the .shp refuse the file — a half-read
 * layer is not imported.
 */

interface ShapefileParts {
  readonly shp: Buffer;
  readonly dbf: Buffer | null;
  readonly prj: string | null;
  readonly cpg: string | null;
  readonly name: string;
}

const POLYGON_TYPES = new Set([5, 15, 25]);
const LINE_TYPES = new Set([3, 13, 23]);
const POINT_TYPES = new Set([1, 11, 21]);
/** The layer types shpjs parses: points, polylines, polygons, multipoints, with Z or M. */
const SHAPE_TYPES = new Set([...POINT_TYPES, ...LINE_TYPES, ...POLYGON_TYPES, 8, 18, 28]);

function partsFromZip(file: string): ShapefileParts {
  const zip = ZipArchive.open(file);
  try {
    // Finder's zips carry "__MACOSX/._plots.shp" resource forks beside the real files.
    const shps = zip.entries.filter((entry) => entry.name.toLowerCase().endsWith('.shp') && !entry.name.startsWith('__MACOSX/'));
    if (shps.length === 0) throw new RefusedError('import.shp.none', { file });
    if (shps.length > 1) throw new RefusedError('import.shp.several', { file, count: shps.length, names: shps.map((e) => e.name).join(', ') });
    const shp = shps[0] as (typeof shps)[number];
    const stem = shp.name.slice(0, -4).toLowerCase();
    const sibling = (ext: string): Buffer | null => {
      const entry = zip.entries.find((e) => e.name.toLowerCase() === `${stem}.${ext}`);
      return entry === undefined ? null : zip.read(entry);
    };
    return { shp: zip.read(shp), dbf: sibling('dbf'), prj: sibling('prj')?.toString('utf8') ?? null, cpg: sibling('cpg')?.toString('latin1') ?? null, name: basename(shp.name) };
  } finally {
    zip.close();
  }
}

function partsFromFiles(file: string): ShapefileParts {
  const stem = file.slice(0, -4);
  const sibling = (ext: string): Buffer | null => {
    for (const candidate of [`${stem}.${ext}`, `${stem}.${ext.toUpperCase()}`]) if (existsSync(candidate)) return readFileSync(candidate);
    return null;
  };
  return { shp: readFileSync(file), dbf: sibling('dbf'), prj: sibling('prj')?.toString('utf8') ?? null, cpg: sibling('cpg')?.toString('latin1') ?? null, name: basename(file) };
}

/** Signed area ×2 of a ring in its own plane; positive is counter-clockwise. */
function signedArea(ring: readonly SourcePosition[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] as SourcePosition;
    const [x2 = 0, y2 = 0] = ring[i + 1] as SourcePosition;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/**
 * ESRI winds outer rings clockwise and holes counter-clockwise, GeoJSON the other way; the rings are
 * turned here, since that is the format's rule, not a fault to report as a repair.
 */
function geoJsonWinding(rings: readonly (readonly SourcePosition[])[]): SourcePosition[][] {
  return rings.map((ring, i) => ((i === 0) === signedArea(ring) < 0 ? [...ring].reverse() : [...ring]));
}

function sourceGeometry(geometry: ShpGeometry | null | undefined, shapeType: number): SourceGeometry | null {
  if (geometry === null || geometry === undefined) return null;
  switch (geometry.type) {
    case 'Point':
    case 'LineString':
    case 'MultiLineString':
      return geometry;
    case 'Polygon':
      return { type: 'Polygon', coordinates: geoJsonWinding(geometry.coordinates) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(geoJsonWinding) };
    case 'MultiPoint':
      return { type: 'Unsupported', what: `shape type ${shapeType} (multipoint)` };
  }
}

/** A polyline or polygon record's part and point counts must fit the record they are in. */
function checkParts(shp: Buffer, start: number, length: number, name: string, record: number): void {
  const type = shp.readInt32LE(start);
  if (!POLYGON_TYPES.has(type) && !LINE_TYPES.has(type)) return;
  if (length < 44) throw new RefusedError('import.shp.recordTooBig', { file: name, record, parts: 0, points: 0 });
  const partCount = shp.readInt32LE(start + 36);
  const pointCount = shp.readInt32LE(start + 40);
  if (partCount < 0 || pointCount < 0 || start + 44 + 4 * partCount + 16 * pointCount > start + length) {
    throw new RefusedError('import.shp.recordTooBig', { file: name, record, parts: partCount, points: pointCount });
  }
}

/** Record offsets of the .shp, all checked against its length before any feature is read. */
function recordSpans(shp: Buffer, name: string): Array<{ start: number; length: number }> {
  if (shp.length < 100 || shp.readInt32BE(0) !== 9994) throw new RefusedError('import.shp.notShapefile', { file: name });
  const declared = shp.readInt32BE(24) * 2;
  if (declared > shp.length) throw new RefusedError('import.shp.truncated', { file: name, declared, size: shp.length });
  const spans: Array<{ start: number; length: number }> = [];
  for (let at = 100; at < declared; ) {
    if (at + 8 > shp.length) throw new RefusedError('import.shp.truncatedRecordHeader', { file: name, record: spans.length + 1 });
    const length = shp.readInt32BE(at + 4) * 2;
    if (length < 4 || at + 8 + length > shp.length) throw new RefusedError('import.shp.recordPastEnd', { file: name, record: spans.length + 1 });
    checkParts(shp, at + 8, length, name, spans.length + 1);
    spans.push({ start: at + 8, length });
    at += 8 + length;
  }
  return spans;
}

/** The .shp header's extent, to tell degrees from metres when there is no .prj. */
export function shapefileExtent(shp: Buffer): [number, number, number, number] {
  return [shp.readDoubleLE(36), shp.readDoubleLE(44), shp.readDoubleLE(52), shp.readDoubleLE(60)];
}

/**
 * Opens a zipped (.zip) or loose (.shp) shapefile for import.
 *
 * @example
 * const source = readShapefile('plots.zip'); // source.declaredCrs holds the .prj WKT
 * @param crsGiven `--crs` was given, so a missing .prj is no reason to refuse
 */
export function readShapefile(file: string, crsGiven = false): FeatureSource {
  const parts = file.toLowerCase().endsWith('.zip') ? partsFromZip(file) : partsFromFiles(file);
  const spans = recordSpans(parts.shp, parts.name);
  if (parts.dbf === null) throw new RefusedError('import.shp.noDbf', { file, layer: parts.name });
  const table: DbfTable = readDbf(parts.dbf, parts.name.replace(/\.shp$/i, '.dbf'), parts.cpg);
  if (table.recordCount !== spans.length) {
    throw new RefusedError('import.shp.countsDiffer', { layer: parts.name, shp: spans.length, dbf: table.recordCount });
  }
  const notes = [`attributes read as ${table.encoding}${parts.cpg === null ? ' (no .cpg; chosen from the .dbf)' : ' (from the .cpg)'}`];
  let declaredCrs = parts.prj?.trim() || null;
  if (declaredCrs === null && !crsGiven) {
    const [minX, minY, maxX, maxY] = shapefileExtent(parts.shp);
    const degrees = [minX, maxX].every((x) => Math.abs(x) <= 180) && [minY, maxY].every((y) => Math.abs(y) <= 90);
    if (!degrees) {
      throw new RefusedError('import.shp.needsCrs', { layer: parts.name, minX, maxX, minY, maxY });
    }
    declaredCrs = 'EPSG:4326';
    notes.push('no .prj: the coordinates look like degrees and are read as EPSG:4326');
  }
  const shapeType = spans.length === 0 ? 0 : parts.shp.readInt32LE(32);
  // shpjs refuses a layer of a type it does not know (a MultiPatch): every record is then reported as one.
  const geometries = SHAPE_TYPES.has(shapeType) ? parseShp(parts.shp) : null;
  let done = 0;
  function* features(): Generator<SourceFeature> {
    for (const index of spans.keys()) {
      done = index;
      const geometry: SourceGeometry | null = geometries === null ? { type: 'Unsupported', what: `shape type ${shapeType}` } : sourceGeometry(geometries[index], shapeType);
      yield { label: `record ${index + 1}`, geometry, attributes: table.record(index) };
    }
  }
  return { format: 'Shapefile', declaredCrs, notes, features: features(), progress: () => (spans.length === 0 ? 1 : done / spans.length) };
}
