import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { VectorSchema } from '../../../shared/underlay/vectorSchema';
import { FONT_STACK } from '../map/glyphs';

/*
 * The bundled style of a vector basemap (issue 13), drawn under the plan in quiet colours so the plots stay
 * the figure: water, green and built-up land, buildings, roads by class, railways, boundaries, and the names
 * of places, roads and water in Russian where the file has them (name:ru, else the local name), set in the
 * app's own glyphs. One style per schema, as OpenMapTiles and Protomaps name their layers and classes; a
 * file of any other schema gets every layer drawn plainly by its geometry.
 */

/** A name in Russian where the tiles carry one: OpenMapTiles and Protomaps write name:ru, some writers name_ru. */
export const RUSSIAN_NAME: ExpressionSpecification = ['coalesce', ['get', 'name:ru'], ['get', 'name_ru'], ['get', 'name'], ''];

const COLOURS = {
  earth: '#f4f1ea',
  water: '#a9cbe6',
  green: '#cfe3c1',
  built: '#ebe6df',
  building: '#d9d1c6',
  road: '#ffffff',
  roadCasing: '#c9c2b8',
  majorRoad: '#fbe3a7',
  rail: '#9a9a9a',
  boundary: '#a58db5',
  label: '#4a4a4a',
  waterLabel: '#3d6f99',
} as const;

type Paint = { readonly opacity: number };
type LayerMaker = (id: string, source: string, paint: Paint) => LayerSpecification[];

const fill = (id: string, source: string, layer: string, colour: string, { opacity }: Paint, filter?: ExpressionSpecification): LayerSpecification => ({
  id, type: 'fill', source, 'source-layer': layer, ...(filter === undefined ? {} : { filter }), paint: { 'fill-color': colour, 'fill-opacity': opacity },
});

const line = (id: string, source: string, layer: string, colour: string, width: ExpressionSpecification | number, { opacity }: Paint, filter?: ExpressionSpecification, dash?: number[]): LayerSpecification => ({
  id, type: 'line', source, 'source-layer': layer, ...(filter === undefined ? {} : { filter }),
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: { 'line-color': colour, 'line-width': width, 'line-opacity': opacity, ...(dash === undefined ? {} : { 'line-dasharray': dash }) },
});

const label = (id: string, source: string, layer: string, { opacity }: Paint, size: number, colour: string = COLOURS.label, along = false, filter?: ExpressionSpecification): LayerSpecification => ({
  id, type: 'symbol', source, 'source-layer': layer, ...(filter === undefined ? {} : { filter }),
  layout: { 'text-field': RUSSIAN_NAME, 'text-font': [...FONT_STACK], 'text-size': size, ...(along ? { 'symbol-placement': 'line' } : {}) },
  paint: { 'text-color': colour, 'text-halo-color': '#ffffff', 'text-halo-width': 1.2, 'text-opacity': opacity },
});

/** Road width by zoom: hairlines at a whole-region view, a few pixels at a park's. */
const roadWidth = (atFifteen: number): ExpressionSpecification => ['interpolate', ['exponential', 1.6], ['zoom'], 10, atFifteen / 8, 15, atFifteen, 18, atFifteen * 4];

const openMapTiles: LayerMaker = (id, source, paint) => {
  const major: ExpressionSpecification = ['match', ['get', 'class'], ['motorway', 'trunk', 'primary'], true, false];
  return [
    fill(`${id}-landuse`, source, 'landuse', COLOURS.built, paint),
    fill(`${id}-landcover`, source, 'landcover', COLOURS.green, paint),
    fill(`${id}-park`, source, 'park', COLOURS.green, paint),
    fill(`${id}-water`, source, 'water', COLOURS.water, paint),
    line(`${id}-waterway`, source, 'waterway', COLOURS.water, roadWidth(1.5), paint),
    fill(`${id}-building`, source, 'building', COLOURS.building, paint),
    line(`${id}-road-casing`, source, 'transportation', COLOURS.roadCasing, roadWidth(5), paint, ['all', ['==', ['geometry-type'], 'LineString'], ['!=', ['get', 'class'], 'rail']]),
    line(`${id}-road`, source, 'transportation', COLOURS.road, roadWidth(3.5), paint, ['all', ['==', ['geometry-type'], 'LineString'], ['!=', ['get', 'class'], 'rail'], ['!', major]]),
    line(`${id}-road-major`, source, 'transportation', COLOURS.majorRoad, roadWidth(4), paint, ['all', ['==', ['geometry-type'], 'LineString'], major]),
    line(`${id}-rail`, source, 'transportation', COLOURS.rail, roadWidth(1.5), paint, ['==', ['get', 'class'], 'rail'], [3, 2]),
    line(`${id}-boundary`, source, 'boundary', COLOURS.boundary, 1.2, paint, undefined, [4, 2]),
    label(`${id}-water-name`, source, 'water_name', paint, 12, COLOURS.waterLabel),
    label(`${id}-road-name`, source, 'transportation_name', paint, 11, COLOURS.label, true),
    label(`${id}-place`, source, 'place', paint, 13),
  ];
};

const protomaps: LayerMaker = (id, source, paint) => {
  const major: ExpressionSpecification = ['match', ['get', 'kind'], ['highway', 'major_road'], true, false];
  return [
    fill(`${id}-earth`, source, 'earth', COLOURS.earth, paint),
    fill(`${id}-landuse`, source, 'landuse', COLOURS.built, paint, ['!', ['match', ['get', 'kind'], ['park', 'forest', 'wood', 'grass', 'meadow', 'nature_reserve'], true, false]]),
    fill(`${id}-green`, source, 'landuse', COLOURS.green, paint, ['match', ['get', 'kind'], ['park', 'forest', 'wood', 'grass', 'meadow', 'nature_reserve'], true, false]),
    fill(`${id}-landcover`, source, 'landcover', COLOURS.green, paint),
    fill(`${id}-water`, source, 'water', COLOURS.water, paint, ['==', ['geometry-type'], 'Polygon']),
    line(`${id}-waterway`, source, 'water', COLOURS.water, roadWidth(1.5), paint, ['==', ['geometry-type'], 'LineString']),
    fill(`${id}-building`, source, 'buildings', COLOURS.building, paint),
    line(`${id}-road-casing`, source, 'roads', COLOURS.roadCasing, roadWidth(5), paint, ['!=', ['get', 'kind'], 'rail']),
    line(`${id}-road`, source, 'roads', COLOURS.road, roadWidth(3.5), paint, ['all', ['!=', ['get', 'kind'], 'rail'], ['!', major]]),
    line(`${id}-road-major`, source, 'roads', COLOURS.majorRoad, roadWidth(4), paint, major),
    line(`${id}-rail`, source, 'roads', COLOURS.rail, roadWidth(1.5), paint, ['==', ['get', 'kind'], 'rail'], [3, 2]),
    line(`${id}-boundary`, source, 'boundaries', COLOURS.boundary, 1.2, paint, undefined, [4, 2]),
    label(`${id}-road-name`, source, 'roads', paint, 11, COLOURS.label, true),
    label(`${id}-place`, source, 'places', paint, 13),
  ];
};

/** Any other schema: each layer as fills, lines and names by geometry, so at least something shows. */
const plain = (layers: readonly string[]): LayerMaker => (id, source, paint) =>
  layers.flatMap((layer, i) => [
    fill(`${id}-${i}-fill`, source, layer, COLOURS.built, paint, ['==', ['geometry-type'], 'Polygon']),
    line(`${id}-${i}-line`, source, layer, COLOURS.roadCasing, 1.2, paint, ['==', ['geometry-type'], 'LineString']),
    label(`${id}-${i}-name`, source, layer, paint, 12, COLOURS.label, false, ['==', ['geometry-type'], 'Point']),
  ]);

/**
 * The layers that draw vector source `source`, ids beginning with `id`, faded to the underlay's opacity.
 *
 * @example
 * vectorBasemapLayers('openmaptiles', ['water', 'place'], 'underlay-3', 'underlay-3', 0.8).map((l) => l.id); // […, 'underlay-3-water', …, 'underlay-3-place']
 */
export function vectorBasemapLayers(schema: VectorSchema, layers: readonly string[], id: string, source: string, opacity: number): LayerSpecification[] {
  const maker = schema === 'openmaptiles' ? openMapTiles : schema === 'protomaps' ? protomaps : plain(layers);
  const present = new Set(layers);
  // Layers the file does not have are left out: MapLibre would keep asking the tiles for them.
  return maker(id, source, { opacity }).filter((layer) => !('source-layer' in layer) || present.size === 0 || present.has(layer['source-layer'] ?? ''));
}
