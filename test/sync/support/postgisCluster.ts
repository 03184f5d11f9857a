import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/*
 * A throwaway PostgreSQL 15 + PostGIS cluster for the sync tests: initdb into a temp folder, a free
 * loopback port, password (SCRAM) authentication over TCP, stopped and removed after. PostgreSQL refuses
 * to run as root, and CI runs as root: there the cluster belongs to `nobody` (runuser); elsewhere to the
 * user running the tests.
 */

export const PG_BIN = process.env['PARKPLAN_PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

/** Why the sync tests cannot run here, or null when they can (the binaries and PostGIS are installed). */
export function postgisMissing(): string | null {
  if (!existsSync(join(PG_BIN, 'initdb')) || !existsSync(join(PG_BIN, 'pg_ctl'))) return `PostgreSQL 15 is not installed (${PG_BIN}/initdb): apt-get install postgresql-15-postgis-3`;
  if (!existsSync('/usr/share/postgresql/15/extension/postgis.control')) return 'PostGIS is not installed: apt-get install postgresql-15-postgis-3';
  return null;
}

export interface PostgisCluster {
  readonly port: number;
  readonly superuser: string;
  readonly password: string;
  /** postgresql://postgres@127.0.0.1:PORT/DATABASE (no password: give it with PGPASSWORD). */
  url(database?: string): string;
  /** Environment for a child that connects (PGPASSWORD set). */
  readonly env: NodeJS.ProcessEnv;
  /** Runs psql as the superuser and returns its output (unaligned, tuples only). */
  psql(sql: string, database?: string): string;
  createDatabase(name: string): void;
  stop(): void;
  start(): void;
  remove(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const asRoot = userInfo().uid === 0;

/** Runs a PostgreSQL binary as the cluster's owner. */
function asOwner(binary: string, args: readonly string[]): string {
  const command = asRoot ? 'runuser' : join(PG_BIN, binary);
  const argv = asRoot ? ['-u', 'nobody', '--', join(PG_BIN, binary), ...args] : [...args];
  return execFileSync(command, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function startPostgisCluster(): Promise<PostgisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-pg-'));
  // The owner must be able to enter the folder; nobody cannot read root's temp folders otherwise.
  chmodSync(dir, 0o755);
  if (asRoot) chownSync(dir, 65534, 65534);
  const data = join(dir, 'data');
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, password);
  if (asRoot) chownSync(pwfile, 65534, 65534);
  asOwner('initdb', ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const log = join(dir, 'log');
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = (): void => {
    asOwner('pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', 'start']);
  };
  start();
  const env = { ...process.env, PGPASSWORD: password, PGUSER: 'postgres' };
  const psql = (sql: string, database = 'postgres'): string => {
    const result = spawnSync(join(PG_BIN, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-At', '-c', sql], { encoding: 'utf8', env });
    if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
    return result.stdout.trim();
  };
  return {
    port,
    superuser: 'postgres',
    password,
    url: (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    env,
    psql,
    createDatabase(name) {
      psql(`CREATE DATABASE ${name}`);
      psql('CREATE EXTENSION postgis; CREATE EXTENSION btree_gist;', name);
    },
    stop() {
      asOwner('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
    start,
    remove() {
      try {
        asOwner('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
