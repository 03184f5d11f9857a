import type { Position } from '../../../../shared/domain/geometry';
import { MAP_COLORS } from '../../../../shared/style/palette';
import { group, rectPath, type PagePoint, type Rect, type Shape } from './drawing';
import { createPaperProjection, exactFitScale, type PaperProjection } from './paperProjection';
import { boundaryPositions, type ParkSheetData, type SheetPlot } from './parkSheetData';

/*
 * The overview inset of an atlas page: the whole park small in the map frame's lower-left corner, the
 * page's plots filled, and the part of the park the page shows outlined, so a committee member sees
 * where in the park the resident's land lies.
 */

/** The inset's share of the map frame's width and height. */
const INSET_SHARE = 0.24;
const PAGE_EXTENT_COLOUR = '#d1242f';
const INSET_PLOT_COLOUR = '#0b4fd6';

function polygonsOfPark(data: ParkSheetData): readonly (readonly (readonly Position[])[])[] {
  return data.park.boundary.type === 'Polygon' ? [data.park.boundary.coordinates] : data.park.boundary.coordinates;
}

/** The inset's own projection: the park fitted into `rect` with a little room. */
function insetProjection(data: ParkSheetData, rect: Rect): PaperProjection {
  const positions = boundaryPositions(data.park);
  const probe = createPaperProjection(positions[0] ?? [0, 0], 1000, rect);
  const xs = positions.map((position) => probe.toPage(position));
  const [minX, maxX] = [Math.min(...xs.map((p) => p[0])), Math.max(...xs.map((p) => p[0]))];
  const [minY, maxY] = [Math.min(...xs.map((p) => p[1])), Math.max(...xs.map((p) => p[1]))];
  const centre = probe.toPosition([(minX + maxX) / 2, (minY + maxY) / 2]);
  const scale = exactFitScale((maxX - minX) / probe.ptPerMetre, (maxY - minY) / probe.ptPerMetre, rect) * 1.12;
  return createPaperProjection(centre, scale, rect);
}

/**
 * The inset for a page drawn with `page` (its projection) that stands for `plots`.
 *
 * @example
 * overviewInset(data, residentProjection, ownPlots); // a group 'overview-inset' in the frame's corner
 */
export function overviewInset(data: ParkSheetData, page: PaperProjection, plots: readonly SheetPlot[]): Shape {
  const frame = page.frame;
  const margin = Math.min(frame.width, frame.height) * 0.02;
  const rect: Rect = { x: frame.x + margin, y: frame.y + frame.height * (1 - INSET_SHARE) - margin, width: frame.width * INSET_SHARE, height: frame.height * INSET_SHARE };
  const inset = insetProjection(data, rect);
  const toInset = (ring: readonly Position[]): PagePoint[] => ring.slice(0, -1).map((position) => inset.toPage(position));
  const park = polygonsOfPark(data).flatMap((rings) => rings.map(toInset));
  // The page's map frame, brought back to the ground and then onto the inset.
  const corners: PagePoint[] = [[frame.x, frame.y], [frame.x + frame.width, frame.y], [frame.x + frame.width, frame.y + frame.height], [frame.x, frame.y + frame.height]];
  const extent = corners.map((corner) => inset.toPage(page.toPosition(corner)));
  return group(
    'overview-inset',
    [
      rectPath(rect, { fill: '#ffffff', stroke: '#1a1a1a', strokeWidth: 0.8 }),
      { kind: 'path', parts: park, closed: true, paint: { fill: MAP_COLORS.parkFill, stroke: MAP_COLORS.parkOutline, strokeWidth: 0.7 } },
      { kind: 'path', parts: plots.flatMap((plot) => plot.plot.geometry.coordinates.map(toInset)), closed: true, paint: { fill: INSET_PLOT_COLOUR } },
      { kind: 'path', parts: [extent], closed: true, paint: { stroke: PAGE_EXTENT_COLOUR, strokeWidth: 1.2 } },
    ],
    { clip: rect, data: { plots: plots.map((plot) => plot.plot.code).join(' ') } },
  );
}
