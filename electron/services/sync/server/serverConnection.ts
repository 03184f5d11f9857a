import pg from 'pg';
import { RefusedError } from '../../refusals/refusedError';
import type { ServerAddress } from '../serverAddress';

/*
 * One connection to the PostGIS server, through the maintained `pg` client (no wire protocol of ours).
 * Values come back as the project file holds them: 64-bit integers as numbers (fids stay far below 2^53),
 * dates and times as the text PostgreSQL prints. Whatever the server or the network says becomes a
 * message a planner can act on.
 */

const INT8 = 20;
const DATE = 1082;
const TIMESTAMPTZ = 1184;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8) return (value: string) => Number(value);
    if (oid === DATE || oid === TIMESTAMPTZ) return (value: string) => value;
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  },
};

export type ServerClient = pg.Client;

interface PgError extends Error {
  code?: string;
}

/** The planner's words for a failure of the connection or of a statement; `during` marks a sync under way. */
export function serverRefusal(address: ServerAddress, error: unknown, during = false): Error {
  if (error instanceof RefusedError) return error;
  const { code, message } = error instanceof Error ? (error as PgError) : { code: undefined, message: String(error) };
  const server = address.shown;
  if (code === '28P01' || code === '28000') return new RefusedError('sync.server.password', { server, user: address.user });
  if (code === '3D000') return new RefusedError('sync.server.noDatabase', { server, database: address.database });
  if (code !== undefined && /^(ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|EAI_AGAIN|ECONNRESET|EPIPE)$/.test(code)) {
    return new RefusedError(during ? 'sync.server.lost' : 'sync.server.unreachable', { server, reason: message || code });
  }
  // 57P01: the administrator (or a stopping server) ended the session; 08xxx: the connection failed.
  if (code === '57P01' || code === '57P02' || code === '57P03' || code?.startsWith('08') === true || /Connection terminated/i.test(message)) {
    return new RefusedError(during ? 'sync.server.lost' : 'sync.server.unreachable', { server, reason: message });
  }
  if (/password authentication|SASL|no password/i.test(message)) return new RefusedError('sync.server.password', { server, user: address.user });
  return new RefusedError('sync.server.failed', { server, reason: message });
}

/**
 * Connects, runs `work`, and closes the connection whatever happens. A transaction `work` left open is
 * rolled back by the server when the connection closes.
 */
export async function withServer<T>(address: ServerAddress, work: (client: ServerClient) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: address.connectionString, types, connectionTimeoutMillis: 10_000, application_name: 'parkplan' });
  // An error event with no listener would crash the process; the failing query reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw serverRefusal(address, error);
  }
  try {
    return await work(client);
  } catch (error) {
    throw serverRefusal(address, error, true);
  } finally {
    await client.end().catch(() => undefined);
  }
}
