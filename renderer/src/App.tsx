import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import { PlotAllocationSection } from './allocations/PlotAllocationSection';
import { CadastrePanel } from './cadastre/CadastrePanel';
import { Dashboard } from './dashboard/Dashboard';
import type { PlotFeatureProps } from '../../shared/contract/views';
import type { ParkId, PlotId } from '../../shared/domain/ids';
import type { Locale } from '../../shared/format/locale';
import { picksPlots, type DrawingTool } from './drawing/drawingTools';
import { PasteCoordinatesForm } from './editing/PasteCoordinatesForm';
import { PlanEditor } from './editing/PlanEditor';
import { PlotAttributesForm } from './editing/PlotAttributesForm';
import { usePlanEditing } from './editing/usePlanEditing';
import { vertexCrsOf } from './editing/vertexCoordinates';
import { VertexTable } from './editing/VertexTable';
import { ExchangeMenu } from './exchange/ExchangeMenu';
import { useLocale } from './i18n/useLocale';
import { startCamera } from './map/camera';
import { ALL_LAYERS_ON, toggleLayer, toggleNetwork, type LayerToggles, type ToggleKey } from './map/layerVisibility';
import type { Network } from '../../shared/domain/utility';
import type { MapUiStrings } from './map/mapControls';
import { MapView } from './map/MapView';
import { Header } from './panels/Header';
import { PanelToggles } from './layout/PanelToggles';
import { useMapRoom } from './layout/useMapRoom';
import { LayerPanel } from './panels/LayerPanel';
import { UnderlayPanel } from './underlays/UnderlayPanel';
import { RYAZAN_DEFAULT_ZONE } from '../../shared/crs/cadastralZones';
import { PlotDetailsPanel } from './panels/PlotDetailsPanel';
import { PlotList } from './panels/PlotList';
import { usePlotDetails } from './state/usePlotDetails';
import type { ProjectState } from './project/projectChanges';
import { projectStore, useProject, useProjectLoad } from './project/projectStore';
import { initialViewState, viewReducer } from './state/viewState';
import { ColourByControl } from './residents/ColourByControl';
import { ResidentCard } from './residents/ResidentCard';
import { ResidentsPanel } from './residents/ResidentsPanel';
import { useResidentColouring } from './residents/useResidentColouring';
import { useResidentSelection } from './residents/useResidentSelection';
import { AttributeTables } from './table/AttributeTables';
import { ViewTabs, viewPanelId } from './views/ViewTabs';
import { isWideView, type WorkspaceView } from './views/workspaceViews';
import { projectWindowTitle, type ProjectFileState } from '../../shared/contract/projectFileChannels';
import { ProjectMenu } from './projectFiles/ProjectMenu';
import { useProjectFileState } from './projectFiles/projectFileState';
import { ReadOnlyBanner } from './projectFiles/ReadOnlyBanner';
import { StartScreen } from './projectFiles/StartScreen';
import { ParkPanel } from './parks/ParkPanel';
import { ConflictsPanel } from './sync/ConflictsPanel';
import { SyncButton } from './sync/SyncButton';
import type { PolygonGeometry } from '../../shared/domain/geometry';

interface AppProps {
  readonly onLanguage: (locale: Locale) => void;
}

/** Finds which file is open, then loads the project; a failure is said in words, not a blank page. */
export function App({ onLanguage }: AppProps) {
  const { t } = useTranslation();
  const file = useProjectFileState();
  const state = file.status === 'ready' ? file.state : null;
  useEffect(() => {
    if (state !== null) document.title = projectWindowTitle(state, t('projectFiles.readOnly'));
  }, [state, t]);
  if (file.status === 'loading') return <p className="app-status" role="status">{t('app.loading')}</p>;
  if (file.status === 'failed') return <LoadFailed message={file.failure.message} />;
  if (file.state.access.mode === 'none') return <StartScreen state={file.state} failure={file.state.access.failure} />;
  return <ProjectWorkspace onLanguage={onLanguage} fileState={file.state} />;
}

function LoadFailed({ message }: { readonly message: string }) {
  const { t } = useTranslation();
  return (
    <p className="app-status error" role="alert">
      {t('app.loadFailed', { message })}
    </p>
  );
}

interface WorkspaceProps extends AppProps {
  readonly fileState: ProjectFileState;
}

/** Loads the open project, then shows the planner's workspace. */
function ProjectWorkspace({ onLanguage, fileState }: WorkspaceProps) {
  const { t } = useTranslation();
  const data = useProjectLoad();
  // One whole read at start; after it, change sets (answers and pushes) keep the store in step.
  useEffect(() => {
    void projectStore.load();
    return projectStore.follow();
  }, []);
  if (data.status === 'loading') return <p className="app-status" role="status">{t('app.loading')}</p>;
  if (data.status === 'failed') return <LoadFailed message={data.message} />;
  return <Workspace onLanguage={onLanguage} fileState={fileState} />;
}

const selectLayers = (project: ProjectState) => project.layers;
const selectSummary = (project: ProjectState) => project.summary;
const selectVersion = (project: ProjectState) => project.version;
const selectDiff = (project: ProjectState) => project.diff;

function Workspace({ onLanguage, fileState }: WorkspaceProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const layers = useProject(selectLayers);
  const summary = useProject(selectSummary);
  const version = useProject(selectVersion);
  const diff = useProject(selectDiff);
  const [view, dispatch] = useReducer(viewReducer, summary.parks[0]?.id ?? null, (firstParkId) =>
    initialViewState(firstParkId, startCamera(layers, firstParkId)),
  );
  const [toggles, setToggles] = useState<LayerToggles>(ALL_LAYERS_ON);
  const [tool, setTool] = useState<DrawingTool>('select');
  const [map, setMap] = useState<MapLibreMap | null>(null);
  // The park form waiting for a boundary drawn on the map (issue 11).
  const [boundaryTake, setBoundaryTake] = useState<((polygon: PolygonGeometry) => void) | null>(null);
  const drawBoundary = useCallback((take: (polygon: PolygonGeometry) => void) => {
    setBoundaryTake(() => take);
    setTool('draw-plot');
  }, []);
  // The park whose boundary the plot tools edit now (vertex drag, snapping, Cut hole; Undo as for plots).
  const [boundaryParkId, setBoundaryParkId] = useState<ParkId | null>(null);
  const editedBoundary = useMemo(() => {
    const geometry = layers.parks.features.find((feature) => feature.properties.id === boundaryParkId)?.geometry;
    return boundaryParkId !== null && geometry?.type === 'Polygon' ? { parkId: boundaryParkId, geometry } : null;
  }, [layers, boundaryParkId]);
  const editBoundary = useCallback((parkId: ParkId | null) => {
    setBoundaryParkId(parkId);
    setTool('select');
    if (parkId !== null) dispatch({ type: 'clear-selection' });
  }, []);
  const boundaryDrawn = useMemo(
    () =>
      boundaryTake === null
        ? undefined
        : (polygon: PolygonGeometry) => {
            boundaryTake(polygon);
            setBoundaryTake(null);
            setTool('select');
          },
    [boundaryTake],
  );
  const details = usePlotDetails(view.selectedPlotId);
  const [tab, setTab] = useState<WorkspaceView>('plots');
  const residents = useResidentSelection();
  const clearSelection = useCallback(() => dispatch({ type: 'clear-selection' }), []);
  const editing = usePlanEditing();
  const selectPlot = useCallback((plotId: PlotId, parkId: ParkId) => dispatch({ type: 'select-plot', plotId, parkId, origin: 'map' }), []);
  // Team sync (issue 15): the conflicts panel, and a stamp that makes the button and the panel read again.
  const [reviewing, setReviewing] = useState(false);
  const [syncStamp, bumpSyncStamp] = useReducer((stamp: number) => stamp + 1, 0);
  // Stable callbacks: the layer panel is memoised and stays put when a plot is selected.
  const showPark = useCallback((parkId: ParkId) => dispatch({ type: 'show-park', parkId }), []);
  const showAll = useCallback(() => dispatch({ type: 'show-all' }), []);
  const onToggleLayer = useCallback((key: ToggleKey) => setToggles((current) => toggleLayer(current, key)), []);
  const onToggleNetwork = useCallback((network: Network) => setToggles((current) => toggleNetwork(current, network)), []);
  // In the «ЕГРН» view a click on the map may pick parcels for «Create plots from parcels» instead.
  const [parcelPicking, setParcelPicking] = useState(false);
  // What the planner folded away for a bigger map (issue 11), remembered between starts.
  const { room, toggle: toggleRoom } = useMapRoom();
  const roomClasses = `${room.listPanel ? ' list-panel-hidden' : ''}${room.detailsPanel ? ' details-panel-hidden' : ''}`;

  const currentPark = summary.parks.find((park) => park.id === view.parkId) ?? null;
  const selectedFeature = layers.plots.features.find((feature) => feature.properties.id === view.selectedPlotId) ?? null;
  const crs = vertexCrsOf(layers.parks.features.find((f) => f.properties.id === view.parkId)?.properties.cadastralCrs);
  const parkPlots = useMemo(
    () => layers.plots.features.map((feature) => feature.properties).filter((plot) => plot.parkId === view.parkId),
    [layers, view.parkId],
  );
  const colouring = useResidentColouring(parkPlots, locale);
  const parkParcels = useMemo(() => layers.cadastralParcels.features.filter((feature) => feature.properties.parkId === view.parkId), [layers, view.parkId]);
  const showPlotByCode = useCallback(
    (code: string) => {
      const plot = parkPlots.find((candidate) => candidate.code === code);
      if (plot !== undefined) dispatch({ type: 'select-plot', plotId: plot.id, parkId: plot.parkId, origin: 'list' });
    },
    [parkPlots],
  );
  const uiStrings = useMemo<MapUiStrings>(
    () => ({
      canvas: t('map.canvas'),
      zoomIn: t('map.zoomIn'),
      zoomOut: t('map.zoomOut'),
      resetBearing: t('map.resetBearing'),
      toggleAttribution: t('map.toggleAttribution'),
      metres: t('map.metres'),
      kilometres: t('map.kilometres'),
    }),
    [t],
  );
  const selectFromList = useCallback(
    (plot: PlotFeatureProps) => dispatch({ type: 'select-plot', plotId: plot.id, parkId: plot.parkId, origin: 'list' }),
    [],
  );
  // A Shift+click next to a selected plot picks a merge partner (the editor shows it); the selection stays.
  const hasSelection = view.selectedPlotId !== null;
  const selectFromMap = useCallback<Parameters<typeof MapView>[0]['onPlotClick']>(
    (plotId, parkId, { shiftKey }) => {
      if (!shiftKey || !hasSelection) dispatch({ type: 'select-plot', plotId, parkId, origin: 'map' });
    },
    [hasSelection],
  );

  return (
    <div className="app">
      <Header
        parks={summary.parks}
        currentPark={currentPark}
        onShowPark={showPark}
        onShowAll={showAll}
        onLanguage={onLanguage}
        projectMenu={<ProjectMenu state={fileState} />}
        sync={<SyncButton stamp={syncStamp} onSynced={bumpSyncStamp} onReview={() => setReviewing(true)} />}
      />
      {fileState.access.mode === 'read-only' && <ReadOnlyBanner access={fileState.access} />}
      <ViewTabs current={tab} onChange={setTab} />
      <main className={`workspace view-${tab}${roomClasses}`} id={viewPanelId}>
        <div className="sidebar">
          {reviewing && <ConflictsPanel map={map} stamp={syncStamp} onResolved={bumpSyncStamp} onClose={() => setReviewing(false)} />}
          {tab === 'residents' ? (
            <ResidentsPanel selectedId={residents.selectedId} onSelect={residents.select} onCreate={residents.create} />
          ) : tab === 'cadastre' ? (
            <>
              <LayerPanel
                toggles={toggles}
                onToggle={onToggleLayer}
                onToggleNetwork={onToggleNetwork}
              />
              <CadastrePanel
                parkId={view.parkId}
                map={map}
                parcels={parkParcels}
                picking={parcelPicking}
                onPicking={setParcelPicking}
                onShowPlot={showPlotByCode}
              />
            </>
          ) : (
            <>
              {fileState.access.mode === 'edit' && (
                <ParkPanel
                  park={layers.parks.features.find((feature) => feature.properties.id === view.parkId)?.properties ?? null}
                  onDrawBoundary={drawBoundary}
                  drawing={boundaryTake !== null}
                  boundaryEdited={editedBoundary !== null}
                  onEditBoundary={editBoundary}
                  onShowPark={showPark}
                />
              )}
              <ExchangeMenu parkId={view.parkId} map={map} onImported={projectStore.load} />
              <LayerPanel
                toggles={toggles}
                onToggle={onToggleLayer}
                onToggleNetwork={onToggleNetwork}
              />
              <UnderlayPanel map={map} scanCrs={crs === 'WGS84' ? RYAZAN_DEFAULT_ZONE : crs} />
              <PlotList
                plots={parkPlots}
                selectedPlotId={view.selectedPlotId}
                selectionOrigin={view.selectionOrigin}
                onSelect={selectFromList}
                findings={editing.findings}
                rowFindings={summary.rowFindings}
              />
            </>
          )}
        </div>
        <MapView
          label={t('map.label')}
          layers={layers}
          version={version}
          diff={diff}
          locale={locale}
          uiStrings={uiStrings}
          toggles={toggles}
          selectedPlotId={view.selectedPlotId}
          camera={view.camera}
          onPlotClick={picksPlots(tool) && !(tab === 'cadastre' && parcelPicking) ? selectFromMap : ignorePlotClick}
          onMapReady={setMap}
          plotFill={colouring.fill}
        >
          <ColourByControl
            mode={colouring.mode}
            onMode={colouring.setMode}
            residents={colouring.legend}
            legendFolded={room.legend}
            onToggleLegend={() => toggleRoom('legend')}
          />
          <PanelToggles room={room} onToggle={toggleRoom} map={map} />
          {/* A read-only file gets no drawing tools: the banner says why edits are refused. */}
          {fileState.access.mode === 'edit' && (
            <PlanEditor
              map={map}
              layers={layers}
              version={version}
              diff={diff}
              parkId={view.parkId}
              selectedPlotId={view.selectedPlotId}
              tool={tool}
              onTool={setTool}
              onSelectPlot={selectPlot}
              onClearSelection={clearSelection}
              editing={editing}
              onBoundaryDrawn={boundaryDrawn}
              editedBoundary={editedBoundary}
              hintFolded={room.hint}
              onToggleHint={() => toggleRoom('hint')}
            />
          )}
        </MapView>
        {tab === 'residents' ? (
          <ResidentCard
            resident={residents.selected}
            editing={residents.editing}
            onEdit={residents.edit}
            onSaved={residents.saved}
            onCancel={residents.cancel}
            onClose={residents.close}
          />
        ) : (
          <PlotDetailsPanel
            state={details}
            onClose={() => dispatch({ type: 'clear-selection' })}
            attributesForm={(plot, done) => <PlotAttributesForm key={plot.id} details={plot} editing={editing} onDone={done} />}
            footer={(plot) => (
              <>
                {selectedFeature && (
                  <VertexTable key={plot.id} plotId={plot.id} geometry={selectedFeature.geometry} defaultCrs={crs} editing={editing} />
                )}
                <PlotAllocationSection details={plot} />
              </>
            )}
            after={
              view.parkId !== null && (
                <PasteCoordinatesForm
                  key={view.parkId}
                  parkId={view.parkId}
                  plot={selectedFeature && { id: selectedFeature.properties.id, code: selectedFeature.properties.code }}
                  defaultCrs={crs}
                  editing={editing}
                  onSelectPlot={selectPlot}
                />
              )
            }
          />
        )}
        {isWideView(tab) && (
          <div className="wide-view">
            {tab === 'dashboard' ? <Dashboard parkId={view.parkId} plots={parkPlots} /> : <AttributeTables layers={layers} />}
          </div>
        )}
      </main>
    </div>
  );
}

/** While a drawing tool is active a click on a plot places a vertex; it does not change the selection. */
const ignorePlotClick = () => undefined;
