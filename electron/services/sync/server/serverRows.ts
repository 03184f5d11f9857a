import type { DomainGeometry } from '../../../../shared/domain/geometry';
import { ByteReader, ByteWriter, readWkb, writeWkb } from '../../../store/gpkg/wkb';
import type { RowImage, RowValue } from '../../../store/project';
import { CHANGE_LOG, WORKING_COPIES } from './serverSchema';
import type { ServerClient } from './serverConnection';
import { fromServerValue, geometryTypeOf, identifier, toServerValue, type TableSpec } from './serverTables';

/*
 * The project's rows on the server, read and written in the project file's own terms: images as the edit
 * journal keeps them, geometries as WKB both ways (exact doubles, no text round trip). Every write is
 * signed first (RowWriter), and the server's log trigger files it under that planner, edit and time.
 */

const q = (schema: string, table: string): string => `${identifier(schema)}.${identifier(table)}`;

function selectList(spec: TableSpec): string {
  return spec.columns.map((column) => (geometryTypeOf(column) === null ? identifier(column.name) : `ST_AsBinary(${identifier(column.name)}) AS ${identifier(column.name)}`)).join(', ');
}

function toImage(spec: TableSpec, row: Record<string, unknown>): RowImage {
  const image: Record<string, RowValue> = {};
  for (const column of spec.columns) {
    const value = row[column.name];
    image[column.name] = geometryTypeOf(column) !== null && value instanceof Uint8Array ? readWkb(new ByteReader(value)) : fromServerValue(column, value);
  }
  return image;
}

function wkb(geometry: DomainGeometry): Buffer {
  const out = new ByteWriter();
  writeWkb(out, geometry);
  return Buffer.from(out.toBytes());
}

/** The columns of an image as SQL placeholders and parameters, geometry through ST_GeomFromWKB. */
function valuesOf(spec: TableSpec, image: RowImage, first: number): { names: string[]; slots: string[]; params: unknown[] } {
  const names: string[] = [];
  const slots: string[] = [];
  const params: unknown[] = [];
  for (const column of spec.columns) {
    if (!Object.hasOwn(image, column.name)) continue;
    const value = image[column.name] ?? null;
    names.push(identifier(column.name));
    const slot = `$${first + params.length}`;
    if (geometryTypeOf(column) !== null) {
      slots.push(value === null ? 'NULL' : `ST_GeomFromWKB(${slot}, 4326)`);
      if (value !== null) params.push(wkb(value as DomainGeometry));
    } else {
      slots.push(slot);
      params.push(toServerValue(column, value));
    }
  }
  return { names, slots, params };
}

/** Rows of a table, all or those with the given fids. */
export async function readRows(client: ServerClient, schema: string, spec: TableSpec, fids?: readonly number[]): Promise<RowImage[]> {
  const where = fids === undefined ? '' : 'WHERE fid = ANY($1::bigint[])';
  const result = await client.query<Record<string, unknown>>(`SELECT ${selectList(spec)} FROM ${q(schema, spec.name)} ${where} ORDER BY fid`, fids === undefined ? [] : [fids]);
  return result.rows.map((row) => toImage(spec, row));
}

/** Inserts a row (under its fid when the image has one, else under the server's next); returns the fid. */
export async function insertRow(client: ServerClient, schema: string, spec: TableSpec, image: RowImage): Promise<number> {
  const { names, slots, params } = valuesOf(spec, image, 1);
  const result = await client.query<{ fid: number }>(`INSERT INTO ${q(schema, spec.name)} (${names.join(', ')}) VALUES (${slots.join(', ')}) RETURNING fid`, params);
  return result.rows[0]!.fid;
}

/** Parameters one statement carries at most (PostgreSQL takes 65,535). */
const PARAMETERS_PER_STATEMENT = 30_000;

/** Inserts many rows under their own fids, a few hundred to a statement (publishing a project). */
export async function insertRows(client: ServerClient, schema: string, spec: TableSpec, images: readonly RowImage[]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / spec.columns.length));
  for (let start = 0; start < images.length; start += perStatement) {
    const rows: string[] = [];
    const params: unknown[] = [];
    let names: string[] = [];
    for (const image of images.slice(start, start + perStatement)) {
      const values = valuesOf(spec, image, params.length + 1);
      names = values.names;
      rows.push(`(${values.slots.join(', ')})`);
      params.push(...values.params);
    }
    await client.query(`INSERT INTO ${q(schema, spec.name)} (${names.join(', ')}) VALUES ${rows.join(', ')}`, params);
  }
}

/** Writes some columns of a row; false when the server has no such row. */
export async function updateRow(client: ServerClient, schema: string, spec: TableSpec, fid: number, columns: RowImage): Promise<boolean> {
  const changed = Object.fromEntries(Object.entries(columns).filter(([column]) => column !== 'fid'));
  const { names, slots, params } = valuesOf(spec, changed, 2);
  if (names.length === 0) return true;
  const sets = names.map((name, index) => `${name} = ${slots[index]!}`).join(', ');
  const result = await client.query(`UPDATE ${q(schema, spec.name)} SET ${sets} WHERE fid = $1`, [fid, ...params]);
  return result.rowCount === 1;
}

export async function deleteRow(client: ServerClient, schema: string, spec: TableSpec, fid: number): Promise<boolean> {
  const result = await client.query(`DELETE FROM ${q(schema, spec.name)} WHERE fid = $1`, [fid]);
  return result.rowCount === 1;
}

/** Who made the next writes, and which edit: read by the log trigger, until the transaction ends. */
export interface Signature {
  readonly copyId: number;
  readonly planner: string;
  readonly actor: string | null;
  readonly label: string | null;
  readonly editedAt: string | null;
}

export type RowOutcome<T> = { ok: true; value: T } | { ok: false; error: Error & { code?: string; constraint?: string; detail?: string } };

/**
 * Writes rows one by one, each in a savepoint of the sync's transaction: a row the server's rules refuse
 * undoes only itself. Releasing the last savepoint, opening the next and signing go in one round trip
 * (the simple protocol takes several statements, with the values quoted by the client's escapeLiteral).
 */
export class RowWriter {
  private open = false;
  private signed = '';

  constructor(private readonly client: ServerClient) {}

  async write<T>(signature: Signature, work: () => Promise<T>): Promise<RowOutcome<T>> {
    const statements = this.open ? ['RELEASE SAVEPOINT parkplan_row', 'SAVEPOINT parkplan_row'] : ['SAVEPOINT parkplan_row'];
    const text = JSON.stringify(signature);
    if (text !== this.signed) {
      const literal = (value: string | null): string => this.client.escapeLiteral(value ?? '');
      const settings: [string, string | null][] = [['copy', String(signature.copyId)], ['planner', signature.planner], ['actor', signature.actor], ['label', signature.label], ['edited_at', signature.editedAt]];
      statements.push(`SELECT ${settings.map(([name, value]) => `set_config('parkplan.${name}', ${literal(value)}, true)`).join(', ')}`);
    }
    await this.client.query(statements.join('; '));
    this.open = true;
    this.signed = text;
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Only the server's refusals of the row (class 23: integrity constraints) are the row's; anything else ends the sync.
      if (code === undefined || !code.startsWith('23')) throw error;
      await this.client.query('ROLLBACK TO SAVEPOINT parkplan_row');
      return { ok: false, error: error as Error };
    }
  }
}

/** One entry of the server's change log. */
export interface LogEntry {
  readonly seq: number;
  readonly table: string;
  readonly fid: number;
  readonly op: 'insert' | 'update' | 'delete';
  readonly changed: readonly string[];
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
  readonly copyId: number | null;
  readonly planner: string;
  readonly actor: string | null;
  readonly label: string | null;
  readonly editedAt: string | null;
  readonly loggedAt: string;
}

const LOG_COLUMNS = `seq, table_name AS "table", fid, op, changed, before, after, copy_id AS "copyId", planner, actor, label, edited_at AS "editedAt", logged_at AS "loggedAt"`;

/**
 * Holds the log still while a sync runs: writers (another copy's sync, QGIS) wait, so the seqs read are
 * all there will be below the newest one read.
 */
export async function lockChangeLog(client: ServerClient, schema: string): Promise<void> {
  await client.query(`LOCK TABLE ${q(schema, CHANGE_LOG)} IN EXCLUSIVE MODE`);
}

export async function changesAfter(client: ServerClient, schema: string, seq: number): Promise<LogEntry[]> {
  return (await client.query<LogEntry>(`SELECT ${LOG_COLUMNS} FROM ${q(schema, CHANGE_LOG)} WHERE seq > $1 ORDER BY seq`, [seq])).rows;
}

/** Log entries of some rows (a plot, its allocations and connections), oldest first. */
export async function changesOf(client: ServerClient, schema: string, rows: readonly { table: string; fid: number }[], refersTo: { column: string; fid: number } | null): Promise<LogEntry[]> {
  const tables = rows.map((row) => row.table);
  const fids = rows.map((row) => row.fid);
  const refers = refersTo === null ? 'false' : `(coalesce(after, before) ->> '${identifier(refersTo.column)}')::bigint = $3`;
  const params: unknown[] = [tables, fids];
  if (refersTo !== null) params.push(refersTo.fid);
  const sql = `SELECT ${LOG_COLUMNS} FROM ${q(schema, CHANGE_LOG)}
    WHERE (table_name, fid) IN (SELECT * FROM unnest($1::text[], $2::bigint[])) OR ${refers} ORDER BY seq`;
  return (await client.query<LogEntry>(sql, params)).rows;
}

export async function allChanges(client: ServerClient, schema: string): Promise<LogEntry[]> {
  return (await client.query<LogEntry>(`SELECT ${LOG_COLUMNS} FROM ${q(schema, CHANGE_LOG)} ORDER BY seq`)).rows;
}

export async function lastLogSeq(client: ServerClient, schema: string): Promise<number> {
  return (await client.query<{ seq: number }>(`SELECT coalesce(max(seq), 0)::bigint AS seq FROM ${q(schema, CHANGE_LOG)}`)).rows[0]!.seq;
}

/** Registers a working copy; its number signs its changes in the log. */
export async function registerCopy(client: ServerClient, schema: string, planner: string, fileName: string): Promise<number> {
  const result = await client.query<{ copy_id: number }>(`INSERT INTO ${q(schema, WORKING_COPIES)} (planner, file_name) VALUES ($1, $2) RETURNING copy_id`, [planner, fileName]);
  return result.rows[0]!.copy_id;
}
