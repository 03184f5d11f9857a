import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { buildMapStyle } from './mapStyle';
import { glyphsUrl } from './glyphs';

// MapLibre finds its worker beside its own module only on http(s) pages; Electron serves the page from
// parkplan://, and the bundle moves the module anyway, so point at the copy Vite emits, always.
maplibregl.setWorkerUrl(workerUrl);

/** The map itself, with the planner's style and no basemap; controls are added per language by the view. */
export function createPlannerMap(container: HTMLElement): maplibregl.Map {
  return new maplibregl.Map({
    container,
    style: buildMapStyle(glyphsUrl(document.baseURI)),
    center: [39.6, 54.7],
    zoom: 12,
    // A plan stays north-up: rotation would only confuse a site plan read against the cadastre.
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // Shift+click adds a plot to the selection for "Merge plots"; MapLibre's Shift+drag box zoom would
    // swallow that click.
    boxZoom: false,
    // Added by the view with the interface language's strings.
    attributionControl: false,
    // Keeps the last frame readable for screenshots and PNG export (canvas.toDataURL).
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
}
