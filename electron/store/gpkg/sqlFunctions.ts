import type Database from 'better-sqlite3';
import { geometryEnvelope } from './envelope';
import { decodeGeometryBlob } from './geometryBlob';

type EnvelopeSide = 'minX' | 'maxX' | 'minY' | 'maxY';

function envelopeOf(blob: unknown): ReturnType<typeof geometryEnvelope> {
  if (!(blob instanceof Uint8Array)) return null;
  const decoded = decodeGeometryBlob(blob);
  return decoded.envelope ?? geometryEnvelope(decoded.geometry);
}

/**
 * Registers the GeoPackage SQL functions that GDAL's spatial-index (rtree) triggers call — ST_MinX, ST_MaxX,
 * ST_MinY, ST_MaxY and ST_IsEmpty (GeoPackage 1.3 §F.3). Without them, once QGIS or ogr2ogr has added an
 * rtree to a project table, every insert or geometry update through better-sqlite3 fails with
 * "no such function".
 */
export function registerGeoPackageFunctions(db: Database.Database): void {
  const sides: [string, EnvelopeSide][] = [
    ['ST_MinX', 'minX'],
    ['ST_MaxX', 'maxX'],
    ['ST_MinY', 'minY'],
    ['ST_MaxY', 'maxY'],
  ];
  for (const [name, side] of sides) {
    db.function(name, { deterministic: true }, (blob: unknown) => envelopeOf(blob)?.[side] ?? null);
  }
  db.function('ST_IsEmpty', { deterministic: true }, (blob: unknown) => {
    if (!(blob instanceof Uint8Array)) return null;
    const decoded = decodeGeometryBlob(blob);
    return decoded.empty || geometryEnvelope(decoded.geometry) === null ? 1 : 0;
  });
}
