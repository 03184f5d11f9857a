import type { ChangeSet, LayerChanges, RegistryTable } from '../../../../shared/contract/changeSet';
import type { MapLayers } from '../../../../shared/contract/views';
import type { ParkId, PlotId, RailSpurId, ResidentId, UtilityLineId } from '../../../../shared/domain/ids';
import { activeAllocationByPlot } from '../../../../shared/park/activeAllocation';
import type { Park } from '../../../../shared/domain/park';
import type { ProjectStore } from '../../../store/project';
import { editState } from '../editJournal';
import { parkFeature, plotFeature, railSpurFeature, utilityLineFeature } from '../../project/mapFeatures';
import type { RowNotes } from './rowNotes';

/*
 * A change set from the rows a write noted: each noted feature read back by its id (a row gone is a
 * removal), so the cost follows the size of the edit, not of the project. A resident renamed changes the
 * plots it holds; an allocation its plot's status and resident.
 */

type FeatureOf<L extends Exclude<keyof MapLayers, 'rowFindings'>> = MapLayers[L]['features'][number];

function layerChanges<F extends FeatureOf<'plots' | 'parks' | 'railSpurs' | 'utilityLines'>>(
  ids: Iterable<number>,
  read: (id: number) => F | null,
): LayerChanges<F> | undefined {
  const upserted: F[] = [];
  const removed: number[] = [];
  for (const id of ids) {
    const feature = read(id);
    if (feature === null) removed.push(id);
    else upserted.push(feature);
  }
  return upserted.length + removed.length === 0 ? undefined : { upserted, removed };
}

function plotReader(store: ProjectStore, today: string): (id: number) => FeatureOf<'plots'> | null {
  const parks = new Map<number, Park | null>();
  return (id) => {
    const plot = store.plots.get(id as PlotId);
    if (plot === null) return null;
    if (!parks.has(plot.parkId)) parks.set(plot.parkId, store.parks.get(plot.parkId));
    const allocation = activeAllocationByPlot(store.allocations.listByPlot(plot.id), today).get(plot.id);
    const resident = allocation === undefined ? null : store.residents.get(allocation.residentId);
    return plotFeature(plot, parks.get(plot.parkId) ?? null, allocation, resident?.name ?? null);
  };
}

const REGISTRY: readonly RegistryTable[] = ['residents', 'allocations', 'utility_connections', 'park_capacities'];

/** Reads back what `notes` name, in one read transaction of the store, as the change set `seq`. */
export function buildChangeSet(store: ProjectStore, notes: RowNotes, today: string, seq: number): ChangeSet {
  return store.read(() => {
    const plotIds = new Set<number>(notes.get('plots') ?? []);
    // A park's new boundary moves the part of each of its plots outside it.
    for (const parkId of notes.get('parks') ?? []) {
      for (const plot of store.plots.listByPark(parkId as ParkId)) plotIds.add(plot.id);
    }
    // The plots a renamed resident holds show its new name.
    for (const residentId of notes.get('residents') ?? []) {
      for (const allocation of store.allocations.listByResident(residentId as ResidentId)) plotIds.add(allocation.plotId);
    }
    const plots = layerChanges(plotIds, plotReader(store, today));
    const parks = layerChanges(notes.get('parks') ?? [], (id) => {
      const park = store.parks.get(id as ParkId);
      return park === null ? null : parkFeature(park);
    });
    const railSpurs = layerChanges(notes.get('rail_spurs') ?? [], (id) => {
      const spur = store.railSpurs.get(id as RailSpurId);
      return spur === null ? null : railSpurFeature(spur);
    });
    const utilityLines = layerChanges(notes.get('utility_lines') ?? [], (id) => {
      const line = store.utilityLines.get(id as UtilityLineId);
      return line === null ? null : utilityLineFeature(line);
    });
    return {
      seq,
      layers: { ...(parks && { parks }), ...(plots && { plots }), ...(railSpurs && { railSpurs }), ...(utilityLines && { utilityLines }) },
      tables: REGISTRY.filter((table) => notes.has(table)),
      edit: editState(store),
    };
  });
}
