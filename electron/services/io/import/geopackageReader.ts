import { basename } from 'node:path';
import { decodeGeometryBlob } from '../../../store/gpkg/geometryBlob';
import { openForeignGeoPackage, type ForeignGeoPackage } from '../../../store/foreignGeoPackage';
import { message } from '../../../../shared/messages/message';
import { RefusedError } from '../../refusals/refusedError';
import type { AttributeValue, FeatureSource, SourceFeature } from './sourceFeature';

/*
 * A GeoPackage from QGIS or GDAL, opened read-only (see openForeignGeoPackage): its triggers never fire
 * and a view calling an unknown function is refused with SQLite's own words.
 */

function unreadable(file: string, error: unknown): RefusedError {
  if (error instanceof RefusedError) return error;
  return new RefusedError('import.gpkg.unreadable', { file, detail: error instanceof Error ? error.message : String(error) });
}

function featureOf(row: Record<string, unknown>, column: string, index: number): SourceFeature {
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === column) continue;
    attributes[key] = typeof value === 'string' || typeof value === 'number' || value === null ? value : typeof value === 'bigint' ? Number(value) : null;
  }
  const blob = row[column];
  let geometry: SourceFeature['geometry'] = null;
  if (blob instanceof Uint8Array) {
    try {
      geometry = decodeGeometryBlob(blob).geometry;
    } catch (error) {
      geometry = { type: 'Unsupported', what: message('import.geometry.undecodable', { detail: error instanceof Error ? error.message : String(error) }) };
    }
  }
  return { label: message('importLabel.row', { n: index }), geometry, attributes };
}

/**
 * Opens a feature table of a GeoPackage for import: `table`, or the only feature table there is. Rows
 * are read one at a time while the pipeline iterates.
 *
 * @example
 * const source = readGeoPackage('from-qgis.gpkg', 'участки');
 */
export function readGeoPackage(file: string, table: string | undefined): FeatureSource {
  const name = basename(file);
  let gpkg: ForeignGeoPackage;
  try {
    gpkg = openForeignGeoPackage(file);
  } catch (error) {
    throw unreadable(name, error);
  }
  try {
    const tables = gpkg.featureTables();
    if (tables.length === 0) throw new RefusedError('import.gpkg.noTable', { file: name });
    const chosen = table === undefined ? (tables.length === 1 ? tables[0] : undefined) : tables.find((t) => t.name === table);
    if (chosen === undefined) throw new RefusedError('import.gpkg.chooseTable', { file: name, tables: tables.map((t) => `"${t.name}"`).join(', ') });
    const column = gpkg.geometryColumn(chosen.name);
    if (column === null) throw new RefusedError('import.gpkg.noGeometryColumn', { file: name, table: chosen.name });
    const srs = gpkg.srs(chosen.srsId);
    const declaredCrs = srs === null ? null : srs.organization.toUpperCase() === 'EPSG' && [4326, 3857].includes(srs.code) ? `EPSG:${srs.code}` : srs.definition;
    // Opening the statement now makes a view that calls an unknown function fail here, before any feature.
    const rows = gpkg.rows(chosen.name);
    function* features(): Generator<SourceFeature> {
      try {
        let index = 0;
        for (const row of rows) yield featureOf(row, column as string, ++index);
      } catch (error) {
        throw unreadable(name, error);
      } finally {
        gpkg.close();
      }
    }
    return { format: message('import.format.geopackage'), declaredCrs, notes: [message('import.note.gpkgTable', { table: chosen.name })], features: features(), tables: { names: tables.map((t) => t.name), read: chosen.name } };
  } catch (error) {
    gpkg.close();
    throw unreadable(name, error);
  }
}
