import { useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import type { DrawingTool } from '../drawing/drawingTools';
import { LAYER } from '../map/layerIds';
import { invokeEdit } from './editChannels';
import type { PlanEditing } from './usePlanEditing';

interface MergePickingOptions {
  readonly map: MapLibreMap | null;
  readonly tool: DrawingTool;
  readonly onTool: (tool: DrawingTool) => void;
  readonly selectedPlotId: PlotId | null;
  readonly parkId: ParkId | null;
  readonly onSelectPlot: (plotId: PlotId, parkId: ParkId) => void;
  readonly run: PlanEditing['run'];
  readonly say: PlanEditing['say'];
  readonly codeOf: (plotId: PlotId) => string;
}

/**
 * The two ways planners pick plots to merge: under "Merge plots" a click and a Shift+click merge at once;
 * under "Select" a Shift+click next to the selected plot picks the pair and the "Merge plots" button merges it.
 */
export function useMergePicking(options: MergePickingOptions): void {
  const { map, tool, onTool, selectedPlotId, parkId, onSelectPlot, run, say, codeOf } = options;
  const { t } = useTranslation();
  const [mergePick, setMergePick] = useState<readonly PlotId[]>([]);

  // "Merge plots": a click picks the first plot, a Shift+click its neighbour, then the two are merged.
  const merge = useRef({ mergePick, run, say, t, codeOf, parkId, onSelectPlot });
  merge.current = { mergePick, run, say, t, codeOf, parkId, onSelectPlot };
  useEffect(() => {
    if (!map || tool !== 'merge-plots') return undefined;
    const { mergePick: ready, run: runReady, say: tellReady, t: trReady } = merge.current;
    const [a, b] = ready;
    // Two plots picked under "Select" (a click, then a Shift+click): the button merges them at once.
    if (a !== undefined && b !== undefined) {
      void runReady(() => invokeEdit('plots:merge', { plotIds: [a, b] }), (value) => {
        tellReady({ kind: 'info', text: trReady('edit.merged') });
        const { parkId: park, onSelectPlot: select } = merge.current;
        if (park !== null) select(value.plotId, park);
      });
      setMergePick([]);
      onTool('select');
      return undefined;
    }
    setMergePick([]);
    const onClick = (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties?.['id'];
      if (typeof id !== 'number') return;
      const plotId = id as PlotId;
      const { mergePick: picked, run: runEdit, say: tell, t: tr, codeOf: code } = merge.current;
      const first = picked[0];
      if (!event.originalEvent.shiftKey || first === undefined || first === plotId) {
        setMergePick([plotId]);
        tell({ kind: 'info', text: tr('edit.mergeNeedsTwo') });
        return;
      }
      setMergePick([first, plotId]);
      tell({ kind: 'info', text: tr('edit.mergePicked', { codes: `${code(first)}, ${code(plotId)}` }) });
      void runEdit(() => invokeEdit('plots:merge', { plotIds: [first, plotId] }), () => {
        setMergePick([]);
        tell({ kind: 'info', text: tr('edit.merged') });
      });
    };
    map.on('click', LAYER.plotFill, onClick);
    return () => {
      map.off('click', LAYER.plotFill, onClick);
    };
  }, [map, tool, onTool]);

  // Under "Select", a Shift+click on a neighbour of the selected plot picks the two for "Merge plots".
  const picking = useRef({ selectedPlotId, say, t, codeOf });
  picking.current = { selectedPlotId, say, t, codeOf };
  useEffect(() => {
    if (!map || tool !== 'select') return undefined;
    const onClick = (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties?.['id'];
      const { selectedPlotId: selected, say: tell, t: tr, codeOf: code } = picking.current;
      if (!event.originalEvent.shiftKey) {
        setMergePick([]);
        return;
      }
      if (typeof id !== 'number' || selected === null || id === selected) return;
      const other = id as PlotId;
      setMergePick([selected, other]);
      tell({ kind: 'info', text: tr('merge.pickedForMerge', { codes: `${code(selected)}, ${code(other)}` }) });
    };
    map.on('click', LAYER.plotFill, onClick);
    return () => {
      map.off('click', LAYER.plotFill, onClick);
    };
  }, [map, tool]);
}
