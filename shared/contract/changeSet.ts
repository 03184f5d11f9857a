import type { EditState } from './editViews';
import type { Feature, MapLayers } from './views';

/*
 * What a write changed, as the views need it (issue 9): the map features it inserted, updated or removed,
 * which registry tables it touched, and the journal's state after it. Every write answers with one
 * (`Result.changes`), and the Node side pushes the same to every window; the renderer's project store
 * applies it instead of reading the project again.
 */

/** The map layers a change set can carry features of. */
export const CHANGED_LAYERS = ['parks', 'plots', 'railSpurs', 'utilityLines'] as const;
export type ChangedLayer = (typeof CHANGED_LAYERS)[number];

type FeatureOf<L extends ChangedLayer> = MapLayers[L]['features'][number];

/** Features of one layer: inserted or updated ones whole (ids are the features' ids), removed ones by id. */
export interface LayerChanges<F extends Feature<unknown, unknown>> {
  readonly upserted: readonly F[];
  readonly removed: readonly number[];
}

/** Tables with no map features whose views read them on demand (the residents panel, the timelines). */
export const REGISTRY_TABLES = ['residents', 'allocations', 'utility_connections', 'park_capacities'] as const;
export type RegistryTable = (typeof REGISTRY_TABLES)[number];

export interface ChangeSet {
  /** Orders change sets: the renderer drops one it has already applied (an answer and its push). */
  readonly seq: number;
  readonly layers: { readonly [L in ChangedLayer]?: LayerChanges<FeatureOf<L>> };
  /** Registry tables the write touched: the views showing them ask again, nothing else does. */
  readonly tables: readonly RegistryTable[];
  readonly edit: EditState;
}

/**
 * What the Node side pushes to every window: a change set from a write it served, word that another
 * process (the CLI, an import's connection, QGIS, ogrinfo) changed the file, when views read again, or
 * that another project file was opened (New, Open, Save As, Repair, from any window or the File menu),
 * when every window starts again on it.
 */
export type ProjectEvent =
  | { readonly kind: 'changes'; readonly changes: ChangeSet }
  | { readonly kind: 'external' }
  | { readonly kind: 'opened'; readonly file: string | null };

/** The change set of a write that changed nothing. */
export const isEmptyChangeSet = (changes: ChangeSet): boolean =>
  changes.tables.length === 0 && CHANGED_LAYERS.every((layer) => (changes.layers[layer]?.upserted.length ?? 0) + (changes.layers[layer]?.removed.length ?? 0) === 0);
