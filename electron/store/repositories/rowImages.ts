import type Database from 'better-sqlite3';
import type { DomainGeometry } from '../../../shared/domain/geometry';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometryEnvelope } from '../gpkg/envelope';
import { decodeGeometryBlob, encodeGeometryBlob } from '../gpkg/geometryBlob';

/*
 * Whole rows of the project's data tables as plain JSON: column → value, the geometry column as GeoJSON
 * (JSON numbers print the shortest form that reads back to the same double, so nothing is rounded). The
 * edit journal keeps these images to undo and redo; team sync (electron/services/sync) compares them with
 * the server's rows. One reader and writer for both, so the two never disagree on what a row is.
 */

/** The data tables, parents before children (the order inserts need; deletes go the other way). */
export const IMAGED_TABLES = [
  'parks',
  'residents',
  'plots',
  'rail_spurs',
  'utility_lines',
  'utility_connections',
  'allocations',
  'park_capacities',
  'cadastral_parcels',
] as const;
export type ImagedTable = (typeof IMAGED_TABLES)[number];

export type RowValue = string | number | null | DomainGeometry;
/** A row as the journal and sync keep it; `fid` is included. */
export type RowImage = Readonly<Record<string, RowValue>>;

export const GEOMETRY_COLUMN = 'geom';
const GEOMETRY_TABLES: ReadonlySet<ImagedTable> = new Set(['parks', 'plots', 'rail_spurs', 'utility_lines', 'cadastral_parcels']);

/** A column as the file declares it (PRAGMA table_info). */
export interface TableColumn {
  readonly name: string;
  /** The declared type, upper case: INTEGER, TEXT, DOUBLE, DATE, BOOLEAN, POLYGON, … */
  readonly type: string;
  readonly notNull: boolean;
}

/** A column that refers to another data table's fid. */
export interface ForeignKey {
  readonly column: string;
  readonly table: ImagedTable;
}

/** Reads and writes the data tables' rows by fid, whatever their columns. */
export interface RowImageRepository {
  /** The row as it is now, or null when there is none. */
  read(table: ImagedTable, fid: number): RowImage | null;
  /** Every row of the table, by fid. */
  all(table: ImagedTable): RowImage[];
  /** Inserts the row: under its own fid when it has one, else under the next; returns the fid. */
  insert(table: ImagedTable, image: RowImage): number;
  /** Writes the given columns of an existing row; throws MissingRowError when the row is gone. */
  update(table: ImagedTable, fid: number, columns: RowImage): void;
  /** Deletes the row; throws MissingRowError when it is already gone. */
  remove(table: ImagedTable, fid: number): void;
  columns(table: ImagedTable): readonly TableColumn[];
  foreignKeys(table: ImagedTable): readonly ForeignKey[];
  /** The columns of each UNIQUE constraint the table declares. */
  uniqueKeys(table: ImagedTable): readonly (readonly string[])[];
  /** The fid the next automatic insert would get: above every fid the table has ever used. */
  nextFid(table: ImagedTable): number;
}

export class MissingRowError extends Error {
  override readonly name = 'MissingRowError';

  constructor(
    readonly table: string,
    readonly fid: number,
  ) {
    super(`${table} ${fid} no longer exists`);
  }
}

export const hasGeometry = (table: ImagedTable): boolean => GEOMETRY_TABLES.has(table);

function toImage(table: ImagedTable, row: Record<string, unknown>): RowImage {
  const image: Record<string, RowValue> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === GEOMETRY_COLUMN && hasGeometry(table) && value instanceof Uint8Array) {
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

const isImagedTable = (name: string): name is ImagedTable => (IMAGED_TABLES as readonly string[]).includes(name);

/** Creates the row image access on an open project database. */
export function createRowImageRepository(db: Database.Database, contents: ContentsKeeper): RowImageRepository {
  const columnsOf = new Map<ImagedTable, readonly TableColumn[]>();
  const columns = (table: ImagedTable): readonly TableColumn[] => {
    let known = columnsOf.get(table);
    if (known === undefined) {
      const rows = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; notnull: number }[];
      known = rows.map((row) => ({ name: row.name, type: row.type.toUpperCase(), notNull: row.notnull !== 0 }));
      columnsOf.set(table, known);
    }
    return known;
  };
  // Column names come from the image; only names the table really has reach the SQL text.
  const checkedColumns = (table: ImagedTable, image: RowImage): string[] => {
    const known = new Set(columns(table).map((column) => column.name));
    const names = Object.keys(image);
    for (const name of names) if (!known.has(name)) throw new Error(`${table} has no column ${name}`);
    return names;
  };
  const noteWrite = (table: ImagedTable, image: RowImage): void => {
    const geometry = image[GEOMETRY_COLUMN];
    if (hasGeometry(table) && geometry !== null && typeof geometry === 'object' && geometry !== undefined) {
      contents.featureWritten(table, geometryEnvelope(geometry));
    } else {
      contents.touch(table);
    }
  };
  const statements = new Map<string, Database.Statement>();
  const cached = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (statement === undefined) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };

  return {
    read(table, fid) {
      const row = cached(`SELECT * FROM ${table} WHERE fid = ?`).get(fid) as Record<string, unknown> | undefined;
      return row === undefined ? null : toImage(table, row);
    },
    all(table) {
      return (cached(`SELECT * FROM ${table} ORDER BY fid`).all() as Record<string, unknown>[]).map((row) => toImage(table, row));
    },
    insert(table, image) {
      const names = checkedColumns(table, image);
      const values = names.map((name) => toSqlValue(name, image[name] ?? null));
      const sql = `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
      const fid = Number(cached(sql).run(values).lastInsertRowid);
      noteWrite(table, image);
      return fid;
    },
    update(table, fid, changed) {
      const names = checkedColumns(table, changed).filter((name) => name !== 'fid');
      if (names.length === 0) return;
      const values = names.map((name) => toSqlValue(name, changed[name] ?? null));
      const sql = `UPDATE ${table} SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE fid = ?`;
      if (cached(sql).run(...values, fid).changes === 0) throw new MissingRowError(table, fid);
      noteWrite(table, changed);
    },
    remove(table, fid) {
      if (cached(`DELETE FROM ${table} WHERE fid = ?`).run(fid).changes === 0) throw new MissingRowError(table, fid);
      contents.touch(table);
    },
    columns,
    foreignKeys(table) {
      const rows = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { from: string; table: string }[];
      return rows.flatMap((row) => (isImagedTable(row.table) ? [{ column: row.from, table: row.table }] : []));
    },
    uniqueKeys(table) {
      const indexes = db.prepare(`PRAGMA index_list(${table})`).all() as { name: string; unique: number; origin: string }[];
      return indexes
        .filter((index) => index.unique === 1 && index.origin === 'u')
        .map((index) => (db.prepare(`PRAGMA index_info(${JSON.stringify(index.name)})`).all() as { name: string }[]).map((column) => column.name));
    },
    nextFid(table) {
      const used = cached(`SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '${table}'), 0), coalesce((SELECT max(fid) FROM ${table}), 0))`).pluck().get() as number;
      return used + 1;
    },
  };
}
