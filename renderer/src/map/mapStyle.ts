import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { NETWORKS } from '../../../shared/domain/utility';
import { PLOT_STATUSES } from '../../../shared/domain/plot';
import { FONT_STACK } from './glyphs';
import { LAYER, SOURCE, type SourceId } from './layerIds';
import { MAP_COLORS, NETWORK_COLORS, SELECTION_COLOR, STATUS_COLORS } from './statusColors';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A `match` on a property that picks each value's colour from a palette. */
function colourBy(property: string, keys: readonly string[], palette: Readonly<Record<string, string>>): ExpressionSpecification {
  const pairs = keys.flatMap((key) => [key, palette[key] ?? '#888888']);
  // The spec types `match` as fixed-length tuples; one built from a list cannot satisfy them statically.
  return ['match', ['get', property], ...pairs, '#888888'] as unknown as ExpressionSpecification;
}

/** What the sources hold when the map is made; a source left out starts empty. */
export type StartData = Readonly<Partial<Record<SourceId, object>>>;

/** No parcel is picked for «Create plots from parcels». */
export const NO_PARCEL_PICKED: ExpressionSpecification = ['in', ['get', 'cadastralNumber'], ['literal', []]];

/**
 * Plot codes show from this zoom (a whole park framed in a 500 px map at 1280×720 is at about 12: the big
 * plots' codes fit, the small ones give way); the areas, lower in priority, only from the second.
 */
export const PLOT_CODE_LABEL_MINZOOM = 11.5;
export const PLOT_AREA_LABEL_MINZOOM = 14.5;

export const parcelPickFilter = (cadastralNumbers: readonly string[]): ExpressionSpecification => ['in', ['get', 'cadastralNumber'], ['literal', [...cadastralNumbers]]];

/**
 * The planner's map: no basemap (the app works offline), a plain paper background, the park boundary,
 * plots filled by status, utility lines by network, rail spurs in railway style, labels on top.
 * The sources hold `data` from the start (issue 9): data set after the map was made would lay out every
 * tile twice, once as the map asked for it and again when the new data reached the worker.
 */
export function buildMapStyle(glyphs: string, data: StartData = {}): StyleSpecification {
  // Our collections are read-only views of GeoJSON; MapLibre copies what it is given.
  const source = (id: SourceId) => ({ type: 'geojson' as const, data: (data[id] ?? EMPTY) as GeoJSON.GeoJSON });
  return {
    version: 8,
    glyphs,
    sources: {
      [SOURCE.parks]: source(SOURCE.parks),
      [SOURCE.plots]: source(SOURCE.plots),
      [SOURCE.railSpurs]: source(SOURCE.railSpurs),
      [SOURCE.utilityLines]: source(SOURCE.utilityLines),
      [SOURCE.cadastralParcels]: source(SOURCE.cadastralParcels),
      [SOURCE.plotSelection]: source(SOURCE.plotSelection),
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': MAP_COLORS.background } },
      {
        id: LAYER.parkFill,
        type: 'fill',
        source: SOURCE.parks,
        paint: { 'fill-color': MAP_COLORS.parkFill, 'fill-opacity': 0.6 },
      },
      {
        id: LAYER.plotFill,
        type: 'fill',
        source: SOURCE.plots,
        paint: { 'fill-color': colourBy('status', PLOT_STATUSES, STATUS_COLORS), 'fill-opacity': 0.9 },
      },
      {
        id: LAYER.plotOutline,
        type: 'line',
        source: SOURCE.plots,
        paint: { 'line-color': MAP_COLORS.plotOutline, 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.5, 16, 1.2] },
      },
      {
        id: LAYER.parkOutline,
        type: 'line',
        source: SOURCE.parks,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': MAP_COLORS.parkOutline,
          'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 16, 3.5],
          'line-dasharray': [5, 1.5, 1, 1.5],
        },
      },
      {
        id: LAYER.utilityLines,
        type: 'line',
        source: SOURCE.utilityLines,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': colourBy('network', NETWORKS, NETWORK_COLORS),
          'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1.2, 16, 3],
          // Planned lines dashed, built ones solid, as on a master plan.
          'line-dasharray': ['case', ['==', ['get', 'status'], 'operating'], ['literal', [1, 0]], ['literal', [3, 2]]],
        },
      },
      {
        id: LAYER.railCasing,
        type: 'line',
        source: SOURCE.railSpurs,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': MAP_COLORS.rail, 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 3, 16, 6] },
      },
      {
        id: LAYER.railTies,
        type: 'line',
        source: SOURCE.railSpurs,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': MAP_COLORS.railTie,
          'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1.5, 16, 3.5],
          'line-dasharray': [3, 3],
        },
      },
      // ЕГРН parcels: reference outlines over the plots, so a boundary that disagrees shows at once. The
      // invisible fill is what a click in «pick parcels» finds; the outline alone would need a hit on the line.
      { id: LAYER.parcelHit, type: 'fill', source: SOURCE.cadastralParcels, paint: { 'fill-color': MAP_COLORS.parcelOutline, 'fill-opacity': 0 } },
      {
        id: LAYER.parcelOutline,
        type: 'line',
        source: SOURCE.cadastralParcels,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': MAP_COLORS.parcelOutline, 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.8, 16, 2], 'line-dasharray': [3, 2] },
      },
      // Its own source: a filter on the plots would lay out every plot tile again on each selection.
      {
        id: LAYER.parcelPicked,
        type: 'line',
        source: SOURCE.cadastralParcels,
        filter: NO_PARCEL_PICKED,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': SELECTION_COLOR, 'line-width': 3.5 },
      },
      {
        id: LAYER.plotSelected,
        type: 'line',
        source: SOURCE.plotSelection,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': SELECTION_COLOR, 'line-width': 4.5 },
      },
      {
        id: LAYER.railLabel,
        type: 'symbol',
        source: SOURCE.railSpurs,
        minzoom: 13,
        layout: {
          'symbol-placement': 'line',
          'text-field': ['get', 'name'],
          'text-font': [...FONT_STACK],
          'text-size': 11,
          'text-offset': [0, -1],
        },
        paint: { 'text-color': MAP_COLORS.rail, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 1.5 },
      },
      // Two label layers (issue 11): MapLibre places the upper layer's symbols first, so every plot's code
      // is placed before any area, and an area that would collide with a code (its own or a neighbour's)
      // is dropped. The area shows only from zoom 14.5, where plots are big enough for two lines.
      {
        id: LAYER.plotAreaLabel,
        type: 'symbol',
        source: SOURCE.plots,
        minzoom: PLOT_AREA_LABEL_MINZOOM,
        layout: {
          'text-field': ['get', 'areaLabel'],
          'text-font': [...FONT_STACK],
          'text-size': ['interpolate', ['linear'], ['zoom'], 14.5, 10, 17, 12],
          'text-anchor': 'top',
          // Just clear of the code's box (half its line plus padding), or the area would collide with its own code.
          'text-offset': [0, 1],
          'text-padding': 1,
          'symbol-sort-key': ['-', ['get', 'areaHa']],
        },
        paint: { 'text-color': MAP_COLORS.labelText, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 1.4 },
      },
      {
        id: LAYER.plotLabel,
        type: 'symbol',
        source: SOURCE.plots,
        minzoom: PLOT_CODE_LABEL_MINZOOM,
        layout: {
          'text-field': ['get', 'code'],
          'text-font': [...FONT_STACK],
          'text-size': ['interpolate', ['linear'], ['zoom'], 13, 11, 17, 15],
          'text-max-width': 12,
          'text-padding': 1,
          // Big plots first, so when codes collide the small ones give way.
          'symbol-sort-key': ['-', ['get', 'areaHa']],
        },
        paint: { 'text-color': MAP_COLORS.labelText, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 1.8 },
      },
      {
        id: LAYER.parcelLabel,
        type: 'symbol',
        source: SOURCE.cadastralParcels,
        minzoom: 14,
        layout: {
          'text-field': ['get', 'cadastralNumber'],
          'text-font': [...FONT_STACK],
          'text-size': 10,
          'text-offset': [0, 2.2],
          'text-padding': 2,
        },
        paint: { 'text-color': MAP_COLORS.parcelOutline, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 1.4 },
      },
    ],
  };
}
