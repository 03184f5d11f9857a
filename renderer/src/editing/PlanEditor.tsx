import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import type { MapLayers } from '../../../shared/contract/views';
import type { Position } from '../../../shared/domain/geometry';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import type { Network } from '../../../shared/domain/utility';
import { DrawingToolbar } from '../drawing/DrawingToolbar';
import { type DrawingTool, type SketchTool, type ToolbarAction } from '../drawing/drawingTools';
import { SketchFiguresPanel } from '../drawing/SketchFiguresPanel';
import { closeRing } from '../drawing/snapTargets';
import { useDrawingSession } from '../drawing/useDrawingSession';
import { LAYER } from '../map/layerIds';
import { ShortcutHelp } from '../shortcuts/ShortcutHelp';
import { isTypingTarget, shortcutFor } from '../shortcuts/keymap';
import { invokeEdit } from './editChannels';
import { FindingsList } from './FindingsList';
import { SubdivideForm } from './SubdivideForm';
import { usePlanEditing } from './usePlanEditing';

interface PlanEditorProps {
  readonly map: MapLibreMap | null;
  readonly layers: MapLayers;
  readonly parkId: ParkId | null;
  readonly selectedPlotId: PlotId | null;
  readonly tool: DrawingTool;
  readonly onTool: (tool: DrawingTool) => void;
  readonly onSelectPlot: (plotId: PlotId, parkId: ParkId) => void;
  readonly onClearSelection: () => void;
  /** Re-fetches the map layers after a saved edit. */
  readonly onLayersChanged: () => Promise<void>;
}

const HINT_KEY = {
  select: 'select',
  'draw-plot': 'drawPlot',
  'draw-rectangle': 'drawRectangle',
  'draw-rail-spur': 'drawRailSpur',
  'draw-utility-line': 'drawUtilityLine',
  'split-plot': 'splitPlot',
  'merge-plots': 'mergePlots',
  subdivide: 'subdivide',
  measure: 'measure',
} as const satisfies Record<DrawingTool, string>;

/** The drawing and editing tools over the map: toolbar, live figures, messages and the tool forms. */
export function PlanEditor(props: PlanEditorProps) {
  const { map, layers, parkId, selectedPlotId, tool, onTool, onSelectPlot } = props;
  const { t } = useTranslation();
  const [snapping, setSnapping] = useState(true);
  const [avoidOverlaps, setAvoidOverlaps] = useState(false);
  const [network, setNetwork] = useState<Network>('power');
  const [helpOpen, setHelpOpen] = useState(false);
  const [mergePick, setMergePick] = useState<readonly PlotId[]>([]);
  const editing = usePlanEditing(props.onLayersChanged);
  const { run, say } = editing;

  const selectedFeature = useMemo(() => layers.plots.features.find((f) => f.properties.id === selectedPlotId) ?? null, [layers, selectedPlotId]);
  const editedPlot = useMemo(() => (selectedFeature ? { id: selectedFeature.properties.id, geometry: selectedFeature.geometry } : null), [selectedFeature]);
  const codeOf = useCallback((plotId: PlotId) => layers.plots.features.find((f) => f.properties.id === plotId)?.properties.code ?? String(plotId), [layers]);

  const onSketch = useCallback(
    (sketch: SketchTool, vertices: readonly Position[]) => {
      if (parkId === null) return;
      const line = { type: 'LineString' as const, coordinates: vertices };
      switch (sketch) {
        case 'draw-plot':
        case 'draw-rectangle':
          void run(
            () => invokeEdit('plots:create', { parkId, geometry: { type: 'Polygon', coordinates: [closeRing(vertices)] }, avoidOverlaps }),
            (value) => {
              say({ kind: 'info', text: t('edit.created') });
              onSelectPlot(value.plotId, parkId);
            },
          );
          return;
        case 'draw-rail-spur':
          void run(() => invokeEdit('railSpurs:create', { parkId, name: t('edit.newSpur'), status: 'planned', station: '', geometry: line }), () =>
            say({ kind: 'info', text: t('edit.lineCreated') }),
          );
          return;
        case 'draw-utility-line':
          void run(
            () => invokeEdit('utilityLines:create', { parkId, network, name: t('edit.newLine'), capacity: null, serviceClass: '', status: 'planned', geometry: line }),
            () => say({ kind: 'info', text: t('edit.lineCreated') }),
          );
          return;
        case 'split-plot':
          if (selectedPlotId === null) {
            say({ kind: 'error', text: t('edit.selectPlotFirst') });
            return;
          }
          void run(() => invokeEdit('plots:split', { plotId: selectedPlotId, line }), (value) =>
            say({ kind: 'info', text: t('edit.split', { count: value.plotIds.length }) }),
          );
          return;
        case 'measure':
          return;
      }
    },
    [parkId, selectedPlotId, avoidOverlaps, network, run, say, t, onSelectPlot],
  );

  const onReshape = useCallback(
    (plotId: PlotId, ring: readonly Position[]) => {
      void run(() => invokeEdit('plots:updateGeometry', { plotId, geometry: { type: 'Polygon', coordinates: [ring] }, avoidOverlaps }), () =>
        say({ kind: 'info', text: t('edit.saved') }),
      );
    },
    [avoidOverlaps, run, say, t],
  );

  const session = useDrawingSession({ map, layers, parkId, tool, snapping, editedPlot, onSketch, onReshape });

  const { onClearSelection } = props;
  const deleteSelected = useCallback(() => {
    if (selectedPlotId === null) return;
    void run(() => invokeEdit('plots:delete', { plotId: selectedPlotId }), () => say({ kind: 'info', text: t('edit.deleted') }));
  }, [selectedPlotId, run, say, t]);

  // A plot deleted, merged away or undone out of existence cannot stay selected.
  useEffect(() => {
    if (selectedPlotId !== null && selectedFeature === null) onClearSelection();
  }, [selectedPlotId, selectedFeature, onClearSelection]);

  const onAction = useCallback(
    (action: ToolbarAction) => {
      if (action === 'undo') void editing.undo();
      else if (action === 'redo') void editing.redo();
      else if (action === 'validate' && parkId !== null) void editing.validate(parkId);
      else if (action === 'shortcuts') setHelpOpen((open) => !open);
    },
    [editing, parkId],
  );

  // Workspace keys (undo, redo, snapping, tools, delete, help); text fields keep their own keys.
  const keys = useRef({ onAction, deleteSelected, onTool, tool });
  keys.current = { onAction, deleteSelected, onTool, tool };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) return;
      const command = shortcutFor(event);
      if (command === null) return;
      const current = keys.current;
      event.preventDefault();
      if (command.type === 'undo' || command.type === 'redo') current.onAction(command.type);
      else if (command.type === 'toggle-snapping') setSnapping((on) => !on);
      else if (command.type === 'delete-selection' && current.tool === 'select') current.deleteSelected();
      else if (command.type === 'show-shortcuts') setHelpOpen((open) => !open);
      else if (command.type === 'tool') current.onTool(command.tool);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // "Merge plots": a click picks the first plot, a Shift+click its neighbour, then the two are merged.
  const merge = useRef({ mergePick, run, say, t, codeOf });
  merge.current = { mergePick, run, say, t, codeOf };
  useEffect(() => {
    if (!map || tool !== 'merge-plots') return undefined;
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
  }, [map, tool]);

  const edgeCount = Math.max(0, (selectedFeature?.geometry.coordinates[0]?.length ?? 1) - 1);

  return (
    <div className="plan-editor">
      <DrawingToolbar
        tool={tool}
        editState={editing.editState}
        busy={editing.busy}
        snapping={snapping}
        avoidOverlaps={avoidOverlaps}
        network={network}
        onTool={onTool}
        onAction={onAction}
        onSnapping={setSnapping}
        onAvoidOverlaps={setAvoidOverlaps}
        onNetwork={setNetwork}
      />
      <p className="tool-hint" data-snapping={snapping ? 'on' : 'off'}>
        {t(`sketch.hint.${HINT_KEY[tool]}`)}
      </p>
      {editing.notice && (
        <p className={`edit-notice ${editing.notice.kind}`} role={editing.notice.kind === 'error' ? 'alert' : 'status'}>
          {editing.notice.text}
          <button type="button" className="close" aria-label={t('edit.dismiss')} onClick={() => say(null)}>
            ×
          </button>
        </p>
      )}
      {session.figures && <SketchFiguresPanel figures={session.figures} />}
      {tool === 'subdivide' && selectedFeature && (
        <SubdivideForm
          key={selectedFeature.properties.id}
          plotCode={selectedFeature.properties.code}
          edgeCount={edgeCount}
          onCancel={() => onTool('select')}
          onSubmit={(request) =>
            void run(() => invokeEdit('plots:subdivide', { plotId: selectedFeature.properties.id, ...request }), (value) =>
              say({ kind: 'info', text: t('edit.subdivided', { count: value.plotIds.length }) }),
            )
          }
        />
      )}
      {editing.findings.size > 0 && (
        <FindingsList findings={editing.findings} codeOf={codeOf} onSelect={(plotId) => parkId !== null && onSelectPlot(plotId, parkId)} />
      )}
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
