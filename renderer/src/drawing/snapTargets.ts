import type { MapLayers } from '../../../shared/contract/views';
import type { DomainGeometry, Position } from '../../../shared/domain/geometry';
import type { ParkId } from '../../../shared/domain/ids';
import type { SnapFeature, SnapIndex } from '../../../shared/geometry/snapIndex';
import type { SnapIndexSet } from '../../../shared/geometry/snapIndexSet';
import { snapPosition } from '../../../shared/geometry/snapPosition';
import { withoutRepeats } from './sketchFigures';

/** A snap target's id says what it is, so the plot being edited can be left out. */
export type SnapTargetId = `plot:${number}` | `park:${number}` | `spur:${number}` | `line:${number}`;

/** Snapping reaches this far on screen, as in QGIS's default. */
export const SNAP_TOLERANCE_PX = 10;

/** The map layers a drawing snaps to. */
export const SNAP_LAYERS = ['parks', 'plots', 'railSpurs', 'utilityLines'] as const;
export type SnapLayer = (typeof SNAP_LAYERS)[number];
/** What snapping reads of a feature of any of those layers (a park's id is its own park). */
interface SnapLayerFeature {
  readonly geometry: DomainGeometry;
  readonly properties: { readonly id: number; readonly parkId?: ParkId };
}

const PREFIX = { parks: 'park', plots: 'plot', railSpurs: 'spur', utilityLines: 'line' } as const satisfies Record<SnapLayer, string>;

/** The snap target id of feature `id` of `layer`. */
export const snapTargetId = (layer: SnapLayer, id: number): SnapTargetId => `${PREFIX[layer]}:${id}`;

/** The park a feature of `layer` belongs to. */
export function parkOfFeature(layer: SnapLayer, feature: SnapLayerFeature): ParkId | undefined {
  return layer === 'parks' ? (feature.properties.id as ParkId) : feature.properties.parkId;
}

/** The features of `layer` in park `parkId` (every park when null) as snap targets. */
export function snapTargetsOf(layer: SnapLayer, features: readonly SnapLayerFeature[], parkId: ParkId | null): SnapFeature<SnapTargetId>[] {
  const targets: SnapFeature<SnapTargetId>[] = [];
  for (const feature of features) {
    if (parkId === null || parkOfFeature(layer, feature) === parkId) targets.push({ id: snapTargetId(layer, feature.properties.id), geometry: feature.geometry });
  }
  return targets;
}

/** Everything of one park a drawing can snap to: its plots, its boundary, its rail spurs and utility lines. */
export function snapFeatures(layers: MapLayers, parkId: ParkId | null): SnapFeature<SnapTargetId>[] {
  return SNAP_LAYERS.flatMap((layer) => snapTargetsOf(layer, layers[layer].features, parkId));
}

/**
 * Metres per CSS pixel of a Web Mercator map at a latitude and zoom (512-px tiles, as MapLibre uses).
 *
 * @example
 * metresPerPixel(54.7, 16); // ≈ 0.69
 */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (40075016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** Within a millimetre a drawn vertex is taken to be the snap target it was put on. */
const EXACT_TOLERANCE_M = 0.001;

/**
 * The drawing tool rounds coordinates to 1e-9° (0.1 mm); put each vertex that lies on a neighbour's
 * vertex back on it bit for bit (and one on an edge back on the edge), so shared corners stay shared.
 * Repeated consecutive vertices are dropped.
 *
 * @example
 * exactVertices([[39.600123457, 54.6], …], index); // → [[39.60012345678901, 54.6], …]
 */
export function exactVertices(vertices: readonly Position[], index: SnapIndex<SnapTargetId> | SnapIndexSet<SnapTargetId>): Position[] {
  return withoutRepeats(vertices.map((vertex) => snapPosition(vertex, index, 1, EXACT_TOLERANCE_M).position));
}

/** A closed ring from open vertices (first repeated at the end). */
export function closeRing(vertices: readonly Position[]): Position[] {
  const first = vertices[0];
  const last = vertices[vertices.length - 1];
  if (first === undefined || last === undefined) return [];
  return first[0] === last[0] && first[1] === last[1] ? [...vertices] : [...vertices, first];
}
