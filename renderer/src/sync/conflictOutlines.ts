import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { SyncConflictValue, SyncConflictView } from '../../../shared/contract/syncChannels';
import type { DomainGeometry } from '../../../shared/domain/geometry';
import { geometryBounds, type Bounds } from '../../../shared/geometry/geometryBounds';

/*
 * The conflicts panel's own layer: both outlines of a conflict under review, this copy's and the
 * server's, in two colours that are not status colours, so neither is taken for a plot of the plan. It owns
 * one source and its layers and removes them all when the panel closes.
 */

export const CONFLICT_SOURCE = 'sync-conflict';
const FILL = `${CONFLICT_SOURCE}-fill`;
const LINE = `${CONFLICT_SOURCE}-line`;
/** Blue: this copy's outline («моё»). */
export const MINE_COLOR = '#1459d9';
/** Magenta: the server's outline («их»). */
export const THEIRS_COLOR = '#d0168f';

const isGeometry = (value: SyncConflictValue): value is DomainGeometry =>
  value !== null && typeof value === 'object' && 'type' in value && 'coordinates' in value;

/** The outline on one side: the field's value for a geometry conflict, the row's `geom` for a whole row. */
export function sideOutline(conflict: SyncConflictView, side: 'mine' | 'theirs'): DomainGeometry | null {
  const value = conflict[side];
  if (isGeometry(value)) return value;
  if (conflict.field === null && value !== null && typeof value === 'object') {
    const geom = (value as Readonly<Record<string, SyncConflictValue>>)['geom'] ?? null;
    return isGeometry(geom) ? geom : null;
  }
  return null;
}

export const hasOutline = (conflict: SyncConflictView): boolean => sideOutline(conflict, 'mine') !== null || sideOutline(conflict, 'theirs') !== null;

function outlineFeatures(conflict: SyncConflictView): GeoJSON.FeatureCollection {
  const features = (['mine', 'theirs'] as const).flatMap((side) => {
    const geometry = sideOutline(conflict, side);
    // MapLibre's GeoJSON types are mutable; the geometry is only read.
    return geometry === null ? [] : [{ type: 'Feature' as const, properties: { side }, geometry: geometry as unknown as GeoJSON.Geometry }];
  });
  return { type: 'FeatureCollection', features };
}

/** Draws (or replaces) a conflict's two outlines. */
export function showConflictOutlines(map: MapLibreMap, conflict: SyncConflictView): void {
  const data = outlineFeatures(conflict);
  const existing = map.getSource<GeoJSONSource>(CONFLICT_SOURCE);
  if (existing) {
    existing.setData(data);
    return;
  }
  const colour: ExpressionSpecification = ['match', ['get', 'side'], 'mine', MINE_COLOR, THEIRS_COLOR];
  map.addSource(CONFLICT_SOURCE, { type: 'geojson', data });
  map.addLayer({ id: FILL, type: 'fill', source: CONFLICT_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': colour, 'fill-opacity': 0.2 } });
  // Theirs dashed over mine solid: where the two coincide both stay visible.
  map.addLayer({ id: `${LINE}-mine`, type: 'line', source: CONFLICT_SOURCE, filter: ['==', ['get', 'side'], 'mine'], paint: { 'line-color': MINE_COLOR, 'line-width': 3 } });
  map.addLayer({ id: LINE, type: 'line', source: CONFLICT_SOURCE, filter: ['==', ['get', 'side'], 'theirs'], paint: { 'line-color': THEIRS_COLOR, 'line-width': 3, 'line-dasharray': [2, 1.5] } });
}

/** Removes the outlines; safe to call when there are none or the map is gone. */
export function clearConflictOutlines(map: MapLibreMap): void {
  if (!map.style) return;
  for (const layer of [LINE, `${LINE}-mine`, FILL]) if (map.getLayer(layer)) map.removeLayer(layer);
  if (map.getSource(CONFLICT_SOURCE)) map.removeSource(CONFLICT_SOURCE);
}

/** Both outlines' bounding box, to fly the map to them; null when neither side has one. */
export const conflictBounds = (conflict: SyncConflictView): Bounds | null =>
  geometryBounds((['mine', 'theirs'] as const).flatMap((side) => sideOutline(conflict, side) ?? []));
