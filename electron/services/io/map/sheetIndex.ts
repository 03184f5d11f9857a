import type { Position } from '../../../../shared/domain/geometry';
import { insideRings } from '../../../../shared/geometry/planarSegments';
import { group, type PagePoint, type Rect, type Shape, type TextShape } from './drawing';
import { createPaperProjection, type PaperProjection } from './paperProjection';
import { boundaryPositions, type ParkSheetData } from './parkSheetData';

/*
 * A park too large for one sheet at the chosen scale is cut into a series of sheets, each the map frame
 * at that scale, laid over the park's extent overlapping by a tenth, so a plot label near one sheet's
 * edge is whole on its neighbour; only sheets touching the park are drawn. The key map (sheet index)
 * shows the whole park with the sheets outlined and numbered.
 */

/** The share of a sheet's frame its neighbour also shows. */
const OVERLAP = 0.1;

export interface IndexSheet {
  /** 1, 2, … row by row from the north-west. */
  readonly number: number;
  /** Where the sheet's map is centred on the ground. */
  readonly centre: Position;
  /** The sheet's map frame on the ground, corners clockwise from the north-west. */
  readonly corners: readonly Position[];
}

/**
 * The sheets of the park at 1:`scale` in `frame`, or one sheet when the park fits.
 *
 * @example
 * parkSheets(data, layout.mapFrame, 1000).length; // 6 for «Рязанский» on A3 landscape
 */
export function parkSheets(data: ParkSheetData, frame: Rect, scale: number): IndexSheet[] {
  const positions = boundaryPositions(data.park);
  const probe = createPaperProjection(positions[0] ?? [0, 0], scale, frame);
  const points = positions.map((position) => probe.toPage(position));
  const polygons = data.park.boundary.type === 'Polygon' ? [data.park.boundary.coordinates] : data.park.boundary.coordinates;
  const rings = polygons.flatMap((polygon) => polygon.map((ring) => ring.map((position) => probe.toPage(position))));
  const minX = Math.min(...points.map((p) => p[0]));
  const maxX = Math.max(...points.map((p) => p[0]));
  const minY = Math.min(...points.map((p) => p[1]));
  const maxY = Math.max(...points.map((p) => p[1]));
  const stepX = frame.width * (1 - OVERLAP);
  const stepY = frame.height * (1 - OVERLAP);
  const columns = Math.max(1, Math.ceil((maxX - minX - frame.width) / stepX) + 1);
  const rows = Math.max(1, Math.ceil((maxY - minY - frame.height) / stepY) + 1);
  // The series is centred on the park, so the spare room is shared on both sides.
  const left = (minX + maxX) / 2 - ((columns - 1) * stepX + frame.width) / 2;
  const top = (minY + maxY) / 2 - ((rows - 1) * stepY + frame.height) / 2;
  const sheets: IndexSheet[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const x0 = left + column * stepX;
      const y0 = top + row * stepY;
      const cell: PagePoint[] = [[x0, y0], [x0 + frame.width, y0], [x0 + frame.width, y0 + frame.height], [x0, y0 + frame.height]];
      const touches =
        points.some(([x, y]) => x >= x0 && x <= x0 + frame.width && y >= y0 && y <= y0 + frame.height) ||
        cell.some((corner) => insideRings(corner, rings));
      if (!touches) continue;
      sheets.push({
        number: sheets.length + 1,
        centre: probe.toPosition([x0 + frame.width / 2, y0 + frame.height / 2]),
        corners: cell.map((corner) => probe.toPosition(corner)),
      });
    }
  }
  return sheets;
}

/**
 * The sheets outlined and numbered over a map drawn with `projection` (the key map's).
 *
 * @example
 * sheetIndexOverlay(parkSheets(data, frame, 1000), keyMapProjection, fontSize);
 */
export function sheetIndexOverlay(sheets: readonly IndexSheet[], projection: PaperProjection, fontSize: number): Shape {
  const shapes: Shape[] = sheets.flatMap((sheet): Shape[] => {
    const outline = sheet.corners.map((corner) => projection.toPage(corner));
    const [cx, cy] = projection.toPage(sheet.centre);
    // The number fits well inside its sheet, however many sheets the key map holds.
    const height = Math.abs((outline[2]?.[1] ?? 0) - (outline[0]?.[1] ?? 0));
    const size = Math.min(fontSize * 2.6, height * 0.35);
    const label: TextShape = { kind: 'text', text: String(sheet.number), x: cx, y: cy + size * 0.35, size, anchor: 'middle', color: '#d1242f', halo: 2 };
    return [{ kind: 'path', parts: [outline], closed: true, paint: { stroke: '#d1242f', strokeWidth: 1.4 } }, label];
  });
  return group('sheet-index', shapes, { clip: projection.frame, data: { sheets: sheets.length } });
}
