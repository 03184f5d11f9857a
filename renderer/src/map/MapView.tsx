import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { MapLayers } from '../../../shared/contract/views';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import type { Locale } from '../../../shared/format/locale';
import type { CameraRequest } from '../state/viewState';
import { cameraMove } from './camera';
import { createPlannerMap } from './createPlannerMap';
import { LAYER, SOURCE } from './layerIds';
import { layerVisibility, networkFilter, type LayerToggles } from './layerVisibility';
import { addLocalisedControls, type MapUiStrings } from './mapControls';
import type { LayerDiff } from '../project/projectChanges';
import { selectedPlotFeature, selectionData } from './selectionSource';
import { layerSourceData, syncSources, type SyncedLayers } from './sourceSync';

interface MapViewProps {
  readonly label: string;
  readonly layers: MapLayers;
  /** The project store's step the layers are at, and what that step changed (null: read whole). */
  readonly version: number;
  readonly diff: LayerDiff;
  readonly locale: Locale;
  readonly uiStrings: MapUiStrings;
  readonly toggles: LayerToggles;
  readonly selectedPlotId: PlotId | null;
  readonly camera: CameraRequest;
  /** `shiftKey`: a Shift+click adds a plot to the selection for merging rather than selecting it. */
  readonly onPlotClick: (plotId: PlotId, parkId: ParkId, modifiers: { readonly shiftKey: boolean }) => void;
  /** The map once its style has loaded, for the drawing tools that work on it. */
  readonly onMapReady?: (map: maplibregl.Map | null) => void;
  /** The plot layer's fill colour (by status or by resident); the style's status fill when absent. */
  readonly plotFill?: maplibregl.ExpressionSpecification;
  /** Overlays drawn over the map (the legend). */
  readonly children?: ReactNode;
}

// The legend sits in the bottom-left corner: keep framed parks and plots clear of it.
const FRAME_PADDING = { top: 48, right: 64, bottom: 48, left: 190 };

/** The planner's map: owns one MapLibre map and keeps its sources, toggles, selection and camera in step with props. */
export function MapView(props: MapViewProps) {
  const { layers, version, diff, locale, uiStrings, toggles, selectedPlotId, camera, onPlotClick, plotFill } = props;
  const synced = useRef<SyncedLayers | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [drawn, setDrawn] = useState(false);
  const clickRef = useRef(onPlotClick);
  clickRef.current = onPlotClick;
  const readyRef = useRef(props.onMapReady);
  readyRef.current = props.onMapReady;
  // What the map is made with: the layers and the camera of the first render.
  const start = useRef({ layers, version, locale, camera });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const first = start.current;
    const move = cameraMove(first.camera, first.layers);
    const created = createPlannerMap(container, layerSourceData(first.layers, first.locale), move && { bounds: move.bounds, maxZoom: move.maxZoom, padding: FRAME_PADDING });
    synced.current = { version: first.version, locale: first.locale };
    // A handle for end-to-end tests and the developer console; nothing in the app reads it.
    window.__parkplanMap = created;
    created.on('load', () => {
      setMap(created);
      readyRef.current?.(created);
    });
    created.on('click', LAYER.plotFill, (event) => {
      const props = event.features?.[0]?.properties;
      if (props && typeof props.id === 'number' && typeof props.parkId === 'number') {
        clickRef.current(props.id as PlotId, props.parkId as ParkId, { shiftKey: event.originalEvent.shiftKey });
      }
    });
    created.on('mouseenter', LAYER.plotFill, () => (created.getCanvas().style.cursor = 'pointer'));
    created.on('mouseleave', LAYER.plotFill, () => (created.getCanvas().style.cursor = ''));
    return () => {
      if (window.__parkplanMap === created) delete window.__parkplanMap;
      readyRef.current?.(null);
      created.remove();
      synced.current = null;
      setMap(null);
    };
  }, []);

  useEffect(() => (map ? addLocalisedControls(map, uiStrings) : undefined), [map, uiStrings]);

  useEffect(() => {
    if (!map) return;
    synced.current = syncSources(map, synced.current, layers, version, diff, locale);
    map.once('idle', () => setDrawn(true));
  }, [map, layers, version, diff, locale]);

  useEffect(() => {
    if (!map) return;
    // Setting a layer's visibility, even to what it is, lays out every tile of its source again.
    for (const [layer, visibility] of layerVisibility(toggles)) {
      if ((map.getLayoutProperty(layer, 'visibility') ?? 'visible') !== visibility) map.setLayoutProperty(layer, 'visibility', visibility);
    }
    map.setFilter(LAYER.utilityLines, networkFilter(toggles));
  }, [map, toggles]);

  useEffect(() => {
    if (map && plotFill) map.setPaintProperty(LAYER.plotFill, 'fill-color', plotFill);
  }, [map, plotFill]);

  // The same feature object until that plot changes: other plots' edits do not redraw the selection.
  const selectedFeature = useMemo(() => selectedPlotFeature(layers, selectedPlotId), [layers, selectedPlotId]);
  useEffect(() => {
    const data: object = selectionData(selectedFeature);
    map?.getSource<maplibregl.GeoJSONSource>(SOURCE.plotSelection)?.setData(data as GeoJSON.GeoJSON);
  }, [map, selectedFeature]);

  useEffect(() => {
    if (!map) return;
    const move = cameraMove(camera, layers);
    if (!move) return;
    const [[west, south], [east, north]] = move.bounds;
    // MapLibre copies options over its defaults, so `duration: undefined` would wipe the default to NaN.
    map.fitBounds([west, south, east, north], {
      padding: FRAME_PADDING,
      maxZoom: move.maxZoom,
      linear: move.motion === 'ease',
      // A flight from Ryazan to Lesnoy (1,300 km) would otherwise take many seconds.
      maxDuration: 2000,
      ...(move.motion === 'jump' ? { duration: 0 } : {}),
    });
    // Only a new request moves the camera; new layers (a language switch) must not, so layers is left out.
  }, [map, camera]);

  return (
    <section className="map-region" aria-label={props.label} data-map-state={drawn ? 'idle' : 'loading'}>
      <div ref={containerRef} className="map-canvas" />
      {props.children}
    </section>
  );
}
