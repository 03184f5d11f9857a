import type { ParkId, PlotId } from '../domain/ids';
import type { Plot } from '../domain/plot';
import type { Network, ParkCapacity, UtilityConnection } from '../domain/utility';
import { NETWORK_UNITS, NETWORKS } from '../domain/utility';

/** A connection together with the park of its plot (connections themselves only know the plot). */
export interface ParkUtilityConnection extends UtilityConnection {
  readonly parkId: ParkId;
}

/** One network's capacity balance (баланс мощностей), in the network's unit. */
export interface NetworkBalance {
  readonly network: Network;
  readonly unit: (typeof NETWORK_UNITS)[Network];
  /** Capacity the park can give residents, or null when none is recorded for this network. */
  readonly capacity: number | null;
  /** Asked for and not yet approved (status `requested`). */
  readonly requested: number;
  /** Approved (технические условия issued) but not yet connected. */
  readonly approved: number;
  /** Connected and drawing. */
  readonly connected: number;
  /**
   * «Резерв»: capacity − (requested + approved + connected), what is left once the pending requests are
   * granted too; negative when they would not fit; null without a capacity.
   */
  readonly reserve: number | null;
  /** Warning: approved + connected exceed the capacity (or there is no capacity to commit). */
  readonly overCommitted: boolean;
}

/*
 * Capacities come in fractions (0.3 Gcal/h), so sums carry round-off: 0.1 + 0.2 > 0.3 in floating
 * point. A commitment must exceed the capacity by more than this share of it to be a warning.
 */
const ROUND_OFF = 1e-9;

/**
 * Tags each connection with the park of its plot; connections whose plot is not among `plots` are dropped.
 *
 * @example
 * utilityBalance(park.id, capacities, withPlotPark(connections, plots));
 */
export function withPlotPark(connections: readonly UtilityConnection[], plots: readonly Pick<Plot, 'id' | 'parkId'>[]): ParkUtilityConnection[] {
  const parkOf = new Map<PlotId, ParkId>(plots.map((plot) => [plot.id, plot.parkId]));
  return connections.flatMap((connection) => {
    const parkId = parkOf.get(connection.plotId);
    return parkId === undefined ? [] : [{ ...connection, parkId }];
  });
}

/**
 * The capacity balance of one park, one row per network that has a capacity or a connection, in
 * the order of NETWORKS. `requested` counts only connections still at status `requested`; the
 * reserve counts them too, since a request in the queue is capacity a new resident cannot be promised:
 * capacity − (requested + approved + connected). The over-commitment warning stays on what is already
 * promised (approved + connected).
 * Several capacity rows for one network add up. A network with commitments but no recorded
 * capacity is flagged as over-committed, since nothing backs them.
 *
 * @example
 * utilityBalance(1, [{ parkId: 1, network: 'power', capacity: 10_000 }], [
 *   { id: 1, plotId: 7, parkId: 1, network: 'power', requestedCapacity: 4_000, status: 'connected' },
 *   { id: 2, plotId: 8, parkId: 1, network: 'power', requestedCapacity: 7_000, status: 'approved' },
 * ]);
 * // [{ network: 'power', unit: 'kW', capacity: 10000, requested: 0, approved: 7000, connected: 4000,
 * //    reserve: -1000, overCommitted: true }]
 */
export function utilityBalance(
  parkId: ParkId,
  capacities: readonly ParkCapacity[],
  connections: readonly ParkUtilityConnection[],
): NetworkBalance[] {
  const capacity = new Map<Network, number>();
  for (const row of capacities) {
    if (row.parkId === parkId) capacity.set(row.network, (capacity.get(row.network) ?? 0) + row.capacity);
  }
  const sums = new Map<Network, { requested: number; approved: number; connected: number }>();
  for (const connection of connections) {
    if (connection.parkId !== parkId) continue;
    const sum = sums.get(connection.network) ?? { requested: 0, approved: 0, connected: 0 };
    sum[connection.status] += connection.requestedCapacity;
    sums.set(connection.network, sum);
  }
  return NETWORKS.filter((network) => capacity.has(network) || sums.has(network)).map((network) => {
    const { requested, approved, connected } = sums.get(network) ?? { requested: 0, approved: 0, connected: 0 };
    const available = capacity.get(network) ?? null;
    const committed = approved + connected;
    return {
      network,
      unit: NETWORK_UNITS[network],
      capacity: available,
      requested,
      approved,
      connected,
      reserve: available === null ? null : available - committed - requested,
      overCommitted: available === null ? committed > 0 : committed - available > ROUND_OFF * Math.max(available, 1),
    };
  });
}
