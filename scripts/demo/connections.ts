import type { ConnectionStatus, Network } from '../../shared/domain/utility';
import type { SeededRandom } from './seededRandom';
import { geodesicRingArea } from './localFrame';
import type { LaidOutPlot, SeedUtilityConnection } from './seedTypes';

/** Per hectare of plot: the range of capacity residents ask for, by network and zone, and how it rounds. */
interface Demand {
  readonly network: Network;
  /** Share of held plots that ask for this network at all. */
  readonly share: number;
  readonly perHa: { readonly production: readonly [number, number]; readonly other: readonly [number, number] };
  readonly step: number;
}

export interface ConnectionOptions {
  readonly parkKey: string;
  readonly demands: readonly Demand[];
}

/**
 * Utility connections for held plots: requested capacity grows with the plot's geodesic area; built plots are
 * mostly connected, allocated ones approved or requested, reserved ones at most requested.
 */
export function connectPlots(random: SeededRandom, plots: readonly LaidOutPlot[], options: ConnectionOptions): SeedUtilityConnection[] {
  const rows: SeedUtilityConnection[] = [];
  for (const { code, use, ring } of plots) {
    if (use.holder === null) continue;
    const hectares = geodesicRingArea(ring) / 10_000;
    for (const demand of options.demands) {
      if (random.next() >= demand.share) continue;
      if (use.status === 'reserved' && demand.network !== 'power') continue;
      const [low, high] = use.zone === 'production' ? demand.perHa.production : demand.perHa.other;
      const raw = hectares * (low + random.next() * (high - low));
      const requestedCapacity = Math.max(demand.step, Math.round(raw / demand.step) * demand.step);
      rows.push({ parkKey: options.parkKey, plotCode: code, network: demand.network, requestedCapacity, status: connectionStatus(random, use.status) });
    }
  }
  return rows;
}

function connectionStatus(random: SeededRandom, plotStatus: LaidOutPlot['use']['status']): ConnectionStatus {
  const roll = random.next();
  if (plotStatus === 'built') return roll < 0.85 ? 'connected' : 'approved';
  if (plotStatus === 'allocated') return roll < 0.5 ? 'approved' : 'requested';
  return 'requested';
}

export function demand(network: Network, share: number, production: readonly [number, number], other: readonly [number, number], step: number): Demand {
  return { network, share, perHa: { production, other }, step };
}
