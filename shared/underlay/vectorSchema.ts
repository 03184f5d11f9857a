/*
 * Which published schema a vector basemap's layers follow, so the bundled style that knows its layer and
 * field names can draw it: OpenMapTiles (OpenMapTiles/MapTiler/Planetiler extracts) or Protomaps (the
 * basemaps of the PMTiles project). Anything else is drawn by a plain style over whatever layers it has.
 */

export const VECTOR_SCHEMAS = ['openmaptiles', 'protomaps', 'other'] as const;
export type VectorSchema = (typeof VECTOR_SCHEMAS)[number];

const OPENMAPTILES = ['transportation', 'water', 'building', 'place', 'landuse', 'landcover', 'waterway', 'boundary', 'transportation_name', 'water_name', 'park', 'poi'];
const PROTOMAPS = ['earth', 'water', 'roads', 'buildings', 'places', 'landuse', 'landcover', 'boundaries', 'pois', 'transit', 'natural'];

/**
 * The schema with most of its own layer names among `layers` (at least two, and more than the other's).
 *
 * @example
 * vectorSchemaOf(['water', 'transportation', 'place']); // 'openmaptiles'
 * vectorSchemaOf(['earth', 'roads', 'places']); // 'protomaps'
 */
export function vectorSchemaOf(layers: readonly string[]): VectorSchema {
  const omt = layers.filter((layer) => OPENMAPTILES.includes(layer) && !PROTOMAPS.includes(layer)).length;
  const pm = layers.filter((layer) => PROTOMAPS.includes(layer) && !OPENMAPTILES.includes(layer)).length;
  if (omt >= 2 && omt > pm) return 'openmaptiles';
  if (pm >= 2 && pm > omt) return 'protomaps';
  return 'other';
}
