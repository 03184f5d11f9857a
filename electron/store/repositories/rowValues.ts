import type { DomainGeometry } from '../../../shared/domain/geometry';
import { decodeGeometryBlob, expectGeometryType, GeometryBlobError } from '../gpkg/geometryBlob';

/** Decodes a geometry column value and checks its type, naming the row when the blob is bad. */
export function readGeometry<T extends DomainGeometry['type']>(
  blob: Buffer,
  type: T,
  where: string,
): Extract<DomainGeometry, { type: T }> {
  let geometry: DomainGeometry;
  try {
    geometry = decodeGeometryBlob(blob).geometry;
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
