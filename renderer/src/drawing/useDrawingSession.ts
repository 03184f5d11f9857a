import { useEffect, useMemo, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapLayers } from '../../../shared/contract/views';
import type { Position, PolygonGeometry } from '../../../shared/domain/geometry';
import type { ParkId } from '../../../shared/domain/ids';
import { snapPosition } from '../../../shared/geometry/snapPosition';
import { isSketchTool, sketchShape, type DrawingTool, type SketchTool } from './drawingTools';
import { PLOT_EDIT_MODE, createPlannerDraw, type PlannerDraw } from './plannerDraw';
import { sketchFigures, type SketchFigures } from './sketchFigures';
import { readSketch, type SketchFeatureLike } from './sketchReading';
import type { LayerDiff } from '../project/projectChanges';
import { createSnapTargetKeeper } from './snapTargetKeeper';
import { SNAP_TOLERANCE_PX, exactVertices, metresPerPixel } from './snapTargets';

export interface DrawingSessionOptions {
  readonly map: MapLibreMap | null;
  readonly layers: MapLayers;
  /** The project store's step the layers are at, and what that step changed (null: read whole). */
  readonly version: number;
  readonly diff: LayerDiff;
  readonly parkId: ParkId | null;
  readonly tool: DrawingTool;
  readonly snapping: boolean;
  /** The outline "Select" reshapes (the selected plot, or a park's boundary), with its stored geometry. */
  readonly edited: EditedOutline | null;
  /** A sketch was finished: its vertices, exact (snapped ones copied bit for bit), open. */
  readonly onSketch: (tool: SketchTool, vertices: readonly Position[]) => void;
  /** A vertex of the edited outline was dragged, inserted or deleted: its new closed ring. */
  readonly onReshape: (target: EditedOutline['target'], ring: readonly Position[]) => void;
}

/** An outline the plot tools reshape: a plot, or a park's boundary (issue 11), named as the snap index names it. */
export interface EditedOutline {
  readonly target: `plot:${number}` | `park:${number}`;
  readonly geometry: PolygonGeometry;
}

export interface DrawingSession {
  /** Figures of the sketch in progress (or the last measurement); null when nothing is drawn. */
  readonly figures: SketchFigures | null;
}

const round9 = (value: number) => Math.round(value * 1e9) / 1e9;

/** Runs terra-draw on the planner's map for the active tool and reports what the planner drew. */
export function useDrawingSession(options: DrawingSessionOptions): DrawingSession {
  const { map, layers, version, diff, parkId, tool, snapping, edited: editedPlot } = options;
  const [planner, setPlanner] = useState<PlannerDraw | null>(null);
  const [figures, setFigures] = useState<SketchFigures | null>(null);
  // Indexed whole once per park; an edit updates the features it changed (an overlay, not a rebuild).
  const [snapTargets] = useState(createSnapTargetKeeper);
  const index = useMemo(() => snapTargets.at(layers, version, diff, parkId), [snapTargets, layers, version, diff, parkId]);
  const live = useRef({ index, snapping, tool, editedPlot, onSketch: options.onSketch, onReshape: options.onReshape });
  live.current = { index, snapping, tool, editedPlot, onSketch: options.onSketch, onReshape: options.onReshape };

  useEffect(() => {
    if (!map) return undefined;
    const created = createPlannerDraw(map, (position, exclude) => {
      const { index: current, snapping: on, editedPlot: edited } = live.current;
      if (!on) return undefined;
      const centre = map.getCenter();
      const excluded = exclude === 'edited-plot' && edited ? edited.target : null;
      const result = snapPosition(position, current, SNAP_TOLERANCE_PX, metresPerPixel(centre.lat, map.getZoom()), {
        exclude: (id) => id === excluded,
      });
      return result.kind === 'none' ? undefined : result.position;
    });
    const { draw } = created;
    // terra-draw 1.35 reports no finish for a rotation (Alt+drag), so a change of the edited plot that
    // no finish followed is saved when the mouse is released.
    let unfinishedEdit: string | number | null = null;
    draw.on('change', (ids) => {
      const current = live.current.tool;
      if (current === 'select') {
        for (const id of ids) if (draw.getSnapshotFeature(id)?.properties['mode'] === PLOT_EDIT_MODE) unfinishedEdit = id;
      }
      if (!isSketchTool(current)) return;
      for (const id of ids) {
        const feature = draw.getSnapshotFeature(id) as SketchFeatureLike | undefined;
        if (feature?.properties['currentlyDrawing'] !== true) continue;
        const { placed, cursor } = readSketch(feature);
        setFigures(sketchFigures(placed, cursor, sketchShape(current)));
      }
    });
    draw.on('finish', (id, context) => {
      const feature = draw.getSnapshotFeature(id) as SketchFeatureLike | undefined;
      if (!feature) return;
      const { placed } = readSketch(feature);
      const vertices = exactVertices(placed, live.current.index);
      if (context.mode === 'select' || feature.properties['mode'] === PLOT_EDIT_MODE) {
        unfinishedEdit = null;
        const edited = live.current.editedPlot;
        const first = vertices[0];
        if (edited && first) live.current.onReshape(edited.target, [...vertices, first]);
        return;
      }
      const current = live.current.tool;
      if (!isSketchTool(current)) return;
      draw.removeFeatures([id]);
      setFigures(current === 'measure' ? sketchFigures(vertices, null, 'polygon') : null);
      live.current.onSketch(current, vertices);
    });
    // terra-draw finishes a sketch on Enter; a double-click is the other way planners expect.
    const onDoubleClick = () => {
      if (draw.getModeState() === 'drawing') map.getCanvas().dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }));
    };
    map.on('dblclick', onDoubleClick);
    const onRelease = () =>
      setTimeout(() => {
        const id = unfinishedEdit;
        unfinishedEdit = null;
        const edited = live.current.editedPlot;
        const feature = id === null ? undefined : (draw.getSnapshotFeature(id) as SketchFeatureLike | undefined);
        if (!feature || !edited) return;
        const vertices = readSketch(feature).placed;
        const stored = (edited.geometry.coordinates[0] ?? []).slice(0, -1).map(([lon, lat]) => [round9(lon), round9(lat)]);
        const first = vertices[0];
        if (!first || JSON.stringify(vertices) === JSON.stringify(stored)) return;
        live.current.onReshape(edited.target, [...vertices, first]);
      }, 0);
    window.addEventListener('pointerup', onRelease);
    setPlanner(created);
    return () => {
      window.removeEventListener('pointerup', onRelease);
      map.off('dblclick', onDoubleClick);
      draw.stop();
      setPlanner(null);
    };
  }, [map]);

  // Keys for the sketch: Backspace takes back the last vertex; Enter and Esc reach terra-draw even when
  // the map canvas does not hold the focus (terra-draw listens on the canvas only).
  useEffect(() => {
    if (!planner || !map || !isSketchTool(tool)) return undefined;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (planner.draw.getModeState() !== 'drawing') {
        // A finished measurement stays on screen until Esc clears it.
        if (event.key === 'Escape') setFigures(null);
        return;
      }
      if (event.key === 'Backspace') {
        event.preventDefault();
        planner.sketchModes[tool].undo();
      } else if ((event.key === 'Enter' || event.key === 'Escape') && target !== map.getCanvas()) {
        map.getCanvas().dispatchEvent(new KeyboardEvent('keyup', { key: event.key }));
        if (event.key === 'Escape') setFigures(null);
      } else if (event.key === 'Escape') {
        setFigures(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [planner, map, tool]);

  useEffect(() => {
    if (!planner) return;
    const { draw } = planner;
    const mode = planner.modeFor(tool);
    if (draw.getMode() !== mode) draw.setMode(mode);
    setFigures(null);
  }, [planner, tool]);

  // "Select" reshapes the selected plot: it is put into terra-draw (rounded to its 1e-9° grid; the
  // vertices are made exact again when the edit is saved) and selected there.
  useEffect(() => {
    if (!planner || tool !== 'select' || !editedPlot) return undefined;
    const { draw } = planner;
    const outer = editedPlot.geometry.coordinates[0] ?? [];
    const ring = outer.map(([lon, lat]) => [round9(lon), round9(lat)]);
    const id = draw.getFeatureId();
    const [result] = draw.addFeatures([{ type: 'Feature', id, geometry: { type: 'Polygon', coordinates: [ring] }, properties: { mode: PLOT_EDIT_MODE } }]);
    if (!result?.valid) return undefined;
    draw.selectFeature(id);
    return () => {
      if (draw.hasFeature(id)) draw.removeFeatures([id]);
    };
  }, [planner, tool, editedPlot]);

  return { figures };
}
