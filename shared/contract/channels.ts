import { z } from 'zod';
import type { AppInfo, MapLayers, PlotDetails, ProjectSummary } from './views';
import type { PlotId } from '../domain/ids';

/**
 * The one IPC contract: each channel pairs a request with its response, after MapLibre's actor messages.
 * Requests come from the renderer, which is untrusted, so each has a runtime schema.
 */
export interface ChannelMap {
  'app:info': [Record<string, never>, AppInfo];
  'project:summary': [Record<string, never>, ProjectSummary];
  'map:layers': [Record<string, never>, MapLayers];
  'plots:details': [{ readonly plotId: PlotId }, PlotDetails];
}

export type Channel = keyof ChannelMap;
export type RequestOf<C extends Channel> = ChannelMap[C][0];
export type ResponseOf<C extends Channel> = ChannelMap[C][1];

const empty = z.object({}).strict();
const plotId = z.number().int().positive().transform((n) => n as PlotId);

export const requestSchemas: { readonly [C in Channel]: z.ZodType<RequestOf<C>, unknown> } = {
  'app:info': empty,
  'project:summary': empty,
  'map:layers': empty,
  'plots:details': z.object({ plotId }).strict(),
};

/** Channel names in a fixed order; the preload and the web bridge expose exactly these. */
export const CHANNELS = Object.keys(requestSchemas) as readonly Channel[];

export const isChannel = (name: string): name is Channel => Object.hasOwn(requestSchemas, name);
