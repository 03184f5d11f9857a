import { describe, expect, it } from 'vitest';
import type { ParkId, PlotId, UtilityConnectionId } from '../domain/ids';
import type { ConnectionStatus, Network, ParkCapacity, UtilityConnection } from '../domain/utility';
import { utilityBalance, withPlotPark } from './utilityBalance';

const P1 = 1 as ParkId;
const P2 = 2 as ParkId;
let nextId = 1;
const connection = (plot: number, network: Network, requestedCapacity: number, status: ConnectionStatus): UtilityConnection => ({
  id: nextId++ as UtilityConnectionId, plotId: plot as PlotId, network, requestedCapacity, status,
});
const capacity = (parkId: ParkId, network: Network, value: number): ParkCapacity => ({ parkId, network, capacity: value });

// Plots 10–13 are in park 1, plot 20 in park 2.
const plots = [10, 11, 12, 13].map((id) => ({ id: id as PlotId, parkId: P1 })).concat([{ id: 20 as PlotId, parkId: P2 }]);

const capacities = [capacity(P1, 'power', 10_000), capacity(P1, 'gas', 2_500), capacity(P1, 'heat', 0.3), capacity(P2, 'power', 500)];
const connections = [
  connection(10, 'power', 4_000, 'connected'),
  connection(11, 'power', 3_500, 'approved'),
  connection(12, 'power', 1_200, 'requested'),
  connection(13, 'power', 900, 'requested'),
  connection(20, 'power', 5_000, 'connected'), // park 2
  connection(10, 'gas', 1_800, 'approved'),
  connection(11, 'gas', 900, 'connected'),
  connection(10, 'heat', 0.1, 'approved'),
  connection(11, 'heat', 0.2, 'connected'),
  connection(12, 'water', 40, 'requested'),
  connection(13, 'water', 25, 'approved'),
  connection(99, 'sewer', 30, 'approved'), // plot unknown: dropped
];

describe('utilityBalance', () => {
  const rows = utilityBalance(P1, capacities, withPlotPark(connections, plots));
  const row = (network: Network) => rows.find((r) => r.network === network);

  it('lists networks with a capacity or a connection, in the order of NETWORKS, with their units', () => {
    expect(rows.map((r) => [r.network, r.unit])).toEqual([['power', 'kW'], ['gas', 'm3/h'], ['water', 'm3/day'], ['heat', 'Gcal/h']]);
  });

  it('power: 4000 connected + 3500 approved + 2100 requested of 10 000 kW leave a reserve of 400 kW', () => {
    expect(row('power')).toEqual({
      network: 'power', unit: 'kW', capacity: 10_000, requested: 2_100, approved: 3_500, connected: 4_000, reserve: 400, overCommitted: false,
    });
  });

  it('gas: 1800 approved + 900 connected exceed 2500 m³/h by 200 — a warning', () => {
    expect(row('gas')).toMatchObject({ capacity: 2_500, approved: 1_800, connected: 900, reserve: -200, overCommitted: true });
  });

  it('heat: 0.1 + 0.2 Gcal/h of 0.3 is exactly full, not over-committed by round-off', () => {
    expect(row('heat')?.overCommitted).toBe(false);
    expect(row('heat')?.reserve).toBeCloseTo(0, 12);
  });

  it('water: commitments with no recorded capacity are flagged', () => {
    expect(row('water')).toMatchObject({ capacity: null, requested: 40, approved: 25, reserve: null, overCommitted: true });
  });

  it('keeps other parks and unknown plots out', () => {
    expect(utilityBalance(P2, capacities, withPlotPark(connections, plots))).toEqual([
      { network: 'power', unit: 'kW', capacity: 500, requested: 0, approved: 0, connected: 5_000, reserve: -4_500, overCommitted: true },
    ]);
    expect(withPlotPark(connections, plots)).toHaveLength(connections.length - 1);
  });

  it('adds up several capacity rows of one network', () => {
    const [power] = utilityBalance(P1, [capacity(P1, 'power', 6_000), capacity(P1, 'power', 4_000)], []);
    expect(power).toMatchObject({ capacity: 10_000, reserve: 10_000, overCommitted: false });
  });
});
