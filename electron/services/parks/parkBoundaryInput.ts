import { basename } from 'node:path';
import type { AreaGeometry, PolygonGeometry } from '../../../shared/domain/geometry';
import { featureParts } from '../io/import/featureParts';
import { repairPolygon, type ParkWhereabouts } from '../io/import/geometryRepair';
import { openSource, sourceCrs } from '../io/import/importPipeline';
import type { SourceFeature } from '../io/import/sourceFeature';
import { RefusedError } from '../refusals/refusedError';

/*
 * A new park's boundary from a file: any format `import` reads (GeoJSON, KML/KMZ, shapefile, GeoPackage,
 * DXF) or a coordinate list (.csv/.txt, "N X Y" in an МСК zone, proj4/WKT, or degrees). Every polygon of
 * the file is a part of the boundary, repaired as a plot outline is (ring closed, winding, duplicates);
 * a polygon that cannot be repaired refuses the whole boundary, naming it and why.
 */

/** There is no park yet to hold the file to: any place on Earth is where the boundary may lie. */
const ANYWHERE: ParkWhereabouts = { name: 'the Earth', bbox: [-180, -90, 180, 90] };

export interface BoundaryInput {
  readonly input: string;
  /** The CRS of the file's coordinates, overriding what it declares (a coordinate list in metres needs one). */
  readonly crs?: string;
  /** A GeoPackage's feature table. */
  readonly table?: string;
}

/**
 * Reads the boundary: one polygon gives a Polygon, several a MultiPolygon, in WGS84 degrees.
 *
 * @example
 * readParkBoundary({ input: 'boundary.txt', crs: 'MSK-62-1' }); // { type: 'Polygon', coordinates: [...] }
 */
export function readParkBoundary(request: BoundaryInput): AreaGeometry {
  const options = { input: request.input, swapXY: false, ...(request.crs === undefined ? {} : { crs: request.crs }), ...(request.table === undefined ? {} : { table: request.table }) };
  const source = openSource(options, null);
  const crs = sourceCrs(options, source);
  const input = basename(request.input);
  const parts: PolygonGeometry[] = [];
  for (const feature of featureParts(source.features as Iterable<SourceFeature>, 'plots')) {
    if (feature.geometry === null) continue;
    const type = feature.geometry.type === 'Unsupported' ? feature.geometry.what : feature.geometry.type;
    if (feature.geometry.type !== 'Polygon' && feature.geometry.type !== 'MultiPolygon') {
      throw new RefusedError('park.boundary.notArea', { input, feature: feature.label, type });
    }
    const outcome = repairPolygon(feature.geometry, crs, ANYWHERE);
    if (!outcome.ok) throw new RefusedError('park.boundary.rejected', { input, feature: feature.label, reason: outcome.reason });
    parts.push(outcome.geometry);
  }
  const [only, ...more] = parts;
  if (only === undefined) throw new RefusedError('park.boundary.noFeatures', { input });
  return more.length === 0 ? only : { type: 'MultiPolygon', coordinates: parts.map((part) => part.coordinates) };
}
