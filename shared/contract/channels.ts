import { z } from 'zod';
import type { AppInfo, MapLayers, PlotDetails, ProjectSummary } from './views';
import type { PlotId } from '../domain/ids';
import type { Channel } from './channelNames';
import type { ParkCapacity, UtilityConnection } from '../domain/utility';
import type { Resident } from '../domain/resident';
import type { AllocationEntry, ResidentListItem } from './registryViews';
import type { ParkBalanceSheet } from './reportViews';
import { cadastreRequestSchemas, type CadastreChannelMap } from './cadastreChannels';
import { underlayRequestSchemas, type UnderlayChannelMap } from './underlayChannels';
import { projectFileRequestSchemas, type ProjectFileChannelMap } from './projectFileChannels';
import { parkRequestSchemas, type ParkChannelMap } from './parkChannels';
import { syncRequestSchemas, type SyncChannelMap } from './syncChannels';
import { settingsRequestSchemas, type SettingsChannelMap } from './settingsChannels';
import { editRequestSchemas, type EditChannelMap } from './editChannels';
import { exportFileSchema, exportPreviewSchema } from './exchangeRequests';
import type { ExchangeChannelMap } from './exchangeViews';
import { importJobRequestSchemas, type ImportJobChannelMap } from './importJobs';
import { parkReportSchema, type ParkReportRequest } from './reportRequests';
import {
  residentCreateSchema,
  residentListSchema,
  residentUpdateSchema,
  type ResidentCreateRequest,
  type ResidentListRequest,
  type ResidentUpdateRequest,
} from './residentRequests';
import {
  allocationCreateSchema,
  allocationEndSchema,
  allocationHistorySchema,
  type AllocationCreateRequest,
  type AllocationEndRequest,
  type AllocationHistoryRequest,
} from './allocationRequests';
import {
  capacitySetSchema,
  connectionCreateSchema,
  connectionUpdateSchema,
  type CapacitySetRequest,
  type ConnectionCreateRequest,
  type ConnectionUpdateRequest,
} from './utilityRequests';

export { CHANNELS, isChannel, type Channel } from './channelNames';

/**
 * The one IPC contract: each channel pairs a request with its response, after MapLibre's actor messages.
 * Requests come from the renderer, which is untrusted, so each has a runtime schema.
 */
export interface ChannelMap
  extends EditChannelMap, ExchangeChannelMap, ImportJobChannelMap, CadastreChannelMap, UnderlayChannelMap, ProjectFileChannelMap, ParkChannelMap, SyncChannelMap, SettingsChannelMap {
  'app:info': [Record<string, never>, AppInfo];
  'project:summary': [Record<string, never>, ProjectSummary];
  'map:layers': [Record<string, never>, MapLayers];
  'plots:details': [{ readonly plotId: PlotId }, PlotDetails];
  'residents:list': [ResidentListRequest, readonly ResidentListItem[]];
  'residents:create': [ResidentCreateRequest, Resident];
  'residents:update': [ResidentUpdateRequest, Resident];
  /** The allocations made, one per plot, in the order of `plotIds`. */
  'allocations:create': [AllocationCreateRequest, readonly AllocationEntry[]];
  'allocations:end': [AllocationEndRequest, AllocationEntry];
  /** Newest first, active and ended. */
  'allocations:history': [AllocationHistoryRequest, readonly AllocationEntry[]];
  'capacities:set': [CapacitySetRequest, ParkCapacity];
  'connections:create': [ConnectionCreateRequest, UtilityConnection];
  'connections:update': [ConnectionUpdateRequest, UtilityConnection];
  'park:report': [ParkReportRequest, ParkBalanceSheet];
}

// A channel named in CHANNELS but missing here (or the reverse) is a compile error.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const channelsAgree: SameKeys<keyof ChannelMap, Channel> = true;
void channelsAgree;

export type RequestOf<C extends Channel> = ChannelMap[C][0];
export type ResponseOf<C extends Channel> = ChannelMap[C][1];

const empty = z.object({}).strict();
const plotId = z.number().int().positive().transform((n) => n as PlotId);

export const requestSchemas: { readonly [C in Channel]: z.ZodType<RequestOf<C>, unknown> } = {
  'app:info': empty,
  'project:summary': empty,
  'map:layers': empty,
  'plots:details': z.object({ plotId }).strict(),
  'residents:list': residentListSchema,
  'residents:create': residentCreateSchema,
  'residents:update': residentUpdateSchema,
  'allocations:create': allocationCreateSchema,
  'allocations:end': allocationEndSchema,
  'allocations:history': allocationHistorySchema,
  'capacities:set': capacitySetSchema,
  'connections:create': connectionCreateSchema,
  'connections:update': connectionUpdateSchema,
  'park:report': parkReportSchema,
  ...editRequestSchemas,
  'export:preview': exportPreviewSchema,
  'export:file': exportFileSchema,
  ...importJobRequestSchemas,
  ...cadastreRequestSchemas,
  ...underlayRequestSchemas,
  ...projectFileRequestSchemas,
  ...parkRequestSchemas,
  ...syncRequestSchemas,
  ...settingsRequestSchemas,
};
