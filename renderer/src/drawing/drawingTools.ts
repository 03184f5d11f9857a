/** The map tools on the toolbar, one active at a time; the ids are also the terra-draw mode names. */
export const DRAWING_TOOLS = [
  'select',
  'draw-plot',
  'draw-rectangle',
  'draw-rail-spur',
  'draw-utility-line',
  'split-plot',
  'cut-hole',
  'merge-plots',
  'subdivide',
  'measure',
] as const;
export type DrawingTool = (typeof DRAWING_TOOLS)[number];

/** Each tool's i18n key, shared by its toolbar button (`toolbar.*`), its hint (`sketch.hint.*`) and the shortcut help. */
export const TOOL_MESSAGE = {
  select: 'select',
  'draw-plot': 'drawPlot',
  'draw-rectangle': 'drawRectangle',
  'draw-rail-spur': 'drawRailSpur',
  'draw-utility-line': 'drawUtilityLine',
  'split-plot': 'splitPlot',
  'cut-hole': 'cutHole',
  'merge-plots': 'mergePlots',
  subdivide: 'subdivide',
  measure: 'measure',
} as const satisfies Record<DrawingTool, string>;

/** Tools that draw a shape with terra-draw; the others work on plots already on the map. */
export const SKETCH_TOOLS = ['draw-plot', 'draw-rectangle', 'draw-rail-spur', 'draw-utility-line', 'split-plot', 'cut-hole', 'measure'] as const;
export type SketchTool = (typeof SKETCH_TOOLS)[number];

export const isSketchTool = (tool: DrawingTool): tool is SketchTool => (SKETCH_TOOLS as readonly string[]).includes(tool);

/** Plots (and a measurement of three or more points) show an area while drawn; lines only lengths. */
export const sketchShape = (tool: SketchTool): 'polygon' | 'line' =>
  tool === 'draw-plot' || tool === 'draw-rectangle' || tool === 'cut-hole' || tool === 'measure' ? 'polygon' : 'line';

/** Toolbar actions that are not tools: they act once. */
export const TOOLBAR_ACTIONS = ['undo', 'redo', 'validate', 'shortcuts'] as const;
export type ToolbarAction = (typeof TOOLBAR_ACTIONS)[number];

/** Tools under which a click on a plot selects it (the others place vertices with the click). */
export const picksPlots = (tool: DrawingTool): boolean => tool === 'select' || tool === 'merge-plots' || tool === 'subdivide';
