import type { MapLayers } from '../../../shared/contract/views';
import type { ParkId } from '../../../shared/domain/ids';
import type { SnapFeature } from '../../../shared/geometry/snapIndex';
import { snapIndexSet, withChangedFeatures, type SnapIndexSet } from '../../../shared/geometry/snapIndexSet';
import type { LayerDiff } from '../project/projectChanges';
import { SNAP_LAYERS, parkOfFeature, snapFeatures, snapTargetId, snapTargetsOf, type SnapTargetId } from './snapTargets';

/*
 * The drawing tools' snap targets kept in step with the project store (issue 9): indexed whole when a
 * park is shown or the project read again, and after that each step changes only the features its
 * change set names — a reshaped plot among 50,000 costs a small overlay, not a new index.
 */

export interface SnapTargetKeeper {
  /** The snap targets of park `parkId` (every park when null) at project step `version`, whose change is `diff`. */
  at(layers: MapLayers, version: number, diff: LayerDiff, parkId: ParkId | null): SnapIndexSet<SnapTargetId>;
}

type Changes = { readonly upserted: SnapFeature<SnapTargetId>[]; readonly removed: SnapTargetId[] };

/** What one step changed among the snap targets of a park: a feature moved to another park leaves this one. */
export function snapChanges(diff: NonNullable<LayerDiff>, parkId: ParkId | null): Changes {
  const upserted: SnapFeature<SnapTargetId>[] = [];
  const removed: SnapTargetId[] = [];
  for (const layer of SNAP_LAYERS) {
    const change = diff[layer];
    if (change === undefined) continue;
    upserted.push(...snapTargetsOf(layer, change.upserted, parkId));
    for (const feature of change.upserted) if (parkId !== null && parkOfFeature(layer, feature) !== parkId) removed.push(snapTargetId(layer, feature.properties.id));
    for (const id of change.removed) removed.push(snapTargetId(layer, id));
  }
  return { upserted, removed };
}

export function createSnapTargetKeeper(): SnapTargetKeeper {
  let kept: { readonly version: number; readonly parkId: ParkId | null; readonly set: SnapIndexSet<SnapTargetId> } | null = null;
  return {
    at(layers, version, diff, parkId) {
      if (kept !== null && kept.version === version && kept.parkId === parkId) return kept.set;
      const all = () => snapFeatures(layers, parkId);
      let set: SnapIndexSet<SnapTargetId>;
      if (kept !== null && kept.parkId === parkId && kept.version === version - 1 && diff !== null) {
        const { upserted, removed } = snapChanges(diff, parkId);
        set = withChangedFeatures(kept.set, upserted, removed, all);
      } else {
        set = snapIndexSet(all());
      }
      kept = { version, parkId, set };
      return set;
    },
  };
}
