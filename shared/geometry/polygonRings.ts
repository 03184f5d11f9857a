import type { LinearRing, PolygonGeometry, Position } from '../domain/geometry';
import type { LocalFrame, XY } from './localFrame';
import { signedArea2 } from './planarSegments';

/*
 * The editing operations work on open rings (no repeated last position) wound so that the plot's
 * interior lies on the left of every edge: the outer ring counter-clockwise, holes clockwise. Plots
 * arrive wound either way (RFC 7946 asks for this winding, older files and other tools do not).
 */

/** The ring without its repeated closing position, and without consecutive repeated positions. */
export function openRing(ring: LinearRing): Position[] {
  const open: Position[] = [];
  for (const position of ring) {
    const last = open[open.length - 1];
    if (last === undefined || last[0] !== position[0] || last[1] !== position[1]) open.push(position);
  }
  const first = open[0];
  const last = open[open.length - 1];
  if (open.length > 1 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]) open.pop();
  return open;
}

/** The polygon's rings, open and wound with the interior on the left in the frame. */
export function ringsInteriorLeft(polygon: PolygonGeometry, frame: LocalFrame): Position[][] {
  return polygon.coordinates.map((ring, index) => {
    const open = openRing(ring);
    const area = signedArea2(open.map((position) => frame.toXY(position)));
    const wantCounterClockwise = index === 0;
    return area > 0 === wantCounterClockwise ? open : open.reverse();
  });
}

/** The same rings as points in the frame. */
export function ringsXY(rings: readonly (readonly Position[])[], frame: LocalFrame): XY[][] {
  return rings.map((ring) => ring.map((position) => frame.toXY(position)));
}

/** Every position of the polygon, for framing. */
export function* polygonPositions(...polygons: readonly PolygonGeometry[]): Iterable<Position> {
  for (const polygon of polygons) for (const ring of polygon.coordinates) yield* ring;
}
