import { DEFAULT_CODE_PREFIX } from '../../shared/domain/park';
import type { ParkId, PlotId, ResidentId } from '../../shared/domain/ids';
import type { ProjectSeed } from '../../shared/domain/projectSeed';
import type { ProjectStore } from './project';

/** A seed refers to a key it does not define (or defines one twice); nothing of the seed was written. */
export class SeedKeyError extends Error {
  override readonly name = 'SeedKeyError';

  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

/** The ids the file gave to the seed's keys. Plot keys are `${parkKey}/${code}`. */
export interface SeededIds {
  readonly parks: ReadonlyMap<string, ParkId>;
  readonly plots: ReadonlyMap<string, PlotId>;
  readonly residents: ReadonlyMap<string, ResidentId>;
}

/** The key a seed uses for a plot. */
export const plotSeedKey = (parkKey: string, code: string): string => `${parkKey}/${code}`;

function lookup<T>(ids: ReadonlyMap<string, T>, kind: string, key: string, where: string): T {
  const id = ids.get(key);
  if (id === undefined) throw new SeedKeyError(key, `${where} refers to unknown ${kind} key "${key}"`);
  return id;
}

function remember<T>(ids: Map<string, T>, kind: string, key: string, id: T): void {
  if (ids.has(key)) throw new SeedKeyError(key, `the seed defines ${kind} key "${key}" twice`);
  ids.set(key, id);
}

/**
 * Writes a whole ProjectSeed into a project in ONE transaction, turning the seed's keys into the ids the
 * file gives: parks by `key`, plots by `${parkKey}/${code}`, residents by `key`. A key that is unknown or
 * defined twice throws a {@link SeedKeyError} naming it, and then nothing of the seed is written.
 *
 * @example
 * const store = openProject(file, { create: true });
 * const ids = writeSeed(store, seed);
 * store.plots.get(ids.plots.get('ryazansky/A-01')!);
 */
export function writeSeed(store: ProjectStore, seed: ProjectSeed): SeededIds {
  return store.transaction(() => {
    const parks = new Map<string, ParkId>();
    const plots = new Map<string, PlotId>();
    const residents = new Map<string, ResidentId>();

    for (const { key, codePrefix, ...park } of seed.parks) remember(parks, 'park', key, store.parks.insert({ ...park, codePrefix: codePrefix ?? DEFAULT_CODE_PREFIX }).id);
    for (const { parkKey, ...plot } of seed.plots) {
      const where = `plot "${plotSeedKey(parkKey, plot.code)}"`;
      const parkId = lookup(parks, 'park', parkKey, where);
      remember(plots, 'plot', plotSeedKey(parkKey, plot.code), store.plots.insert({ ...plot, parkId }).id);
    }
    for (const { key, ...resident } of seed.residents) {
      remember(residents, 'resident', key, store.residents.insert(resident).id);
    }
    for (const { parkKey, plotCode, residentKey, ...allocation } of seed.allocations) {
      const where = `allocation "${allocation.agreementNo}" of plot "${plotSeedKey(parkKey, plotCode)}"`;
      store.allocations.insert({
        ...allocation,
        plotId: lookup(plots, 'plot', plotSeedKey(parkKey, plotCode), where),
        residentId: lookup(residents, 'resident', residentKey, where),
      });
    }
    for (const { parkKey, ...spur } of seed.railSpurs) {
      store.railSpurs.insert({ ...spur, parkId: lookup(parks, 'park', parkKey, `rail spur "${spur.name}"`) });
    }
    for (const { parkKey, ...line } of seed.utilityLines) {
      store.utilityLines.insert({ ...line, parkId: lookup(parks, 'park', parkKey, `utility line "${line.name}"`) });
    }
    for (const { parkKey, plotCode, ...connection } of seed.utilityConnections) {
      const key = plotSeedKey(parkKey, plotCode);
      const plotId = lookup(plots, 'plot', key, `${connection.network} connection of plot "${key}"`);
      store.utilityConnections.insert({ ...connection, plotId });
    }
    for (const { parkKey, network, capacity } of seed.capacities) {
      const parkId = lookup(parks, 'park', parkKey, `${network} capacity`);
      store.parkCapacities.insert({ parkId, network, capacity });
    }
    return { parks, plots, residents };
  });
}
