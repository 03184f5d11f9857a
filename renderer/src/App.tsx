import { useCallback, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLayers, PlotFeatureProps, ProjectSummary } from '../../shared/contract/views';
import type { Locale } from '../../shared/format/locale';
import { useLocale } from './i18n/useLocale';
import { startCamera } from './map/camera';
import { ALL_LAYERS_ON, toggleLayer, toggleNetwork, type LayerToggles } from './map/layerVisibility';
import type { MapUiStrings } from './map/mapControls';
import { MapView } from './map/MapView';
import { Header } from './panels/Header';
import { LayerPanel } from './panels/LayerPanel';
import { PlotDetailsPanel } from './panels/PlotDetailsPanel';
import { PlotList } from './panels/PlotList';
import { StatusLegend } from './panels/StatusLegend';
import { usePlotDetails } from './state/usePlotDetails';
import { useProjectData } from './state/useProjectData';
import { initialViewState, viewReducer } from './state/viewState';

interface AppProps {
  readonly onLanguage: (locale: Locale) => void;
}

/** Loads the project, then shows the planner's workspace; a failure is said in words, not a blank page. */
export function App({ onLanguage }: AppProps) {
  const { t } = useTranslation();
  const data = useProjectData();
  if (data.status === 'loading') return <p className="app-status" role="status">{t('app.loading')}</p>;
  if (data.status === 'failed') {
    return (
      <p className="app-status error" role="alert">
        {t('app.loadFailed', { message: data.message })}
      </p>
    );
  }
  return <Workspace summary={data.summary} layers={data.layers} onLanguage={onLanguage} />;
}

interface WorkspaceProps extends AppProps {
  readonly summary: ProjectSummary;
  readonly layers: MapLayers;
}

function Workspace({ summary, layers, onLanguage }: WorkspaceProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [view, dispatch] = useReducer(viewReducer, summary.parks[0]?.id ?? null, (firstParkId) =>
    initialViewState(firstParkId, startCamera(layers, firstParkId)),
  );
  const [toggles, setToggles] = useState<LayerToggles>(ALL_LAYERS_ON);
  const details = usePlotDetails(view.selectedPlotId);

  const currentPark = summary.parks.find((park) => park.id === view.parkId) ?? null;
  const parkPlots = useMemo(
    () => layers.plots.features.map((feature) => feature.properties).filter((plot) => plot.parkId === view.parkId),
    [layers, view.parkId],
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
  const selectFromMap = useCallback<Parameters<typeof MapView>[0]['onPlotClick']>(
    (plotId, parkId) => dispatch({ type: 'select-plot', plotId, parkId, origin: 'map' }),
    [],
  );

  return (
    <div className="app">
      <Header
        parks={summary.parks}
        currentPark={currentPark}
        onShowPark={(parkId) => dispatch({ type: 'show-park', parkId })}
        onShowAll={() => dispatch({ type: 'show-all' })}
        onLanguage={onLanguage}
      />
      <main className="workspace">
        <div className="sidebar">
          <LayerPanel
            toggles={toggles}
            onToggle={(key) => setToggles((current) => toggleLayer(current, key))}
            onToggleNetwork={(network) => setToggles((current) => toggleNetwork(current, network))}
          />
          <PlotList
            plots={parkPlots}
            selectedPlotId={view.selectedPlotId}
            selectionOrigin={view.selectionOrigin}
            onSelect={selectFromList}
          />
        </div>
        <MapView
          label={t('map.label')}
          layers={layers}
          locale={locale}
          uiStrings={uiStrings}
          toggles={toggles}
          selectedPlotId={view.selectedPlotId}
          camera={view.camera}
          onPlotClick={selectFromMap}
        >
          <StatusLegend />
        </MapView>
        <PlotDetailsPanel state={details} onClose={() => dispatch({ type: 'clear-selection' })} />
      </main>
    </div>
  );
}
