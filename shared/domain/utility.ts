import type { LineStringGeometry } from './geometry';
import type { ParkId, PlotId, UtilityConnectionId, UtilityLineId } from './ids';

export const NETWORKS = ['power', 'gas', 'water', 'sewer', 'heat', 'telecom', 'storm'] as const;
export type Network = (typeof NETWORKS)[number];

/** The unit capacity is measured in, per network. */
export const NETWORK_UNITS = {
  power: 'kW',
  gas: 'm3/h',
  water: 'm3/day',
  sewer: 'm3/day',
  heat: 'Gcal/h',
  telecom: 'Mbit/s',
  storm: 'l/s',
} as const satisfies Record<Network, string>;

export const UTILITY_STATUSES = ['planned', 'construction', 'operating'] as const;
export type UtilityStatus = (typeof UTILITY_STATUSES)[number];

/** A utility network line (power cable, gas pipe, water main...). */
export interface UtilityLine {
  readonly id: UtilityLineId;
  readonly parkId: ParkId;
  readonly network: Network;
  readonly name: string;
  /** Capacity in the network's unit (NETWORK_UNITS). */
  readonly capacity: number | null;
  /** Voltage class for power (e.g. "10 kV"), pressure class for gas, diameter for pipes. */
  readonly serviceClass: string;
  readonly status: UtilityStatus;
  readonly geometry: LineStringGeometry;
}

export const CONNECTION_STATUSES = ['requested', 'approved', 'connected'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/** A plot's connection to a network with the capacity its resident asked for. */
export interface UtilityConnection {
  readonly id: UtilityConnectionId;
  readonly plotId: PlotId;
  readonly network: Network;
  readonly requestedCapacity: number;
  readonly status: ConnectionStatus;
}

/** Capacity of one network that the park can give to residents. */
export interface ParkCapacity {
  readonly parkId: ParkId;
  readonly network: Network;
  readonly capacity: number;
}
