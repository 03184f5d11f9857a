import type Database from 'better-sqlite3';
import type { DomainGeometry } from '../../../shared/domain/geometry';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometryEnvelope } from '../gpkg/envelope';
import { decodeGeometryBlob, encodeGeometryBlob } from '../gpkg/geometryBlob';

/*
 * Whole rows of the tables an edit can change, as plain JSON for the edit journal: column → value, the
 * geometry column as GeoJSON (JSON numbers print the shortest form that reads back to the same double,
 * so nothing is rounded). Undo and redo write these images back under the same fid.
 */

/**
 * The tables whose rows the editing tools change, parents before children (the order inserts need).
 * Residents are journaled for their edits only: creating one or allocating plots is not undone here.
 * A park's capacities and ЕГРН parcels are journaled for the park's deletion, so undo brings them back.
 */
export const JOURNALED_TABLES = ['parks', 'residents', 'plots', 'rail_spurs', 'utility_lines', 'utility_connections', 'park_capacities', 'cadastral_parcels'] as const;
export type JournaledTable = (typeof JOURNALED_TABLES)[number];

export type RowValue = string | number | null | DomainGeometry;
/** A row as the journal keeps it; `fid` is included. */
export type RowImage = Readonly<Record<string, RowValue>>;

const GEOMETRY_COLUMN = 'geom';
const HAS_GEOMETRY: Readonly<Record<JournaledTable, boolean>> = {
  parks: true,
  park_capacities: false,
  cadastral_parcels: true,
  residents: false,
  plots: true,
  rail_spurs: true,
  utility_lines: true,
  utility_connections: false,
};

/** Reads and writes journaled rows by fid, whatever their columns. */
export interface JournalRowRepository {
  /** The row as it is now, or null when there is none. */
  read(table: JournaledTable, fid: number): RowImage | null;
  /** Inserts the row under its own fid (undoing a delete, redoing an insert). */
  insert(table: JournaledTable, image: RowImage): void;
  /** Writes the given columns of an existing row; throws when the row is gone. */
  update(table: JournaledTable, fid: number, columns: RowImage): void;
  /** Deletes the row; throws when it is already gone. */
  remove(table: JournaledTable, fid: number): void;
  /** The fids of the utility connections of a plot (they go with it when it is deleted). */
  connectionIdsOfPlot(plotId: number): number[];
  /** The fids of a park's capacities and ЕГРН parcels (they go with it when it is deleted). */
  capacityIdsOfPark(parkId: number): number[];
  parcelIdsOfPark(parkId: number): number[];
}

export class MissingRowError extends Error {
  override readonly name = 'MissingRowError';

  constructor(
    readonly table: JournaledTable,
    readonly fid: number,
  ) {
    super(`${table} ${fid} no longer exists`);
  }
}

function toImage(table: JournaledTable, row: Record<string, unknown>): RowImage {
  const image: Record<string, RowValue> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === GEOMETRY_COLUMN && HAS_GEOMETRY[table] && value instanceof Uint8Array) {
      image[column] = decodeGeometryBlob(value).geometry;
    } else {
      image[column] = value as string | number | null;
    }
  }
  return image;
}

function toSqlValue(column: string, value: RowValue): unknown {
  if (column === GEOMETRY_COLUMN && value !== null && typeof value === 'object') return encodeGeometryBlob(value);
  return value;
}

/** Creates the journal's row access on an open project database. */
export function createJournalRowRepository(db: Database.Database, contents: ContentsKeeper): JournalRowRepository {
  const columnsOf = new Map<JournaledTable, ReadonlySet<string>>();
  const knownColumns = (table: JournaledTable): ReadonlySet<string> => {
    let columns = columnsOf.get(table);
    if (columns === undefined) {
      const rows = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
      columns = new Set(rows.map((row) => row.name));
      columnsOf.set(table, columns);
    }
    return columns;
  };
  // Column names come from the image; only names the table really has reach the SQL text.
  const checkedColumns = (table: JournaledTable, image: RowImage): string[] => {
    const known = knownColumns(table);
    const names = Object.keys(image);
    for (const name of names) if (!known.has(name)) throw new Error(`${table} has no column ${name}`);
    return names;
  };
  const noteWrite = (table: JournaledTable, image: RowImage): void => {
    const geometry = image[GEOMETRY_COLUMN];
    if (HAS_GEOMETRY[table] && geometry !== null && typeof geometry === 'object' && geometry !== undefined) {
      contents.featureWritten(table, geometryEnvelope(geometry));
    } else {
      contents.touch(table);
    }
  };
  const reads = new Map<JournaledTable, Database.Statement>();
  const readStatement = (table: JournaledTable): Database.Statement => {
    let statement = reads.get(table);
    if (statement === undefined) {
      statement = db.prepare(`SELECT * FROM ${table} WHERE fid = ?`);
      reads.set(table, statement);
    }
    return statement;
  };
  const connectionIds = db.prepare('SELECT fid FROM utility_connections WHERE plot_id = ? ORDER BY fid').pluck();
  const ofPark = (table: 'park_capacities' | 'cadastral_parcels') => db.prepare(`SELECT fid FROM ${table} WHERE park_id = ? ORDER BY fid`).pluck();
  const capacityIds = ofPark('park_capacities');
  const parcelIds = ofPark('cadastral_parcels');

  return {
    read(table, fid) {
      const row = readStatement(table).get(fid) as Record<string, unknown> | undefined;
      return row === undefined ? null : toImage(table, row);
    },
    insert(table, image) {
      const names = checkedColumns(table, image);
      const values = names.map((name) => toSqlValue(name, image[name] ?? null));
      db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(values);
      noteWrite(table, image);
    },
    update(table, fid, columns) {
      const names = checkedColumns(table, columns).filter((name) => name !== 'fid');
      if (names.length === 0) return;
      const values = names.map((name) => toSqlValue(name, columns[name] ?? null));
      const sql = `UPDATE ${table} SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE fid = ?`;
      if (db.prepare(sql).run(...values, fid).changes === 0) throw new MissingRowError(table, fid);
      noteWrite(table, columns);
    },
    remove(table, fid) {
      if (db.prepare(`DELETE FROM ${table} WHERE fid = ?`).run(fid).changes === 0) {
        throw new MissingRowError(table, fid);
      }
      contents.touch(table);
    },
    connectionIdsOfPlot: (plotId) => connectionIds.all(plotId) as number[],
    capacityIdsOfPark: (parkId) => capacityIds.all(parkId) as number[],
    parcelIdsOfPark: (parkId) => parcelIds.all(parkId) as number[],
  };
}
