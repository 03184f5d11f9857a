import Flatbush from 'flatbush';
import type { DomainGeometry, Position } from '../domain/geometry';
import { type LocalFrame, localFrameAround } from './localFrame';

/*
 * What a drawing tool snaps to (plots, the park boundary, rail spurs, utility lines), indexed once
 * when the layer loads: two static packed R-trees (Flatbush), one over the vertices and one over the
 * edges, in one local metric frame so that tolerances are in metres and a point snapped onto an edge
 * lies on the edge geodesicArea measures. An edit does not rebuild it: see snapIndexSet.ts.
 */

export interface SnapFeature<Id> {
  readonly id: Id;
  readonly geometry: DomainGeometry;
}

export interface SnapIndex<Id> {
  readonly frame: LocalFrame;
  readonly featureIds: readonly Id[];
  /** Vertex k: its exact position, its frame coordinates and its feature (index into featureIds). */
  readonly vertexPositions: readonly Position[];
  readonly vertexX: Float64Array;
  readonly vertexY: Float64Array;
  readonly vertexFeature: Uint32Array;
  readonly vertices: Flatbush;
  /** Edge k runs from vertex edgeFrom[k] to vertex edgeFrom[k] + 1. */
  readonly edgeFrom: Uint32Array;
  readonly edges: Flatbush;
}

function linesOf(geometry: DomainGeometry): readonly (readonly Position[])[] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
  }
}

/**
 * Builds the index over all features, O(n log n): build it when a layer loads, not per query. `frame`
 * puts it in another index's frame, so that distances in the two compare (snapIndexSet's overlay).
 *
 * @example
 * const index = createSnapIndex([{ id: 'plot:12', geometry: plot.geometry }, { id: 'spur:1', geometry: spur.geometry }]);
 * snapPosition([39.6001, 54.6001], index, 10, 0.5); // snaps within 10 px at 0.5 m/px
 */
export function createSnapIndex<Id>(features: readonly SnapFeature<Id>[], frame?: LocalFrame): SnapIndex<Id> {
  frame ??= localFrameAround(
    (function* positions() {
      for (const feature of features) for (const line of linesOf(feature.geometry)) yield* line;
    })(),
  );
  const vertexPositions: Position[] = [];
  const vertexFeatureList: number[] = [];
  const edgeFromList: number[] = [];
  features.forEach((feature, featureIndex) => {
    for (const line of linesOf(feature.geometry)) {
      line.forEach((position, i) => {
        if (i > 0) edgeFromList.push(vertexPositions.length - 1);
        vertexPositions.push(position);
        vertexFeatureList.push(featureIndex);
      });
    }
  });
  const count = vertexPositions.length;
  const vertexX = new Float64Array(count);
  const vertexY = new Float64Array(count);
  const vertices = new Flatbush(Math.max(1, count));
  vertexPositions.forEach((position, k) => {
    const [x, y] = frame.toXY(position);
    vertexX[k] = x;
    vertexY[k] = y;
    vertices.add(x, y, x, y);
  });
  if (count === 0) vertices.add(0, 0, 0, 0);
  vertices.finish();
  const edgeFrom = Uint32Array.from(edgeFromList);
  const edges = new Flatbush(Math.max(1, edgeFrom.length));
  for (const k of edgeFrom) {
    const x0 = vertexX[k] as number;
    const y0 = vertexY[k] as number;
    const x1 = vertexX[k + 1] as number;
    const y1 = vertexY[k + 1] as number;
    edges.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
  }
  if (edgeFrom.length === 0) edges.add(0, 0, 0, 0);
  edges.finish();
  return {
    frame,
    featureIds: features.map((feature) => feature.id),
    vertexPositions,
    vertexX,
    vertexY,
    vertexFeature: Uint32Array.from(vertexFeatureList),
    vertices,
    edgeFrom,
    edges,
  };
}
