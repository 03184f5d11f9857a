import type { SnapFeature, SnapIndex } from './snapIndex';
import { createSnapIndex } from './snapIndex';

/*
 * Snap targets kept in step with edits without rebuilding the whole index (issue 9): at 50,000 plots
 * createSnapIndex takes most of a second, and one reshaped plot changes one feature. The set is the
 * index built at load (`base`) with the features changed since left out of it (`superseded`), plus a
 * small index over those features as they are now (`overlay`), in the base's frame so that distances
 * in the two compare. Once `REBUILD_AFTER` features have changed the whole set is built afresh.
 */

export interface SnapIndexSet<Id> {
  readonly base: SnapIndex<Id>;
  /** Features of `base` that changed or went since it was built: never snapped to there. */
  readonly superseded: ReadonlySet<Id>;
  readonly overlay: SnapIndex<Id>;
  /** The features `overlay` indexes, by id. */
  readonly changed: ReadonlyMap<Id, SnapFeature<Id>>;
}

/** An overlay this large costs about what a rebuild would save on the next few edits. */
export const REBUILD_AFTER = 256;

/**
 * A set over `features` with nothing changed yet: O(n log n).
 *
 * @example
 * const targets = snapIndexSet(plots.map((plot) => ({ id: `plot:${plot.id}`, geometry: plot.geometry })));
 */
export function snapIndexSet<Id>(features: readonly SnapFeature<Id>[]): SnapIndexSet<Id> {
  const base = createSnapIndex(features);
  return { base, superseded: new Set(), overlay: createSnapIndex([], base.frame), changed: new Map() };
}

/**
 * The set after an edit: `upserted` features as they are now, `removed` ids gone. Costs the size of the
 * changes so far, not of the layer; `all` gives every feature for a rebuild once the changes grew large.
 *
 * @example
 * withChangedFeatures(targets, [{ id: 'plot:12', geometry: reshaped }], [], () => everyFeature());
 */
export function withChangedFeatures<Id>(
  set: SnapIndexSet<Id>,
  upserted: readonly SnapFeature<Id>[],
  removed: readonly Id[],
  all: () => readonly SnapFeature<Id>[],
): SnapIndexSet<Id> {
  if (upserted.length === 0 && removed.length === 0) return set;
  const changed = new Map(set.changed);
  const superseded = new Set(set.superseded);
  for (const id of removed) {
    changed.delete(id);
    superseded.add(id);
  }
  for (const feature of upserted) {
    changed.set(feature.id, feature);
    superseded.add(feature.id);
  }
  if (superseded.size >= REBUILD_AFTER) return snapIndexSet(all());
  return { base: set.base, superseded, overlay: createSnapIndex([...changed.values()], set.base.frame), changed };
}
