import type { RowFinding } from '../../../shared/contract/views';
import type { DomainGeometry } from '../../../shared/domain/geometry';
import { geodesicArea } from '../../../shared/geometry/geodesicArea';
import { message, type Message } from '../../../shared/messages/message';
import { decodeGeometryBlob, expectGeometryType, GeometryBlobError } from '../gpkg/geometryBlob';
import { decodeSpatiaLiteBlob, isSpatiaLiteBlob } from '../gpkg/spatialiteBlob';

/** Decodes a geometry column value and checks its type, naming the row when the blob is bad. */
export function readGeometry<T extends DomainGeometry['type']>(
  blob: Buffer,
  type: T,
  where: string,
): Extract<DomainGeometry, { type: T }> {
  let geometry: DomainGeometry;
  try {
    // A SpatiaLite tool's blob is read as GDAL and QGIS read it; the row is also reported (rowProblem).
    geometry = isSpatiaLiteBlob(blob) ? decodeSpatiaLiteBlob(blob) : decodeGeometryBlob(blob).geometry;
  } catch (error) {
    throw new GeometryBlobError(`${where}: ${(error as Error).message}`, { cause: error });
  }
  return expectGeometryType(geometry, type, where);
}

/** better-sqlite3 returns INTEGER as number; 0/1 columns become booleans. */
export function readBoolean(value: number): boolean {
  return value !== 0;
}

/** Throws when an update or delete matched no row, so a stale id is never a silent no-op. */
export function expectChanged(changes: number, what: string): void {
  if (changes === 0) throw new Error(`${what} does not exist`);
}

/** What is wrong with a row's geometry, or null when it is a GeoPackage geometry of the table's type. */
export function rowProblem(blob: unknown, type: DomainGeometry['type'], table: RowFinding['table']): { readonly problem: Message; readonly read: boolean } | null {
  if (!(blob instanceof Uint8Array)) return { problem: message('unreadable.notBlob', { stored: blob === null ? 'NULL' : typeof blob === 'string' ? 'text' : typeof blob }), read: false };
  let geometry: DomainGeometry;
  try {
    geometry = isSpatiaLiteBlob(blob) ? decodeSpatiaLiteBlob(blob) : decodeGeometryBlob(blob).geometry;
  } catch (error) {
    return { problem: message('unreadable.undecodable', { detail: error instanceof Error ? error.message : String(error) }), read: false };
  }
  if (geometry.type !== type) {
    if (table === 'plots' && geometry.type === 'MultiPolygon') {
      return { problem: message('unreadable.multiPolygonPlot', { parts: geometry.coordinates.length, areaM2: Math.round(geodesicArea(geometry)) }), read: false };
    }
    return { problem: message('unreadable.wrongType', { found: geometry.type, expected: type }), read: false };
  }
  return isSpatiaLiteBlob(blob) ? { problem: message('unreadable.spatialite'), read: true } : null;
}

/**
 * Reads each row as `toItem` does, keeping the rows another tool wrote wrongly out of the list and
 * naming them as findings, so that one such row does not make the project unreadable.
 */
export function readRows<Row extends { fid: number; geom: unknown }, Item>(
  rows: readonly Row[],
  toItem: (row: Row) => Item,
  table: RowFinding['table'],
  type: DomainGeometry['type'],
  nameOf: (row: Row) => string,
): { readonly items: Item[]; readonly findings: RowFinding[] } {
  const items: Item[] = [];
  const findings: RowFinding[] = [];
  for (const row of rows) {
    // The blob is decoded once on the common path; only a row that fails (or a SpatiaLite one) is looked at again.
    let item: Item | undefined;
    try {
      // A value that is not a blob at all (WKT text, NULL) is not handed to the decoder.
      if (row.geom instanceof Uint8Array) item = toItem(row);
    } catch (error) {
      if (!(error instanceof GeometryBlobError)) throw error;
    }
    const found = item === undefined || (row.geom instanceof Uint8Array && isSpatiaLiteBlob(row.geom)) ? rowProblem(row.geom, type, table) : null;
    if (item !== undefined) items.push(item);
    if (found !== null) findings.push({ table, fid: row.fid, name: nameOf(row), problem: found.problem, read: item !== undefined });
  }
  return { items, findings };
}
