import type { PolygonGeometry } from '../domain/geometry';
import { overlayPolygons } from '../geometry/polygonOverlay';

/*
 * "Avoid overlaps": a plot being drawn or edited gives way to the plots already there. Its vertices
 * within 1 mm of a neighbour's vertex or edge are moved onto it, so the new boundary follows the
 * neighbour's edge exactly, and whatever lies inside a neighbour is cut away.
 */

function boxesOverlap(a: PolygonGeometry, b: PolygonGeometry): boolean {
  const box = (plot: PolygonGeometry): [number, number, number, number] => {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const [x, y] of plot.coordinates[0] ?? []) {
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
    return [minX, minY, maxX, maxY];
  };
  const [ax0, ay0, ax1, ay1] = box(a);
  const [bx0, by0, bx1, by1] = box(b);
  const slack = 1e-7; // ~1 cm in degrees: near-touching neighbours still snap
  return ax0 <= bx1 + slack && bx0 <= ax1 + slack && ay0 <= by1 + slack && by0 <= ay1 + slack;
}

/**
 * The plot minus its neighbours: no pieces when the neighbours cover it, several when they cut it
 * apart (the caller chooses, usually the largest). Neighbours are taken as they are, never changed.
 *
 * @example
 * clipAgainstNeighbours(drawnPlot, [westNeighbour, northNeighbour]); // → [drawnPlot without the overlaps]
 */
export function clipAgainstNeighbours(plot: PolygonGeometry, neighbours: readonly PolygonGeometry[]): PolygonGeometry[] {
  let pieces = [plot];
  for (const neighbour of neighbours) {
    pieces = pieces.flatMap((piece) => (boxesOverlap(piece, neighbour) ? overlayPolygons(piece, neighbour, 'difference', 'b').polygons : [piece]));
  }
  return pieces;
}
