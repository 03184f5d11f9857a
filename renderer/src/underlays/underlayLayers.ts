import type * as maplibregl from 'maplibre-gl';
import { underlayImagePath, underlayTilePath, type UnderlayView } from '../../../shared/contract/underlayChannels';
import { vectorBasemapLayers } from './vectorBasemapStyle';

/*
 * The underlays as MapLibre sources and layers, drawn under the whole plan: a raster source per tiled
 * file (tiles from the app's own host, so the CSP stays 'self'), a vector source with the bundled style
 * per vector basemap, an image source with four corners per placed scan. Ids carry the underlay id; sync removes what is gone and adds what is new.
 */

const PREFIX = 'underlay-';
const idOf = (view: UnderlayView): string => `${PREFIX}${view.id}`;

/** The source each drawable underlay needs; hidden ones and files that cannot be drawn get none. */
export function underlaySource(view: UnderlayView, origin: string): maplibregl.SourceSpecification | null {
  if (view.status.state === 'tiles' && view.status.vector !== null) {
    return {
      type: 'vector',
      tiles: [`${origin}${underlayTilePath(view.id)}`],
      minzoom: view.status.minZoom,
      maxzoom: view.status.maxZoom,
      ...(view.status.bounds === null ? {} : { bounds: [...view.status.bounds] as [number, number, number, number] }),
    };
  }
  if (view.status.state === 'tiles') {
    return {
      type: 'raster',
      tiles: [`${origin}${underlayTilePath(view.id)}`],
      tileSize: view.status.tileSize,
      minzoom: view.status.minZoom,
      maxzoom: view.status.maxZoom,
      ...(view.status.bounds === null ? {} : { bounds: [...view.status.bounds] as [number, number, number, number] }),
    };
  }
  if (view.status.state === 'scan' && view.status.corners !== null) {
    const [a, b, c, d] = view.status.corners;
    return { type: 'image', url: `${origin}${underlayImagePath(view.id)}`, coordinates: [[...a], [...b], [...c], [...d]] };
  }
  return null;
}

/** The layers that draw one underlay's source: one raster layer, or the bundled style of a vector basemap. */
function underlayLayers(view: UnderlayView, id: string): maplibregl.LayerSpecification[] {
  if (view.status.state === 'tiles' && view.status.vector !== null) {
    return vectorBasemapLayers(view.status.vector.schema, view.status.vector.layers, id, id, view.opacity);
  }
  return [{ id, type: 'raster', source: id, paint: { 'raster-opacity': view.opacity, 'raster-fade-duration': 0 } }];
}

/** Puts the map's underlays in step with `views` (lowest first), just above `background`, under every plan layer. */
export function syncUnderlays(map: maplibregl.Map, views: readonly UnderlayView[], origin: string, background: string): void {
  const wanted = new Map<string, { view: UnderlayView; source: maplibregl.SourceSpecification }>();
  for (const view of views) {
    const source = underlaySource(view, origin);
    if (source !== null) wanted.set(idOf(view), { view, source });
  }
  const style = map.getStyle();
  for (const layer of style.layers) {
    if (layer.id.startsWith(PREFIX)) map.removeLayer(layer.id);
  }
  for (const id of Object.keys(style.sources)) {
    const keep = wanted.get(id);
    // A source whose definition changed (a scan moved, a file reopened) is made again.
    if (id.startsWith(PREFIX) && (keep === undefined || JSON.stringify(style.sources[id]) !== JSON.stringify(keep.source))) map.removeSource(id);
  }
  const beforeLayer = map.getStyle().layers.find((layer) => layer.id !== background)?.id;
  for (const [id, { view, source }] of wanted) {
    if (map.getSource(id) === undefined) map.addSource(id, source);
    for (const layer of underlayLayers(view, id)) {
      map.addLayer({ ...layer, layout: { ...layer.layout, visibility: view.visible ? 'visible' : 'none' } } as maplibregl.LayerSpecification, beforeLayer);
    }
  }
}

/** Moves a placed scan's image to new corners at once, while the planner drags a control point (no reload of the image). */
export function moveScanImage(map: maplibregl.Map, id: UnderlayView['id'], corners: readonly (readonly [number, number])[]): void {
  const source = map.getSource(`${PREFIX}${id}`);
  if (source === undefined || source.type !== 'image' || corners.length !== 4) return;
  (source as maplibregl.ImageSource).setCoordinates(corners.map(([lon, lat]) => [lon, lat]) as maplibregl.Coordinates);
}
