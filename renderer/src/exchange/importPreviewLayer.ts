import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ImportPreview } from '../../../shared/contract/exchangeViews';
import { geometryBounds, type Bounds } from '../../../shared/geometry/geometryBounds';

/*
 * The import dialog's own layer: what the file would add, drawn over the plan until the planner imports
 * or cancels. It owns one source and its layers and removes them all, so the planner's map is left as found.
 */

export const IMPORT_PREVIEW_SOURCE = 'import-preview';
const FILL = `${IMPORT_PREVIEW_SOURCE}-fill`;
const LINE = `${IMPORT_PREVIEW_SOURCE}-line`;
/** Magenta: not a status colour, so a preview is never taken for a plot already there. */
export const IMPORT_PREVIEW_COLOR = '#d0168f';
/** Orange: an accepted plot with a warning (it overlaps other plots, or leaves the park boundary). */
export const IMPORT_WARNING_COLOR = '#f07800';

// A feature's colour: orange when the dry run flagged it (properties overlaps / outside), magenta otherwise.
const flaggedColour: ExpressionSpecification = ['case', ['any', ['==', ['get', 'overlaps'], true], ['==', ['get', 'outside'], true]], IMPORT_WARNING_COLOR, IMPORT_PREVIEW_COLOR];

/** Shows (or replaces) the accepted features on the map. */
export function showImportPreview(map: MapLibreMap, accepted: ImportPreview['accepted']): void {
  // MapLibre's GeoJSON types are mutable; the features are only read.
  const data = accepted as unknown as GeoJSON.FeatureCollection;
  const existing = map.getSource<GeoJSONSource>(IMPORT_PREVIEW_SOURCE);
  if (existing) {
    existing.setData(data);
    return;
  }
  map.addSource(IMPORT_PREVIEW_SOURCE, { type: 'geojson', data });
  map.addLayer({
    id: FILL,
    type: 'fill',
    source: IMPORT_PREVIEW_SOURCE,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': flaggedColour, 'fill-opacity': 0.35 },
  });
  map.addLayer({
    id: LINE,
    type: 'line',
    source: IMPORT_PREVIEW_SOURCE,
    paint: { 'line-color': flaggedColour, 'line-width': 2.5, 'line-dasharray': [2, 1] },
  });
}

/** Removes the preview; safe to call when there is none or the map is gone. */
export function clearImportPreview(map: MapLibreMap): void {
  if (!map.style) return;
  for (const layer of [LINE, FILL]) if (map.getLayer(layer)) map.removeLayer(layer);
  if (map.getSource(IMPORT_PREVIEW_SOURCE)) map.removeSource(IMPORT_PREVIEW_SOURCE);
}

/** The accepted features' bounding box, to fly the map to them; null when there are none. */
export const previewBounds = (accepted: ImportPreview['accepted']): Bounds | null => geometryBounds(accepted.features.map((feature) => feature.geometry));
