import { z } from 'zod';
import type { AppInfo, MapLayers, PlotDetails, ProjectSummary } from './views';
import type { PlotId } from '../domain/ids';
import type { Channel } from './channelNames';

export { CHANNELS, isChannel, type Channel } from './channelNames';

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
};
