import * as maplibregl from 'maplibre-gl';

/** MapLibre's own UI strings in the interface language (button names, scale units). */
export interface MapUiStrings {
  readonly canvas: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly resetBearing: string;
  readonly toggleAttribution: string;
  readonly metres: string;
  readonly kilometres: string;
}

/**
 * Puts the zoom buttons, the scale bar and the (compact) attribution on the map with the strings of the
 * current language, and returns a function that takes them off again — MapLibre reads its strings only
 * when a control is created, so a language switch recreates the controls.
 */
export function addLocalisedControls(map: maplibregl.Map, strings: MapUiStrings): () => void {
  map._locale = {
    ...map._locale,
    'Map.Title': strings.canvas,
    'NavigationControl.ZoomIn': strings.zoomIn,
    'NavigationControl.ZoomOut': strings.zoomOut,
    'NavigationControl.ResetBearing': strings.resetBearing,
    'AttributionControl.ToggleAttribution': strings.toggleAttribution,
    'ScaleControl.Meters': strings.metres,
    'ScaleControl.Kilometers': strings.kilometres,
  };
  map.getCanvas().setAttribute('aria-label', strings.canvas);
  const controls: [maplibregl.IControl, maplibregl.ControlPosition][] = [
    [new maplibregl.NavigationControl({ showCompass: false }), 'top-right'],
    [new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right'],
    [new maplibregl.AttributionControl({ compact: true }), 'bottom-right'],
  ];
  for (const [control, position] of controls) map.addControl(control, position);
  return () => {
    for (const [control] of controls) map.removeControl(control);
  };
}
