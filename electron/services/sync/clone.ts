import { existsSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { openProject, type ProjectStore, type RowImage } from '../../store/project';
import { RefusedError } from '../refusals/refusedError';
import type { ServerAddress } from './serverAddress';
import { projectSchemas } from './server/serverSchema';
import { withServer, type ServerClient } from './server/serverConnection';
import { lastLogSeq, readRows, registerCopy } from './server/serverRows';
import { tableSpecs } from './syncedTables';
import type { TableSpec } from './server/serverTables';

/*
 * A working copy is a new project file filled from one consistent snapshot of the server's project,
 * its rows under the server's fids. It is written whole or not at all: a failure removes the new file.
 */

export interface CloneReport {
  readonly schema: string;
  readonly rows: number;
  readonly copyId: number;
}

/** The project a clone takes: the one the address or --schema names, or the only one on the server. */
export async function chooseSchema(client: ServerClient, address: ServerAddress, asked: string | undefined): Promise<string> {
  const schemas = await projectSchemas(client);
  const wanted = asked ?? address.schema;
  if (wanted !== null && wanted !== undefined) {
    if (!schemas.includes(wanted)) throw new RefusedError('sync.schema.missing', { server: address.shown, schema: wanted });
    return wanted;
  }
  if (schemas.length === 0) throw new RefusedError('sync.schema.none', { server: address.shown });
  if (schemas.length > 1) throw new RefusedError('sync.schema.several', { server: address.shown, schemas: schemas.join(', ') });
  return schemas[0]!;
}

function fill(store: ProjectStore, specs: readonly TableSpec[], rows: ReadonlyMap<string, RowImage[]>): number {
  let count = 0;
  for (const spec of specs) {
    for (const image of rows.get(spec.name) ?? []) {
      store.rowImages.insert(spec.name, image);
      store.syncState.putRow(spec.name, { fid: image['fid'] as number, serverFid: image['fid'] as number, base: image });
      count += 1;
    }
  }
  return count;
}

export async function cloneProject(address: ServerAddress, file: string, options: { schema?: string; planner: string }): Promise<CloneReport> {
  const path = resolve(file);
  if (existsSync(path)) throw new RefusedError('sync.clone.exists', { file: path });
  // The tables' shape comes from this build's own schema: a new file has it.
  const store = openProject(path, { create: true });
  try {
    const specs = tableSpecs(store);
    const snapshot = await withServer(address, async (client) => {
      // One snapshot of every table, and no sync commits between reading the rows and the log's end.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      const schema = await chooseSchema(client, address, options.schema);
      const rows = new Map<string, RowImage[]>();
      for (const spec of specs) rows.set(spec.name, await readRows(client, schema, spec));
      const logSeq = await lastLogSeq(client, schema);
      const copyId = await registerCopy(client, schema, options.planner, basename(path));
      await client.query('COMMIT');
      return { schema, rows, logSeq, copyId };
    });
    const count = store.transaction(() => {
      const filled = fill(store, specs, snapshot.rows);
      store.syncState.createLink({
        serverUrl: address.shown,
        schemaName: snapshot.schema,
        copyId: snapshot.copyId,
        planner: options.planner,
        logSeq: snapshot.logSeq,
        journalSeq: store.editJournal.lastSeq(),
        syncedAt: new Date().toISOString(),
      });
      return filled;
    });
    store.close();
    return { schema: snapshot.schema, rows: count, copyId: snapshot.copyId };
  } catch (error) {
    store.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    throw error;
  }
}
