import { IMAGED_TABLES, type ProjectStore, type RowImage } from '../../store/project';
import { RefusedError } from '../refusals/refusedError';
import type { SyncLink } from '../../store/repositories/syncState';
import type { TableSpec } from './server/serverTables';

/*
 * The tables a working copy shares with the server: every data table of the project (underlays stay
 * local: they are files on the planner's disk), parents before children, as the file declares them.
 */

export function tableSpecs(store: ProjectStore): TableSpec[] {
  return IMAGED_TABLES.map((name) => ({
    name,
    columns: store.rowImages.columns(name),
    foreignKeys: store.rowImages.foreignKeys(name),
    uniqueKeys: store.rowImages.uniqueKeys(name),
  }));
}

/** The link of a working copy; refused for a file that is not one. */
export function requireLink(store: ProjectStore): SyncLink {
  const link = store.syncState.link();
  if (link === null) throw new RefusedError('sync.link.none');
  return link;
}

/** The planner whose name signs this copy's changes: --planner, else PARKPLAN_PLANNER, else the login name. */
export function plannerName(given: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  const name = (given ?? env['PARKPLAN_PLANNER'] ?? env['USER'] ?? env['USERNAME'] ?? '').trim();
  return name === '' ? 'planner' : name;
}

/**
 * Translates fids between this copy and the server, per table: a row another copy added has the
 * server's fid there and the next free one here. References (a plot's park_id) are translated with it.
 */
export class FidMap {
  private readonly toServerFids = new Map<string, Map<number, number>>();
  private readonly toLocalFids = new Map<string, Map<number, number>>();

  constructor(private readonly specs: readonly TableSpec[]) {}

  set(table: string, localFid: number, serverFid: number): void {
    const forward = this.toServerFids.get(table) ?? new Map<number, number>();
    const backward = this.toLocalFids.get(table) ?? new Map<number, number>();
    forward.set(localFid, serverFid);
    backward.set(serverFid, localFid);
    this.toServerFids.set(table, forward);
    this.toLocalFids.set(table, backward);
  }

  serverFid(table: string, localFid: number): number | undefined {
    return this.toServerFids.get(table)?.get(localFid);
  }

  localFid(table: string, serverFid: number): number | undefined {
    return this.toLocalFids.get(table)?.get(serverFid);
  }

  private translate(table: string, image: RowImage, toServer: boolean): RowImage | { readonly missing: string } {
    const spec = this.specs.find((candidate) => candidate.name === table);
    const result: Record<string, RowImage[string]> = { ...image };
    for (const key of spec?.foreignKeys ?? []) {
      const value = image[key.column];
      if (typeof value !== 'number') continue;
      const mapped = toServer ? this.serverFid(key.table, value) : this.localFid(key.table, value);
      if (mapped === undefined) return { missing: key.column };
      result[key.column] = mapped;
    }
    return result;
  }

  /** A local image in the server's terms (its fid left out: the caller sets it), or the reference that has no server row. */
  toServer(table: string, image: RowImage): RowImage | { readonly missing: string } {
    const rest = Object.fromEntries(Object.entries(image).filter(([column]) => column !== 'fid'));
    return this.translate(table, rest, true);
  }

  /** A server image in this copy's terms, under `localFid`. */
  toLocal(table: string, image: RowImage, localFid: number): RowImage | { readonly missing: string } {
    const translated = this.translate(table, image, false);
    return 'missing' in translated ? translated : { ...translated, fid: localFid };
  }
}

export const isMissing = (value: RowImage | { readonly missing: string }): value is { readonly missing: string } =>
  Object.keys(value).length === 1 && typeof (value as { missing?: unknown }).missing === 'string';
