import type Database from 'better-sqlite3';
import type { DomainGeometry } from '../../../shared/domain/geometry';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometryEnvelope, widened, type Envelope } from '../gpkg/envelope';
import { encodeGeometryBlob } from '../gpkg/geometryBlob';
import type { RowFinding } from '../../../shared/contract/views';
import { expectChanged, readGeometry, readRows } from './rowValues';

/**
 * One typed description of a table — which column holds each domain field, with its conversions — from
 * which the repositories get their SELECT list, the row ↔ domain mapping and the list/get/insert/update/
 * remove statements, instead of writing the same bodies per table. Queries of one table alone (by INN, by
 * plot, an upsert) stay in its repository, built on `select`.
 */

/** A column whose stored value needs a conversion both ways (a 0/1 boolean, say). */
export interface ConvertedField<V> {
  readonly kind: 'converted';
  readonly column: string;
  read(stored: unknown): V;
  write(value: V): unknown;
}

/** The geometry column of a feature table: a GeoPackage blob of one type, its envelope kept in gpkg_contents. */
export interface GeometryField<V> {
  readonly kind: 'geometry';
  readonly column: string;
  read(blob: Buffer, where: string): V;
  write(value: V): DomainGeometry;
}

/** A field read from several columns; the repository writes those columns itself. */
export interface DerivedField<V> {
  readonly kind: 'derived';
  readonly columns: readonly string[];
  read(row: Readonly<Record<string, unknown>>): V;
}

/** A plain column name takes the value as better-sqlite3 returns it: the schema's types and CHECKs make it the field's. */
export type WritableField<V> = string | ConvertedField<V> | GeometryField<V>;
export type Field<V> = WritableField<V> | DerivedField<V>;

interface TableNames {
  readonly table: string;
  /** How an error names one row: `${what} ${fid}` ("rail spur 7 does not exist"). */
  readonly what: string;
  /** The list order, e.g. 'name, fid'. */
  readonly orderBy: string;
}

/** A table read through the mapping; derived fields allowed. */
export interface TableSpec<T> extends TableNames {
  readonly fields: { readonly [K in keyof T]-?: Field<T[K]> };
}

/** A table also written through the mapping: every field one column, `id` the GeoPackage's fid. */
export interface WritableTableSpec<T> extends TableNames {
  readonly fields: { readonly id: 'fid' } & { readonly [K in Exclude<keyof T, 'id'>]-?: WritableField<T[K]> };
}

/** Rows of one table read as domain objects. */
export interface TableReader<T> {
  /** The SELECT list, for a query the repository writes itself. */
  readonly columns: string;
  toDomain(row: unknown): T;
  list(): T[];
  /** A prepared `SELECT … FROM table <where> ORDER BY …` answering domain objects. */
  select(where: string, orderBy?: string): { all(...params: unknown[]): T[]; get(...params: unknown[]): T | null };
}

/** A table keyed by fid, read and written whole. */
export interface TableRows<T extends { readonly id: number }> extends TableReader<T> {
  get(id: T['id']): T | null;
  /** The row as stored now; throws when it does not exist. */
  stored(id: number): T;
  insert(row: Omit<T, 'id'>): T;
  /**
   * Inserts rows through the one prepared statement in one transaction, widening the extent once, and
   * answers their ids in order: for an import, where reading each row back would cost more than the rest.
   */
  insertMany(rows: readonly Omit<T, 'id'>[]): T['id'][];
  /** Replaces every field of an existing row; a stale id throws. */
  update(row: T): T;
  remove(id: T['id']): void;
}

/** A column stored in another shape than the domain's (e.g. a boolean as 0/1). */
export function converted<V, S>(column: string, read: (stored: S) => V, write: (value: V) => S): ConvertedField<V> {
  return { kind: 'converted', column, read: read as (stored: unknown) => V, write };
}

/** The geometry column: decoded and type-checked on read, encoded on write; `as` maps to the domain's shape. */
export function geometry<G extends DomainGeometry['type'], V = Extract<DomainGeometry, { type: G }>>(
  column: string,
  type: G,
  as?: { readonly read: (stored: Extract<DomainGeometry, { type: G }>) => V; readonly write: (value: V) => Extract<DomainGeometry, { type: G }> },
): GeometryField<V> {
  const read = as?.read ?? ((stored) => stored as V);
  const write = as?.write ?? ((value: V) => value as DomainGeometry);
  return { kind: 'geometry', column, read: (blob, where) => read(readGeometry(blob, type, where)), write };
}

/** A field built from several columns (read only). */
export function derived<V>(columns: readonly string[], read: (row: Readonly<Record<string, unknown>>) => V): DerivedField<V> {
  return { kind: 'derived', columns, read };
}

const columnsOf = (field: Field<unknown>): readonly string[] =>
  typeof field === 'string' ? [field] : field.kind === 'derived' ? field.columns : [field.column];

const entriesOf = <T>(spec: { readonly fields: object }): [keyof T & string, Field<unknown>][] =>
  Object.entries(spec.fields) as [keyof T & string, Field<unknown>][];

/** Prepares the reading half of a table: the SELECT list, the mapping and the list statement. */
export function tableReader<T>(db: Database.Database, spec: TableSpec<T>): TableReader<T> {
  const entries = entriesOf(spec);
  // fid always comes along: a geometry error names its row by it.
  const columns = [...new Set(['fid', ...entries.flatMap(([, field]) => columnsOf(field))])].join(', ');
  const toDomain = (stored: unknown): T => {
    const row = stored as Record<string, unknown>;
    const domain: Record<string, unknown> = {};
    for (const [key, field] of entries) {
      if (typeof field === 'string') domain[key] = row[field];
      else if (field.kind === 'converted') domain[key] = field.read(row[field.column]);
      else if (field.kind === 'geometry') domain[key] = field.read(row[field.column] as Buffer, `${spec.what} ${String(row.fid)}`);
      else domain[key] = field.read(row);
    }
    return domain as T;
  };
  const select = (where: string, orderBy = spec.orderBy): ReturnType<TableReader<T>['select']> => {
    const statement = db.prepare(`SELECT ${columns} FROM ${spec.table} ${where} ORDER BY ${orderBy}`);
    return {
      all: (...params) => statement.all(...params).map(toDomain),
      get: (...params) => {
        const row = statement.get(...params);
        return row === undefined ? null : toDomain(row);
      },
    };
  };
  const listAll = select('');
  return { columns, toDomain, list: () => listAll.all(), select };
}

/**
 * A prepared `SELECT … FROM table <where> ORDER BY …` that reads each row on its own: a row another tool
 * wrote wrongly is a finding named by its fid and `name` column (readRows), never an unreadable table.
 */
export function tolerantSelect<T>(
  db: Database.Database,
  reader: TableReader<T>,
  table: RowFinding['table'],
  type: DomainGeometry['type'],
  where: string,
  orderBy: string,
): (...params: unknown[]) => { readonly items: T[]; readonly findings: RowFinding[] } {
  const statement = db.prepare(`SELECT ${reader.columns} FROM ${table} ${where} ORDER BY ${orderBy}`);
  return (...params) => readRows(statement.all(...params) as { fid: number; geom: unknown; name: string }[], reader.toDomain, table, type, (row) => row.name);
}

/**
 * Prepares a whole table keyed by fid. Every write runs in a transaction and keeps gpkg_contents current:
 * last_change always, and for a feature table the extent widened by the written geometry's envelope (the
 * R-tree is kept by the triggers the schema installs).
 */
export function tableRows<T extends { readonly id: number }>(
  db: Database.Database,
  contents: ContentsKeeper,
  spec: WritableTableSpec<T>,
): TableRows<T> {
  const reader = tableReader<T>(db, spec as TableSpec<T>);
  const idColumn = spec.fields.id;
  const written = entriesOf(spec).filter(([key]) => key !== 'id') as [keyof T & string, WritableField<unknown>][];
  const columnOf = (field: WritableField<unknown>): string => (typeof field === 'string' ? field : field.column);
  const names = written.map(([, field]) => columnOf(field));
  const geometryField = written.find((entry): entry is [keyof T & string, GeometryField<unknown>] => typeof entry[1] !== 'string' && entry[1].kind === 'geometry');

  const getOne = reader.select(`WHERE ${idColumn} = ?`);
  const insertOne = db.prepare(`INSERT INTO ${spec.table} (${names.join(', ')}) VALUES (${names.map((name) => `:${name}`).join(', ')})`);
  const updateOne = db.prepare(`UPDATE ${spec.table} SET ${names.map((name) => `${name} = :${name}`).join(', ')} WHERE ${idColumn} = :${idColumn}`);
  const removeOne = db.prepare(`DELETE FROM ${spec.table} WHERE ${idColumn} = ?`);

  const toParams = (row: Omit<T, 'id'>): Record<string, unknown> => {
    const values = row as Record<string, unknown>;
    const params: Record<string, unknown> = {};
    for (const [key, field] of written) {
      if (typeof field === 'string') params[field] = values[key];
      else if (field.kind === 'converted') params[field.column] = field.write(values[key]);
      else params[field.column] = encodeGeometryBlob(field.write(values[key]));
    }
    return params;
  };
  const envelopeOf = (row: Omit<T, 'id'>): Envelope | null =>
    geometryField === undefined ? null : geometryEnvelope(geometryField[1].write((row as Record<string, unknown>)[geometryField[0]]));
  const recordWrite = (extent: Envelope | null): void => {
    if (geometryField === undefined) contents.touch(spec.table);
    else contents.featureWritten(spec.table, extent);
  };
  const stored = (id: number): T => {
    const row = getOne.get(id);
    if (row === null) throw new Error(`${spec.what} ${id} does not exist`);
    return row;
  };

  return {
    ...reader,
    get: (id) => getOne.get(id),
    stored,
    insert: db.transaction((row: Omit<T, 'id'>): T => {
      const { lastInsertRowid } = insertOne.run(toParams(row));
      recordWrite(envelopeOf(row));
      return stored(Number(lastInsertRowid));
    }),
    insertMany: db.transaction((rows: readonly Omit<T, 'id'>[]): T['id'][] => {
      const ids: T['id'][] = [];
      let extent: Envelope | null = null;
      for (const row of rows) {
        ids.push(Number(insertOne.run(toParams(row)).lastInsertRowid) as T['id']);
        extent = widened(extent, envelopeOf(row));
      }
      if (rows.length > 0) recordWrite(extent);
      return ids;
    }),
    update: db.transaction((row: T): T => {
      expectChanged(updateOne.run({ ...toParams(row), [idColumn]: row.id }).changes, `${spec.what} ${row.id}`);
      recordWrite(envelopeOf(row));
      return stored(row.id);
    }),
    remove: db.transaction((id: T['id']): void => {
      expectChanged(removeOne.run(id).changes, `${spec.what} ${id}`);
      contents.touch(spec.table);
    }),
  };
}
