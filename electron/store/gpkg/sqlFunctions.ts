import type Database from 'better-sqlite3';
import { geometryEnvelope } from './envelope';
import { decodeGeometryBlob } from './geometryBlob';

type EnvelopeSide = 'minX' | 'maxX' | 'minY' | 'maxY';

interface BlobFacts {
  readonly envelope: ReturnType<typeof geometryEnvelope>;
  readonly empty: boolean;
}

/*
 * An rtree trigger calls ST_IsEmpty, ST_MinX, ST_MaxX, ST_MinY and ST_MaxY on the same blob, one after
 * the other: the last blob's facts are kept, keyed by its bytes (a memcmp), so an insert decodes it once
 * instead of five times. A blob that does not decode throws each time, as before.
 */
let lastBlob: Uint8Array | null = null;
let lastFacts: BlobFacts | null = null;

function factsOf(blob: Uint8Array): BlobFacts {
  if (lastBlob !== null && lastFacts !== null && Buffer.compare(lastBlob, blob) === 0) return lastFacts;
  const decoded = decodeGeometryBlob(blob);
  const envelope = geometryEnvelope(decoded.geometry);
  const facts = { envelope: decoded.envelope ?? envelope, empty: decoded.empty || envelope === null };
  lastBlob = Uint8Array.prototype.slice.call(blob);
  lastFacts = facts;
  return facts;
}

function envelopeOf(blob: unknown): ReturnType<typeof geometryEnvelope> {
  return blob instanceof Uint8Array ? factsOf(blob).envelope : null;
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
    return factsOf(blob).empty ? 1 : 0;
  });
}
