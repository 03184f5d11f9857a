import type { NewSyncConflict, ProjectStore, RowImage, SyncLink } from '../../store/project';
import { message, type Message } from '../../../shared/messages/message';
import { noteRows, type NotedTable } from '../journal/changeFeed/rowNotes';
import { readLocalPicture, rowKey, type LocalPicture } from './localPicture';
import { mergeRow, sameRow, type RowSide } from './rowMerge';
import { parseServerAddress } from './serverAddress';
import { withServer, type ServerClient } from './server/serverConnection';
import { chooseSchema } from './clone';
import { changesAfter, deleteRow, insertRow, lockChangeLog, readRows, RowWriter, updateRow, type Signature } from './server/serverRows';
import type { TableSpec } from './server/serverTables';
import { refusalReason } from './refusalReason';
import { FidMap, isMissing, requireLink, tableSpecs } from './syncedTables';

/*
 * One sync, in one step: this copy's changes since the last sync go to the server and the others' come
 * back, row by row through the three-way merge (rowMerge.ts). The server's part is one transaction —
 * a sync killed or cut off midway leaves the server with all of it or none — and the copy is written only
 * after the server has committed, so a failed sync leaves the copy as it was. Rerunning a sync whose
 * local half was lost finds the server already equal to this copy and has nothing to push.
 */

export interface SyncReport {
  readonly server: string;
  readonly schema: string;
  readonly pushed: number;
  readonly pulled: number;
  /** Conflicts this sync found. */
  readonly conflicts: number;
  /** Conflicts open after it (found now or earlier). */
  readonly open: number;
  readonly syncedAt: string;
}

type LocalWrite =
  | { readonly kind: 'insert'; readonly table: string; readonly fid: number; readonly row: RowImage }
  | { readonly kind: 'update'; readonly table: string; readonly fid: number; readonly columns: RowImage }
  | { readonly kind: 'delete'; readonly table: string; readonly fid: number };

/** How the sync leaves one row's record of agreement. */
interface RowAgreement {
  readonly table: string;
  readonly fid: number;
  readonly serverFid: number | null;
  readonly base: RowSide;
  readonly rowStays: boolean;
}

interface ServerDelete {
  readonly spec: TableSpec;
  readonly fid: number;
  readonly serverFid: number;
  readonly mine: RowSide;
  readonly theirs: RowSide;
}

interface SyncPlan {
  readonly schema: string;
  readonly logSeq: number;
  readonly pushed: number;
  readonly writes: LocalWrite[];
  readonly agreements: Map<string, RowAgreement>;
  readonly conflicts: NewSyncConflict[];
  readonly theirsUpdates: { id: number; theirs: NewSyncConflict['theirs']; planner: string | null }[];
}

const reasonText = (reason: Message): string => JSON.stringify(reason);

class ServerPass {
  private readonly fids: FidMap;
  private pushed = 0;
  private readonly writer: RowWriter;
  readonly writes: LocalWrite[] = [];
  readonly deletesHere: LocalWrite[] = [];
  readonly agreements = new Map<string, RowAgreement>();
  readonly conflicts: NewSyncConflict[] = [];
  readonly theirsUpdates: SyncPlan['theirsUpdates'] = [];
  private readonly serverDeletes: ServerDelete[] = [];

  constructor(
    private readonly client: ServerClient,
    private readonly schema: string,
    private readonly link: SyncLink,
    private readonly picture: LocalPicture,
    private readonly specs: readonly TableSpec[],
    private readonly plannerOf: ReadonlyMap<string, string>,
  ) {
    this.fids = new FidMap(specs);
    this.writer = new RowWriter(client);
    for (const [table, local] of picture.tables) for (const row of local.synced.values()) this.fids.set(table, row.fid, row.serverFid);
  }

  get pushedCount(): number {
    return this.pushed;
  }

  /** Who made the row's change here: the planner, and the journal's edit when one touched the row. */
  private signature(table: string, fid: number): Signature {
    const edit = this.picture.signatures.get(rowKey(table, fid));
    return { copyId: this.link.copyId, planner: this.link.planner, actor: edit?.actor ?? null, label: edit?.label ?? null, editedAt: edit?.editedAt ?? null };
  }

  private agree(table: string, fid: number, serverFid: number | null, base: RowSide, rowStays: boolean): void {
    this.agreements.set(rowKey(table, fid), { table, fid, serverFid, base, rowStays });
  }

  private refused(spec: TableSpec, fid: number, serverFid: number | null, mine: RowSide, theirs: RowSide, reason: Message): void {
    this.conflicts.push({ table: spec.name, fid, kind: 'refused', field: null, base: null, mine, theirs, theirPlanner: this.theirPlanner(spec.name, serverFid), reason: reasonText(reason) });
    // The server's row as it is stays the agreement; the refused change waits, held, for the planner.
    this.agree(spec.name, fid, serverFid, theirs, mine !== null);
  }

  private theirPlanner(table: string, serverFid: number | null): string | null {
    return serverFid === null ? null : (this.plannerOf.get(rowKey(table, serverFid)) ?? null);
  }

  /** Merges one table's rows touched on either side since the last sync. */
  async table(spec: TableSpec, loggedFids: ReadonlySet<number>): Promise<void> {
    const local = this.picture.tables.get(spec.name)!;
    const units = new Map<string, { localFid: number | null; serverFid: number | null }>();
    for (const fid of local.changed) units.set(`l${fid}`, { localFid: fid, serverFid: local.synced.get(fid)?.serverFid ?? null });
    for (const serverFid of loggedFids) {
      const localFid = this.fids.localFid(spec.name, serverFid) ?? null;
      units.set(localFid === null ? `s${serverFid}` : `l${localFid}`, { localFid, serverFid });
    }
    const serverFids = [...units.values()].flatMap((unit) => (unit.serverFid === null ? [] : [unit.serverFid]));
    const theirRows = new Map((await readRows(this.client, this.schema, spec, serverFids)).map((row) => [row['fid'] as number, row]));
    let nextFid = local.nextFid;
    for (const unit of units.values()) {
      const serverRow = unit.serverFid === null ? null : (theirRows.get(unit.serverFid) ?? null);
      if (unit.localFid === null && serverRow === null) continue; // added and deleted on the server since
      let localFid = unit.localFid;
      if (localFid === null) {
        // A row another copy added: under the server's fid when this file never used it, else the next free.
        localFid = unit.serverFid! >= nextFid ? unit.serverFid! : nextFid;
        nextFid = localFid + 1;
        this.fids.set(spec.name, localFid, unit.serverFid!);
      }
      await this.row(spec, localFid, unit.serverFid, serverRow);
    }
  }

  private async row(spec: TableSpec, fid: number, serverFid: number | null, serverRow: RowImage | null): Promise<void> {
    const local = this.picture.tables.get(spec.name)!;
    const base = local.synced.get(fid)?.base ?? null;
    const mine = local.rows.get(fid) ?? null;
    let theirs: RowSide = null;
    if (serverRow !== null) {
      const translated = this.fids.toLocal(spec.name, serverRow, fid);
      if (isMissing(translated)) return this.refused(spec, fid, serverFid, mine, null, message('sync.refused.here', { text: translated.missing }));
      theirs = translated;
    }
    const merge = mergeRow(base, mine, theirs, local.holds.get(fid));
    for (const change of merge.heldChanges) {
      for (const open of this.picture.openConflicts) {
        if (open.table === spec.name && open.fid === fid && open.field === change.field) this.theirsUpdates.push({ id: open.id, theirs: change.theirs, planner: this.theirPlanner(spec.name, serverFid) });
      }
    }
    for (const conflict of merge.conflicts) {
      this.conflicts.push({ table: spec.name, fid, kind: conflict.field === null ? 'row' : 'field', field: conflict.field, base: conflict.base, mine: conflict.mine, theirs: conflict.theirs, theirPlanner: this.theirPlanner(spec.name, serverFid), reason: null });
    }
    if (merge.local.kind === 'insert') this.writes.push({ kind: 'insert', table: spec.name, fid, row: merge.local.row });
    if (merge.local.kind === 'update') this.writes.push({ kind: 'update', table: spec.name, fid, columns: merge.local.columns });
    if (merge.local.kind === 'delete') this.deletesHere.push({ kind: 'delete', table: spec.name, fid });
    const mineAfter = merge.local.kind === 'delete' ? null : merge.local.kind === 'insert' ? merge.local.row : mine;
    const server = merge.server;
    if (server.kind === 'delete') {
      this.serverDeletes.push({ spec, fid, serverFid: serverFid!, mine, theirs });
      return;
    }
    if (server.kind === 'none') return this.agree(spec.name, fid, serverFid, merge.base, mineAfter !== null);
    const image = this.fids.toServer(spec.name, server.kind === 'insert' ? server.row : server.columns);
    if (isMissing(image)) return this.refused(spec, fid, serverFid, mine, theirs, message('sync.refused.parent'));
    if (server.kind === 'insert') {
      const outcome = await this.writer.write(this.signature(spec.name, fid), () => insertRow(this.client, this.schema, spec, serverFid === null ? image : { ...image, fid: serverFid }));
      if (!outcome.ok) return this.refused(spec, fid, serverFid, mine, theirs, refusalReason(outcome.error, spec) ?? message('sync.refused.other', { text: outcome.error.message }));
      this.fids.set(spec.name, fid, outcome.value);
      this.pushed += 1;
      return this.agree(spec.name, fid, outcome.value, merge.base, true);
    }
    const outcome = await this.writer.write(this.signature(spec.name, fid), () => updateRow(this.client, this.schema, spec, serverFid!, image));
    if (!outcome.ok) return this.refused(spec, fid, serverFid, mine, theirs, refusalReason(outcome.error, spec) ?? message('sync.refused.other', { text: outcome.error.message }));
    this.pushed += 1;
    this.agree(spec.name, fid, serverFid, merge.base, mineAfter !== null);
  }

  /** Deletes go children first: an allocation before its plot. */
  async deletes(): Promise<void> {
    const order = this.specs.map((spec) => spec.name);
    const sorted = [...this.serverDeletes].sort((a, b) => order.indexOf(b.spec.name) - order.indexOf(a.spec.name));
    for (const { spec, fid, serverFid, mine, theirs } of sorted) {
      const outcome = await this.writer.write(this.signature(spec.name, fid), () => deleteRow(this.client, this.schema, spec, serverFid));
      if (!outcome.ok) {
        this.refused(spec, fid, serverFid, mine, theirs, refusalReason(outcome.error, spec) ?? message('sync.refused.other', { text: outcome.error.message }));
        continue;
      }
      this.pushed += 1;
      this.agree(spec.name, fid, serverFid, null, false);
    }
    this.deletesHere.sort((a, b) => order.indexOf(b.table as TableSpec['name']) - order.indexOf(a.table as TableSpec['name']));
  }
}

async function serverPass(client: ServerClient, link: SyncLink, picture: LocalPicture, specs: readonly TableSpec[]): Promise<SyncPlan> {
  await client.query('BEGIN');
  const schema = await chooseSchema(client, parseServerAddress(link.serverUrl, {}), link.schemaName);
  await lockChangeLog(client, schema);
  const log = await changesAfter(client, schema, link.logSeq);
  const plannerOf = new Map<string, string>();
  const logged = new Map<string, Set<number>>();
  for (const entry of log) {
    if (entry.copyId !== link.copyId) plannerOf.set(rowKey(entry.table, entry.fid), entry.planner);
    const fids = logged.get(entry.table) ?? new Set<number>();
    fids.add(entry.fid);
    logged.set(entry.table, fids);
  }
  const pass = new ServerPass(client, schema, link, picture, specs, plannerOf);
  for (const spec of specs) await pass.table(spec, logged.get(spec.name) ?? new Set());
  await pass.deletes();
  const logSeq = Math.max(link.logSeq, ...log.map((entry) => entry.seq));
  await client.query('COMMIT');
  return {
    schema,
    logSeq,
    pushed: pass.pushedCount,
    writes: [...pass.writes, ...pass.deletesHere],
    agreements: pass.agreements,
    conflicts: pass.conflicts,
    theirsUpdates: pass.theirsUpdates,
  };
}

const NOTED: ReadonlySet<string> = new Set(['parks', 'plots', 'rail_spurs', 'utility_lines', 'residents', 'allocations', 'utility_connections', 'park_capacities']);

/** Writes the server's changes into the copy and records the agreement, in one local transaction. */
function applyLocally(store: ProjectStore, plan: SyncPlan, picture: LocalPicture, syncedAt: string): number {
  return store.transaction(() => {
    // A row edited here while the server was busy (another window of the app) is left as it is now, and
    // its agreement as it was: the next sync merges it again, so neither that edit nor theirs is lost.
    // Judged before this sync writes anything here.
    const changedSince = new Set<string>();
    for (const { table, fid } of [...plan.writes, ...plan.agreements.values()]) {
      const name = table as TableSpec['name'];
      if (!sameRow(store.rowImages.read(name, fid), picture.tables.get(name)?.rows.get(fid) ?? null)) changedSince.add(rowKey(name, fid));
    }
    const moved = (table: TableSpec['name'], fid: number): boolean => changedSince.has(rowKey(table, fid));
    let pulled = 0;
    for (const write of plan.writes) {
      const table = write.table as TableSpec['name'];
      if (moved(table, write.fid)) continue;
      try {
        store.transaction(() => {
          if (write.kind === 'insert') store.rowImages.insert(table, write.row);
          else if (write.kind === 'update') store.rowImages.update(table, write.fid, write.columns);
          else store.rowImages.remove(table, write.fid);
        });
        pulled += 1;
        if (NOTED.has(table)) noteRows(store, table as NotedTable, [write.fid]);
      } catch (error) {
        // The copy's own rules refused the server's row (a plot deleted here that their allocation needs): held for review.
        const theirs = plan.agreements.get(rowKey(table, write.fid))?.base ?? null;
        plan.conflicts.push({ table, fid: write.fid, kind: 'refused', field: null, base: null, mine: store.rowImages.read(table, write.fid), theirs, theirPlanner: null, reason: reasonText(message('sync.refused.here', { text: error instanceof Error ? error.message : String(error) })) });
      }
    }
    for (const agreement of plan.agreements.values()) {
      const table = agreement.table as TableSpec['name'];
      if (moved(table, agreement.fid)) {
        // A row this sync gave its first server fid keeps it, or the next sync would send it as new again.
        const known = picture.tables.get(table)?.synced.has(agreement.fid) ?? false;
        if (!known && agreement.serverFid !== null) store.syncState.putRow(table, { fid: agreement.fid, serverFid: agreement.serverFid, base: null });
        continue;
      }
      if (agreement.serverFid !== null && (agreement.base !== null || agreement.rowStays)) store.syncState.putRow(table, { fid: agreement.fid, serverFid: agreement.serverFid, base: agreement.base });
      else store.syncState.dropRow(table, agreement.fid);
    }
    for (const conflict of plan.conflicts) store.syncState.addConflict(conflict);
    for (const update of plan.theirsUpdates) store.syncState.updateTheirs(update.id, update.theirs, update.planner);
    store.syncState.recordSync(plan.logSeq, picture.journalSeq, syncedAt);
    return pulled;
  });
}

/** Syncs a working copy with its server: push and pull in one step, conflicts kept for review. */
export async function syncProject(store: ProjectStore, env: Readonly<Record<string, string | undefined>> = process.env): Promise<SyncReport> {
  const link = requireLink(store);
  const address = parseServerAddress(link.serverUrl, env);
  const specs = tableSpecs(store);
  const picture = store.read(() => readLocalPicture(store, specs, link.journalSeq));
  const plan = await withServer(address, (client) => serverPass(client, link, picture, specs));
  const syncedAt = new Date().toISOString();
  const pulled = applyLocally(store, plan, picture, syncedAt);
  return { server: address.shown, schema: plan.schema, pushed: plan.pushed, pulled, conflicts: plan.conflicts.length, open: store.syncState.conflicts(false).length, syncedAt };
}
