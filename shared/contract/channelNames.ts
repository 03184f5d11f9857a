/**
 * The channel names, kept apart from the request schemas so that the preload can build the bridge from
 * this list alone, without bundling the validation library. channels.ts checks both agree.
 */
export const CHANNELS = [
  'app:info',
  'project:summary',
  'map:layers',
  'plots:details',
  'residents:list',
  'residents:create',
  'residents:update',
  'allocations:create',
  'allocations:end',
  'allocations:history',
  'capacities:set',
  'connections:create',
  'connections:update',
  'park:report',
] as const;

export type Channel = (typeof CHANNELS)[number];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
