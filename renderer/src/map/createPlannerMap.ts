import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Bounds } from './bounds';
import { buildMapStyle, type StartData } from './mapStyle';
import { glyphsUrl } from './glyphs';

// MapLibre finds its worker beside its own module only on http(s) pages; Electron serves the page from
// parkplan://, and the bundle moves the module anyway, so point at the copy Vite emits, always.
maplibregl.setWorkerUrl(workerUrl);

/** Where the map opens: a frame to fit, or nothing to frame (an empty project). */
export interface StartView {
  readonly bounds: Bounds;
  readonly maxZoom: number;
  readonly padding: maplibregl.PaddingOptions;
}

/**
 * The map itself, with the planner's style and no basemap; controls are added per language by the view.
 * It opens on `view` with `data` in its sources, so the first tiles it lays out are the ones it shows.
 */
export function createPlannerMap(container: HTMLElement, data: StartData = {}, view: StartView | null = null): maplibregl.Map {
  const [[west, south], [east, north]] = view?.bounds ?? [[0, 0], [0, 0]];
  return new maplibregl.Map({
    container,
    style: buildMapStyle(glyphsUrl(document.baseURI), data),
    ...(view === null ? { center: [39.6, 54.7], zoom: 12 } : { bounds: [west, south, east, north], fitBoundsOptions: { padding: view.padding, maxZoom: view.maxZoom } }),
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
