import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import type { MapLayers } from '../../../shared/contract/views';
import type { PolygonGeometry, Position } from '../../../shared/domain/geometry';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import type { Network } from '../../../shared/domain/utility';
import { DrawingToolbar } from '../drawing/DrawingToolbar';
import { TOOL_MESSAGE, type DrawingTool, type SketchTool, type ToolbarAction } from '../drawing/drawingTools';
import { SketchFiguresPanel } from '../drawing/SketchFiguresPanel';
import { ToolHint } from '../drawing/ToolHint';
import { closeRing } from '../drawing/snapTargets';
import { useDrawingSession, type EditedOutline } from '../drawing/useDrawingSession';
import { getBridge } from '../bridge';
import { ShortcutHelp } from '../shortcuts/ShortcutHelp';
import { isTypingTarget, shortcutFor } from '../shortcuts/keymap';
import { invokeEdit } from './editChannels';
import { withHole } from './plotHole';
import { DeletePlotConfirm } from './DeletePlotConfirm';
import { FindingsList } from './FindingsList';
import { rectangleCorners } from './rectangleCorners';
import { RectangleForm, type RectanglePlacement, type RectangleRequest } from './RectangleForm';
import { SubdivideForm } from './SubdivideForm';
import { useMergePicking } from './useMergePicking';
import type { PlanEditing } from './usePlanEditing';
import type { LayerDiff } from '../project/projectChanges';
import { holesFollowingOutline } from '../../../shared/geometry/ringMotion';

interface PlanEditorProps {
  readonly map: MapLibreMap | null;
  readonly layers: MapLayers;
  /** The project store's step the layers are at, and what that step changed. */
  readonly version: number;
  readonly diff: LayerDiff;
  readonly parkId: ParkId | null;
  readonly selectedPlotId: PlotId | null;
  readonly tool: DrawingTool;
  readonly onTool: (tool: DrawingTool) => void;
  readonly onSelectPlot: (plotId: PlotId, parkId: ParkId) => void;
  readonly onClearSelection: () => void;
  /** The workspace's one editing state: the details panel's edits share its journal and notices. */
  readonly editing: PlanEditing;
  /** Set while the park form waits for a boundary: the polygon drawn goes to it, not into a new plot. */
  readonly onBoundaryDrawn?: ((polygon: PolygonGeometry) => void) | undefined;
  /** A park whose boundary the plot tools edit now (vertex drag, snapping, Cut hole), instead of the selected plot. */
  readonly editedBoundary?: { readonly parkId: ParkId; readonly geometry: PolygonGeometry } | null | undefined;
  /** The tool hint folded down to a small button (issue 11: room for the map), and how to unfold it. */
  readonly hintFolded: boolean;
  readonly onToggleHint: () => void;
}

/** The drawing and editing tools over the map: toolbar, live figures, messages and the tool forms. */
export function PlanEditor(props: PlanEditorProps) {
  const { map, layers, version, diff, parkId, selectedPlotId, tool, onTool, onSelectPlot, onBoundaryDrawn } = props;
  const { t } = useTranslation();
  const [snapping, setSnapping] = useState(true);
  const [avoidOverlaps, setAvoidOverlaps] = useState(false);
  const [network, setNetwork] = useState<Network>('power');
  const [helpOpen, setHelpOpen] = useState(false);
  const { editing } = props;
  const { run, say } = editing;

  const selectedFeature = useMemo(() => layers.plots.features.find((f) => f.properties.id === selectedPlotId) ?? null, [layers, selectedPlotId]);
  const { editedBoundary } = props;
  const edited = useMemo<EditedOutline | null>(() => {
    if (editedBoundary) return { target: `park:${editedBoundary.parkId}`, geometry: editedBoundary.geometry };
    return selectedFeature ? { target: `plot:${selectedFeature.properties.id}`, geometry: selectedFeature.geometry } : null;
  }, [selectedFeature, editedBoundary]);
  const codeOf = useCallback((plotId: PlotId) => layers.plots.features.find((f) => f.properties.id === plotId)?.properties.code ?? String(plotId), [layers]);

  const onSketch = useCallback(
    (sketch: SketchTool, vertices: readonly Position[]) => {
      // A park's boundary is drawn before the park exists: no park is needed for it.
      if ((sketch === 'draw-plot' || sketch === 'draw-rectangle') && onBoundaryDrawn !== undefined) {
        onBoundaryDrawn({ type: 'Polygon', coordinates: [closeRing(vertices)] });
        return;
      }
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
        case 'cut-hole': {
          if (editedBoundary) {
            const boundary = withHole(editedBoundary.geometry, vertices);
            if (boundary === null) say({ kind: 'error', text: t('edit.holeOutside') });
            else void run(() => getBridge().invoke('parks:update', { parkId: editedBoundary.parkId, boundary: { kind: 'drawn', geometry: boundary } }), () => say({ kind: 'info', text: t('edit.holeCut') }));
            return;
          }
          if (selectedFeature === null) {
            say({ kind: 'error', text: t('edit.selectPlotFirst') });
            return;
          }
          const geometry = withHole(selectedFeature.geometry, vertices);
          if (geometry === null) {
            say({ kind: 'error', text: t('edit.holeOutside') });
            return;
          }
          void run(() => invokeEdit('plots:updateGeometry', { plotId: selectedFeature.properties.id, geometry }), () =>
            say({ kind: 'info', text: t('edit.holeCut') }),
          );
          return;
        }
        case 'measure':
          return;
      }
    },
    [parkId, selectedPlotId, selectedFeature, avoidOverlaps, network, run, say, t, onSelectPlot, onBoundaryDrawn, editedBoundary],
  );

  const onReshape = useCallback(
    (target: EditedOutline['target'], ring: readonly Position[]) => {
      // terra-draw holds the outline only: the holes (cut with "Cut hole") follow a move or rotation of the
      // whole outline and stay as stored when the outline was reshaped.
      const [kind, idText] = target.split(':');
      const id = Number(idText);
      const stored = (kind === 'park' ? editedBoundary?.geometry : layers.plots.features.find((f) => f.properties.id === id)?.geometry)?.coordinates ?? [];
      const geometry: PolygonGeometry = { type: 'Polygon', coordinates: [ring, ...holesFollowingOutline(stored[0] ?? [], ring, stored.slice(1))] };
      if (kind === 'park') {
        void run(() => getBridge().invoke('parks:update', { parkId: id as ParkId, boundary: { kind: 'drawn', geometry } }), () => say({ kind: 'info', text: t('edit.saved') }));
        return;
      }
      void run(() => invokeEdit('plots:updateGeometry', { plotId: id as PlotId, geometry, avoidOverlaps }), () => say({ kind: 'info', text: t('edit.saved') }));
    },
    [layers, avoidOverlaps, run, say, t, editedBoundary],
  );

  // "Draw rectangle" by size at a clicked point: while that point is awaited terra-draw rests, so the
  // click picks the centre instead of starting a dragged rectangle.
  const [placement, setPlacement] = useState<RectanglePlacement>('map-centre');
  const [picked, setPicked] = useState<Position | null>(null);
  const picksCentre = tool === 'draw-rectangle' && placement === 'clicked-point';
  useEffect(() => {
    if (!map || !picksCentre) return undefined;
    const onClick = (event: { readonly lngLat: { readonly lng: number; readonly lat: number } }) => setPicked([event.lngLat.lng, event.lngLat.lat]);
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [map, picksCentre]);
  const placeRectangle = useCallback(
    (request: RectangleRequest) => {
      if (parkId === null || !map) return;
      const centre: Position | null = request.placement === 'map-centre' ? [map.getCenter().lng, map.getCenter().lat] : picked;
      if (centre === null) return;
      const ring = rectangleCorners({ centre, widthM: request.widthM, depthM: request.depthM, rotationDeg: request.rotationDeg });
      void run(() => invokeEdit('plots:create', { parkId, geometry: { type: 'Polygon', coordinates: [ring] }, avoidOverlaps }), (value) => {
        say({ kind: 'info', text: t('edit.created') });
        onSelectPlot(value.plotId, parkId);
      });
    },
    [parkId, map, picked, avoidOverlaps, run, say, t, onSelectPlot],
  );

  const sessionTool = picksCentre ? 'select' : tool;
  const session = useDrawingSession({ map, layers, version, diff, parkId, tool: sessionTool, snapping, edited: picksCentre ? null : edited, onSketch, onReshape });

  const { onClearSelection } = props;
  // Delete asks first (DeletePlotConfirm); the plot it asks about is remembered, not whatever is selected later.
  const [deleting, setDeleting] = useState<{ readonly plotId: PlotId; readonly code: string } | null>(null);
  const deleteSelected = useCallback(() => {
    if (selectedPlotId === null || selectedFeature === null) return;
    setDeleting({ plotId: selectedPlotId, code: selectedFeature.properties.code });
  }, [selectedPlotId, selectedFeature]);
  const confirmDelete = useCallback(() => {
    if (deleting === null) return;
    setDeleting(null);
    void run(() => invokeEdit('plots:delete', { plotId: deleting.plotId }), () => say({ kind: 'info', text: t('edit.deleted') }));
  }, [deleting, run, say, t]);

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
      // The File commands are the File button's (and, in the desktop app, its menu accelerators', which a
      // prevented key press would stop).
      if (command === null || command.type === 'open-project' || command.type === 'save-project-as') return;
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

  useMergePicking({ map, tool, onTool, selectedPlotId, parkId, onSelectPlot, run, say, codeOf });

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
        plotSelected={selectedFeature !== null}
        onTool={onTool}
        onAction={onAction}
        onSnapping={setSnapping}
        onAvoidOverlaps={setAvoidOverlaps}
        onNetwork={setNetwork}
      />
      <ToolHint text={t(`sketch.hint.${TOOL_MESSAGE[tool]}`)} snapping={snapping} folded={props.hintFolded} onToggle={props.onToggleHint} />
      {editing.notice && (
        <p className={`edit-notice ${editing.notice.kind}`} role={editing.notice.kind === 'info' ? 'status' : 'alert'}>
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
      {tool === 'draw-rectangle' && <RectangleForm picked={picked} placement={placement} onPlacement={setPlacement} onSubmit={placeRectangle} />}
      {editing.findings.size > 0 && (
        <FindingsList findings={editing.findings} codeOf={codeOf} onSelect={(plotId) => parkId !== null && onSelectPlot(plotId, parkId)} />
      )}
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
      {deleting && <DeletePlotConfirm plotCode={deleting.code} onConfirm={confirmDelete} onCancel={() => setDeleting(null)} />}
    </div>
  );
}
