import { CHANGED_LAYERS, REGISTRY_TABLES, type ChangeSet, type ChangedLayer, type RegistryTable } from '../../../shared/contract/changeSet';
import type { EditState } from '../../../shared/contract/editViews';
import type { Feature, MapLayers, ProjectSummary } from '../../../shared/contract/views';
import { summarizeLayers } from '../../../shared/park/layerSummary';

/*
 * The renderer's project as data, and the pure step that applies a write's change set to it (issue 9):
 * features replaced by id, removed ones dropped, the summary derived again, the stamps of what changed
 * moved on so that the views reading a table ask again and nothing else does.
 */

/** What a view can depend on: a map layer or a registry table. */
export type Stamped = ChangedLayer | RegistryTable;
export const STAMPED: readonly Stamped[] = [...CHANGED_LAYERS, ...REGISTRY_TABLES];

/** The features one step changed, for the map to update in place; null: everything may have changed. */
export type LayerDiff = ChangeSet['layers'] | null;

export interface ProjectState {
  readonly file: string;
  readonly layers: MapLayers;
  readonly summary: ProjectSummary;
  readonly edit: EditState;
  /** Moves on for each step that changed a layer or table: a view depending on it asks again. */
  readonly stamps: Readonly<Record<Stamped, number>>;
  /** Plots changed by the steps so far, with the step that last did: the details panel asks again. */
  readonly plotStamps: ReadonlyMap<number, number>;
  /** Counts the steps; `diff` is what the last one changed. */
  readonly version: number;
  readonly diff: LayerDiff;
  /** The newest change set applied: an older or the same one (an answer and its push) is dropped. */
  readonly seq: number;
}

const zeroStamps = (): Record<Stamped, number> => Object.fromEntries(STAMPED.map((key) => [key, 0])) as Record<Stamped, number>;

/** The state of a project just read whole. */
export function loadedProject(file: string, layers: MapLayers, edit: EditState, previous?: ProjectState): ProjectState {
  const version = (previous?.version ?? 0) + 1;
  const stamps = previous === undefined ? zeroStamps() : (Object.fromEntries(STAMPED.map((key) => [key, version])) as Record<Stamped, number>);
  return {
    file,
    layers,
    summary: summarizeLayers(file, layers),
    edit,
    stamps,
    plotStamps: new Map(),
    version,
    diff: null,
    seq: previous?.seq ?? 0,
  };
}

function applyToCollection<F extends Feature<unknown, unknown>>(features: readonly F[], upserted: readonly F[], removed: readonly number[]): F[] {
  const replacing = new Map(upserted.map((feature) => [feature.id, feature]));
  const gone = new Set(removed);
  const next: F[] = [];
  for (const feature of features) {
    if (gone.has(feature.id)) continue;
    const replacement = replacing.get(feature.id);
    next.push(replacement ?? feature);
    replacing.delete(feature.id);
  }
  // What is left was inserted.
  for (const feature of replacing.values()) next.push(feature);
  return next;
}

/** The project after `changes`; the same state when `changes` is not newer than the last applied. */
export function applyChangeSet(state: ProjectState, changes: ChangeSet): ProjectState {
  if (changes.seq <= state.seq) return state;
  const version = state.version + 1;
  const stamps = { ...state.stamps };
  let layers: MapLayers = state.layers;
  const plotStamps = new Map(state.plotStamps);
  for (const layer of CHANGED_LAYERS) {
    const change = changes.layers[layer];
    if (change === undefined) continue;
    stamps[layer] = version;
    const collection = layers[layer] as { readonly features: readonly Feature<unknown, unknown>[] };
    const features = applyToCollection(collection.features, change.upserted as readonly Feature<unknown, unknown>[], change.removed);
    layers = { ...layers, [layer]: { type: 'FeatureCollection', features } };
    if (layer === 'plots') for (const id of [...change.upserted.map((feature) => feature.id), ...change.removed]) plotStamps.set(id, version);
  }
  for (const table of changes.tables) stamps[table] = version;
  const summaryChanged = changes.layers.plots !== undefined || changes.layers.parks !== undefined;
  return {
    file: state.file,
    layers,
    summary: summaryChanged ? summarizeLayers(state.file, layers) : state.summary,
    edit: changes.edit,
    stamps,
    plotStamps,
    version,
    diff: changes.layers,
    seq: changes.seq,
  };
}
