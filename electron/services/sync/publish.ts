import { basename } from 'node:path';
import type { ProjectStore } from '../../store/project';
import { RefusedError } from '../refusals/refusedError';
import { checkSchemaName, schemaNameFor, type ServerAddress } from './serverAddress';
import { createProjectTables, ensureExtensions, finishProjectTables, schemaExists } from './server/serverSchema';
import { withServer, type ServerClient } from './server/serverConnection';
import { insertRows, lastLogSeq, registerCopy } from './server/serverRows';
import { refusalReason } from './refusalReason';
import { tableSpecs } from './syncedTables';

/*
 * Publishing puts a project on the server, in a schema of its own, and makes the file its first working
 * copy. All in one server transaction: a refused row (two allocations of one plot at once, which the
 * exclusion constraint forbids) publishes nothing. The file is linked only once the server has committed.
 */

export interface PublishReport {
  readonly schema: string;
  readonly rows: number;
  readonly copyId: number;
}

async function createExtensions(client: ServerClient, address: ServerAddress): Promise<void> {
  try {
    await client.query('SAVEPOINT extensions');
    await ensureExtensions(client);
  } catch (error) {
    await client.query('ROLLBACK TO SAVEPOINT extensions');
    throw new RefusedError('sync.server.noPostgis', { server: address.shown, reason: error instanceof Error ? error.message : String(error) });
  }
}

export async function publishProject(store: ProjectStore, address: ServerAddress, options: { schema?: string; planner: string }): Promise<PublishReport> {
  const existing = store.syncState.link();
  if (existing !== null) throw new RefusedError('sync.link.already', { schema: existing.schemaName, server: existing.serverUrl });
  const schema = checkSchemaName(options.schema ?? address.schema ?? schemaNameFor(store.file));
  const specs = tableSpecs(store);
  const rows = store.read(() => specs.map((spec) => ({ spec, images: store.rowImages.all(spec.name) })));
  const journalSeq = store.read(() => store.editJournal.lastSeq());
  const { copyId, logSeq } = await withServer(address, async (client) => {
    await client.query('BEGIN');
    if (await schemaExists(client, schema)) throw new RefusedError('sync.schema.exists', { server: address.shown, schema });
    await createExtensions(client, address);
    await createProjectTables(client, schema, specs, basename(store.file));
    for (const { spec, images } of rows) {
      try {
        await insertRows(client, schema, spec, images);
      } catch (error) {
        const reason = refusalReason(error, spec);
        if (reason === null) throw error;
        throw new RefusedError('sync.publish.refused', { table: spec.name, reason, detail: (error as { detail?: string }).detail ?? '' });
      }
    }
    try {
      // The rules go on after the rows are in (faster than checking each insert): a row breaking one is refused here.
      await finishProjectTables(client, schema, specs);
    } catch (error) {
      const { table, detail } = error as { table?: string; detail?: string };
      const spec = specs.find((candidate) => candidate.name === table);
      const reason = spec === undefined ? null : refusalReason(error, spec);
      if (spec === undefined || reason === null) throw error;
      throw new RefusedError('sync.publish.refused', { table: spec.name, reason, detail: detail ?? '' });
    }
    const copy = await registerCopy(client, schema, options.planner, basename(store.file));
    const seq = await lastLogSeq(client, schema);
    await client.query('COMMIT');
    return { copyId: copy, logSeq: seq };
  });
  store.transaction(() => {
    store.syncState.createLink({ serverUrl: address.shown, schemaName: schema, copyId, planner: options.planner, logSeq, journalSeq, syncedAt: new Date().toISOString() });
    for (const { spec, images } of rows) {
      for (const image of images) store.syncState.putRow(spec.name, { fid: image['fid'] as number, serverFid: image['fid'] as number, base: image });
    }
  });
  return { schema, rows: rows.reduce((sum, { images }) => sum + images.length, 0), copyId };
}
