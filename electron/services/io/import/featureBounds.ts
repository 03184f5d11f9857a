import type { PolygonGeometry } from '../../../../shared/domain/geometry';
import { message, type Message } from '../../../../shared/messages/message';
import type { SourceGeometry } from './sourceFeature';

/*
 * How much work one feature may cost the import (issue 10, item 10). The checks after the repair project
 * a plot into the park's local frame and file it in a grid of 250 m cells, for overlaps among the file's
 * plots: a continent-sized polygon of four vertices would be tens of millions of cells — a 2 kB
 * shapefile ran the importer out of memory. So, before any of that work: at most MAX_FEATURE_VERTICES
 * vertices (counted as the file gives them, before anything is converted), a plot at most
 * MAX_PLOT_SPAN_KM across (at most 40 000 cells of the grid) and no larger than its park. A feature
 * over a bound is rejected, named like any other rejection, and the rest of the file goes on.
 */

export const MAX_FEATURE_VERTICES = 100_000;
export const MAX_PLOT_SPAN_KM = 50;

const KM_PER_DEGREE = 111.32;
const HECTARE = 10_000;

/** Counts the file's vertices of a geometry, stopping at `limit + 1`: a huge array is never walked to its end. */
function countVertices(coordinates: unknown, limit: number, depth: number): number {
  if (!Array.isArray(coordinates)) return 0;
  if (depth === 0) return coordinates.length;
  let count = 0;
  for (const part of coordinates) {
    count += countVertices(part, limit - count, depth - 1);
    if (count > limit) break;
  }
  return count;
}

const NESTING = { Point: -1, LineString: 0, MultiLineString: 1, Polygon: 1, MultiPolygon: 2 } as const;

/**
 * Why a feature has too many vertices to take, or null.
 *
 * @example
 * vertexBound({ type: 'Polygon', coordinates: [ringOf200000Vertices] }); // message('import.reject.tooManyVertices', …)
 */
export function vertexBound(geometry: SourceGeometry): Message | null {
  if (geometry.type === 'Unsupported' || geometry.type === 'Point') return null;
  const count = countVertices(geometry.coordinates, MAX_FEATURE_VERTICES, NESTING[geometry.type]);
  return count > MAX_FEATURE_VERTICES ? message('import.reject.tooManyVertices', { limit: MAX_FEATURE_VERTICES }) : null;
}

/**
 * Why a repaired plot outline (WGS84) is too large to be a plot of the park, or null: wider or taller
 * than MAX_PLOT_SPAN_KM, or of more area than the whole park (`parkAreaM2`, its geodesic area).
 */
export function plotSizeBound(outline: PolygonGeometry, areaM2: () => number, parkAreaM2: number): Message | null {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const [lon, lat] of outline.coordinates[0] ?? []) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const heightKm = (north - south) * KM_PER_DEGREE;
  const widthKm = (east - west) * KM_PER_DEGREE * Math.cos((((north + south) / 2) * Math.PI) / 180);
  if (widthKm > MAX_PLOT_SPAN_KM || heightKm > MAX_PLOT_SPAN_KM) {
    return message('import.reject.spanTooLarge', { widthKm: Math.round(widthKm), heightKm: Math.round(heightKm), limitKm: MAX_PLOT_SPAN_KM });
  }
  const area = areaM2();
  if (parkAreaM2 > 0 && area > parkAreaM2) return message('import.reject.largerThanPark', { areaHa: Math.round(area / HECTARE), parkHa: Math.round(parkAreaM2 / HECTARE) });
  return null;
}
