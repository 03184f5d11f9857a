import { z } from 'zod';
import type { ParkId, PlotId, UtilityConnectionId } from '../domain/ids';
import { CONNECTION_STATUSES, NETWORKS, type ConnectionStatus, type Network } from '../domain/utility';
import { capacityField, connectionIdField, parkIdField, plotIdField } from './requestFields';

/** Set what one network can give the park's residents, in the network's unit (NETWORK_UNITS). */
export interface CapacitySetRequest {
  readonly parkId: ParkId;
  readonly network: Network;
  readonly capacity: number;
}

/** A plot's request to connect to a network. */
export interface ConnectionCreateRequest {
  readonly plotId: PlotId;
  readonly network: Network;
  readonly requestedCapacity: number;
  readonly status: ConnectionStatus;
}

/** The fields to change on one connection; those left out keep their value. */
export type ConnectionUpdateRequest = { readonly connectionId: UtilityConnectionId } & Partial<ConnectionCreateRequest>;

export const capacitySetSchema: z.ZodType<CapacitySetRequest, unknown> = z
  .object({ parkId: parkIdField, network: z.enum(NETWORKS), capacity: capacityField })
  .strict();

const connectionShape = {
  plotId: plotIdField,
  network: z.enum(NETWORKS),
  requestedCapacity: capacityField,
  status: z.enum(CONNECTION_STATUSES),
};

export const connectionCreateSchema: z.ZodType<ConnectionCreateRequest, unknown> = z.object(connectionShape).strict();

export const connectionUpdateSchema: z.ZodType<ConnectionUpdateRequest, unknown> = z
  .object({ connectionId: connectionIdField, ...z.object(connectionShape).partial().shape })
  .strict();
