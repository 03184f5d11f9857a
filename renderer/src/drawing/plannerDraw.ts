import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawSelectMode,
  type TerraDrawMouseEvent,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Position } from '../../../shared/domain/geometry';
import { SELECTION_COLOR } from '../map/statusColors';
import { SKETCH_TOOLS, type DrawingTool, type SketchTool } from './drawingTools';

/*
 * The one place terra-draw is set up: a mode per sketch tool (named after the tool), a polygon mode
 * that only owns the plot being reshaped, and the select mode that edits its vertices. Snapping goes
 * through `snap` (our geodesic snap index), not terra-draw's own, so every tool snaps the same way.
 */

/** The terra-draw mode that holds the plot being reshaped by "Select". */
export const PLOT_EDIT_MODE = 'plot-edit';

export type SnapFunction = (position: Position, exclude: 'edited-plot' | 'none') => Position | undefined;

export interface PlannerDraw {
  readonly draw: TerraDraw;
  readonly sketchModes: Readonly<Record<SketchTool, { undo(): void }>>;
  /** Terra-draw's mode for a tool; tools without a sketch leave the map to MapLibre (a static mode). */
  modeFor(tool: DrawingTool): string;
}

const SKETCH_STYLE = {
  fillColor: '#0b4fd6',
  fillOpacity: 0.15,
  outlineColor: '#0b4fd6',
  outlineWidth: 2,
  closingPointColor: '#ffffff',
  closingPointOutlineColor: '#0b4fd6',
  closingPointWidth: 6,
  closingPointOutlineWidth: 2,
  snappingPointColor: '#e6007e',
  snappingPointOutlineColor: '#ffffff',
  snappingPointWidth: 7,
  snappingPointOutlineWidth: 2,
} as const;

const LINE_STYLE = {
  lineStringColor: '#0b4fd6',
  lineStringWidth: 2.5,
  closingPointColor: '#ffffff',
  closingPointOutlineColor: '#0b4fd6',
  closingPointWidth: 5,
  closingPointOutlineWidth: 2,
  snappingPointColor: '#e6007e',
  snappingPointOutlineColor: '#ffffff',
  snappingPointWidth: 7,
  snappingPointOutlineWidth: 2,
} as const;

const CUT_STYLE = { ...LINE_STYLE, lineStringColor: '#c2185b' } as const;
const HOLE_STYLE = { ...SKETCH_STYLE, fillColor: '#c2185b', outlineColor: '#c2185b', closingPointOutlineColor: '#c2185b' } as const;
const MEASURE_STYLE = { ...LINE_STYLE, lineStringColor: '#6a3d9a', lineStringDash: [6, 4] as [number, number] } as const;

/** Builds and starts terra-draw on a loaded map. */
export function createPlannerDraw(map: MapLibreMap, snap: SnapFunction): PlannerDraw {
  const toCustom = (exclude: 'edited-plot' | 'none') => (event: TerraDrawMouseEvent) => {
    const snapped = snap([event.lng, event.lat], exclude);
    return snapped === undefined ? undefined : [snapped[0], snapped[1]];
  };
  const sketchSnapping = { toCustom: toCustom('none') };
  const drawPlot = new TerraDrawPolygonMode({ modeName: 'draw-plot', snapping: sketchSnapping, styles: SKETCH_STYLE, pointerDistance: 12 });
  const drawRectangle = new TerraDrawRectangleMode({ modeName: 'draw-rectangle', styles: { fillColor: '#0b4fd6', fillOpacity: 0.15, outlineColor: '#0b4fd6', outlineWidth: 2 } });
  const line = (modeName: SketchTool, styles: typeof LINE_STYLE | typeof CUT_STYLE | typeof MEASURE_STYLE) =>
    new TerraDrawLineStringMode({ modeName, snapping: sketchSnapping, styles, pointerDistance: 12 });
  const railSpur = line('draw-rail-spur', LINE_STYLE);
  const utilityLine = line('draw-utility-line', LINE_STYLE);
  const splitLine = line('split-plot', CUT_STYLE);
  const cutHole = new TerraDrawPolygonMode({ modeName: 'cut-hole', snapping: sketchSnapping, styles: HOLE_STYLE, pointerDistance: 12 });
  const measure = line('measure', MEASURE_STYLE);
  const plotEdit = new TerraDrawPolygonMode({ modeName: PLOT_EDIT_MODE, styles: { fillColor: SELECTION_COLOR, fillOpacity: 0.12, outlineColor: SELECTION_COLOR, outlineWidth: 3 } });
  const select = new TerraDrawSelectMode({
    modeName: 'select',
    pointerDistance: 12,
    // Delete and Escape are the workspace's keys (the plot is deleted in the store, not in terra-draw);
    // dragging with Alt held rotates the plot (Alt is free in MapLibre, unlike Shift and Ctrl).
    keyEvents: { deselect: null, delete: null, rotate: ['Alt'], scale: null },
    flags: {
      [PLOT_EDIT_MODE]: {
        feature: {
          draggable: true,
          rotateable: true,
          coordinates: { draggable: true, midpoints: true, deletable: true, snappable: { toCustom: toCustom('edited-plot') } },
        },
      },
    },
    styles: {
      selectedPolygonColor: SELECTION_COLOR,
      selectedPolygonFillOpacity: 0.12,
      selectedPolygonOutlineColor: SELECTION_COLOR,
      selectedPolygonOutlineWidth: 3,
      selectionPointColor: '#ffffff',
      selectionPointOutlineColor: SELECTION_COLOR,
      selectionPointWidth: 5,
      selectionPointOutlineWidth: 2,
      midPointColor: SELECTION_COLOR,
      midPointOutlineColor: '#ffffff',
      midPointWidth: 3,
    },
  });
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [drawPlot, drawRectangle, railSpur, utilityLine, splitLine, cutHole, measure, plotEdit, select],
  });
  draw.start();
  const sketchModes = {
    'draw-plot': drawPlot,
    'draw-rectangle': drawRectangle,
    'draw-rail-spur': railSpur,
    'draw-utility-line': utilityLine,
    'split-plot': splitLine,
    'cut-hole': cutHole,
    measure,
  } satisfies Record<SketchTool, { undo(): void }>;
  return {
    draw,
    sketchModes,
    modeFor: (tool) => ((SKETCH_TOOLS as readonly string[]).includes(tool) || tool === 'select' ? tool : 'static'),
  };
}
