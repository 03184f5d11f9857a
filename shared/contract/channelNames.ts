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
  // Drawing and editing (issue 3): see editChannels.ts.
  'plots:create',
  'plots:updateGeometry',
  'plots:updateAttributes',
  'plots:delete',
  'plots:split',
  'plots:merge',
  'plots:subdivide',
  'plots:fromCoordinates',
  'railSpurs:create',
  'railSpurs:updateGeometry',
  'railSpurs:delete',
  'utilityLines:create',
  'utilityLines:updateGeometry',
  'utilityLines:delete',
  'edits:state',
  'edits:undo',
  'edits:redo',
  'park:validate',
  // Export and import dialogs (issue 5): see exchangeViews.ts.
  'export:preview',
  'export:file',
  // Import jobs with progress and Cancel (issue 5): see importJobs.ts.
  'import:upload',
  'import:discard',
  'import:start',
  'import:progress',
  'import:cancel',
  // ЕГРН parcels beside plots (issue 12): see cadastreChannels.ts.
  'parcels:createPlots',
  'parcels:reconcile',
  // Basemaps, orthophotos and scans under the plan (issue 13): see underlayChannels.ts.
  'underlays:list',
  'underlays:update',
  'underlays:georeference',
  'underlays:browse',
  'underlays:add',
  'underlays:remove',
  // A planner's own park (issue 11): see parkChannels.ts.
  'parks:create',
  'parks:update',
  'parks:delete',
  // The project file: New, Open, Save As, Recent, Repair (issue 11): see projectFileChannels.ts.
  'projectFiles:state',
  'projectFiles:list',
  'projectFiles:new',
  'projectFiles:open',
  'projectFiles:saveAs',
  'projectFiles:repair',
  // Team sync with a PostGIS server (issue 15): see syncChannels.ts.
  'sync:status',
  'sync:run',
  'sync:conflicts',
  'sync:resolve',
  // The project's settings for its documents (issue 11): see settingsChannels.ts.
  'settings:get',
  'settings:update',
] as const;

export type Channel = (typeof CHANNELS)[number];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
