import { RefusedError } from '../refusals/refusedError';

/*
 * A server's address as the planner writes it: postgresql://user[:password]@host[:port]/database[?schema=…].
 * The password may be given here for one command, but is never kept: the project file stores the address
 * without it, and later commands take it from PGPASSWORD or ~/.pgpass (the pg client reads both).
 */

export interface ServerAddress {
  /** What pg connects with (the password too, when the planner wrote one). */
  readonly connectionString: string;
  /** The address as it is stored and shown: no password, no schema. */
  readonly shown: string;
  readonly user: string;
  readonly database: string;
  /** The project's schema, when the address names it (?schema=…). */
  readonly schema: string | null;
}

const SCHEMA_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/** Refuses a schema name that could not be written unquoted, so SQL never carries a planner's text. */
export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema) || schema.startsWith('pg_')) throw new RefusedError('sync.schema.invalid', { schema });
  return schema;
}

/** A schema name from a project file's name, in Latin letters, digits and _ (--schema gives another). */
export function schemaNameFor(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.gpkg$/i, '').toLowerCase();
  const latin = stem.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(latin) ? latin.slice(0, 63) : `park_${latin}`.replace(/_+$/, '').slice(0, 63);
}

/**
 * Parses a server address.
 *
 * @example
 * parseServerAddress('postgresql://anna:secret@10.0.0.5/parks?schema=ryazansky').shown
 * // → 'postgresql://anna@10.0.0.5:5432/parks'
 */
export function parseServerAddress(text: string, env: Readonly<Record<string, string | undefined>> = process.env): ServerAddress {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RefusedError('sync.url.invalid', { url: text });
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') throw new RefusedError('sync.url.invalid', { url: text });
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (url.hostname === '' || database === '' || database.includes('/')) throw new RefusedError('sync.url.invalid', { url: text });
  const schemaParam = url.searchParams.get('schema');
  const schema = schemaParam === null ? null : checkSchemaName(schemaParam);
  url.searchParams.delete('schema');
  const user = decodeURIComponent(url.username) || env['PGUSER'] || env['USER'] || 'postgres';
  const connection = new URL(url.toString());
  if (connection.username === '') connection.username = encodeURIComponent(user);
  const shown = new URL(connection.toString());
  shown.password = '';
  if (shown.port === '') shown.port = '5432';
  return { connectionString: connection.toString(), shown: shown.toString().replace(/^postgres:/, 'postgresql:'), user, database, schema };
}
