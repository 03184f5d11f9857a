import type { Rect } from './drawing';
import { mmToPt, sheetSize, type Orientation, type PaperSize } from './paperSizes';

/*
 * Where things go on a sheet. Landscape: the map frame on the left and one panel column on the right
 * (the usual place for a plan's title block) holding, top to bottom, the legend, north arrow and
 * scale bar, the table and the title block. Portrait: the map above, and below it two columns, the
 * legend and scale bar on the left, the table and title block on the right. Type grows with the
 * sheet, so an A0 on a wall reads like an A4 in the hand.
 */

export interface SheetLayout {
  readonly paper: PaperSize;
  readonly orientation: Orientation;
  readonly widthPt: number;
  readonly heightPt: number;
  readonly mapFrame: Rect;
  /** Legend, north arrow and scale bar, from its top. */
  readonly legendPanel: Rect;
  /** Table room and the title block at its foot; in landscape the same column as the legend, below it. */
  readonly infoPanel: Rect;
  /** The sheet inside its margins: continuation pages of the table use all of it. */
  readonly inner: Rect;
  /** Body text size in points. */
  readonly fontSize: number;
}

const TYPE = {
  A4: { fontSize: 6.5, panelMm: 72 },
  A3: { fontSize: 7.5, panelMm: 92 },
  A2: { fontSize: 8.5, panelMm: 112 },
  A1: { fontSize: 10, panelMm: 140 },
  A0: { fontSize: 12, panelMm: 170 },
} as const satisfies Record<PaperSize, { fontSize: number; panelMm: number }>;

const MARGIN_MM = 10;
const GAP_MM = 5;
/** Share of a portrait sheet's height given to the band under the map. */
const PORTRAIT_BAND = 0.36;

/**
 * The layout of one sheet.
 *
 * @example
 * sheetLayout('A1', 'landscape').mapFrame.width; // ≈ 1842 pt: the sheet less margins, gap and a 140 mm panel
 */
export function sheetLayout(paper: PaperSize, orientation: Orientation): SheetLayout {
  const { widthPt, heightPt } = sheetSize(paper, orientation);
  const margin = mmToPt(MARGIN_MM);
  const gap = mmToPt(GAP_MM);
  const inner = { x: margin, y: margin, width: widthPt - 2 * margin, height: heightPt - 2 * margin };
  const base = { paper, orientation, widthPt, heightPt, inner, fontSize: TYPE[paper].fontSize };
  if (orientation === 'landscape') {
    const panelWidth = mmToPt(TYPE[paper].panelMm);
    const mapFrame = { x: margin, y: margin, width: inner.width - panelWidth - gap, height: inner.height };
    const panel = { x: mapFrame.x + mapFrame.width + gap, y: margin, width: panelWidth, height: inner.height };
    return { ...base, mapFrame, legendPanel: panel, infoPanel: panel };
  }
  const bandHeight = inner.height * PORTRAIT_BAND;
  const mapFrame = { x: margin, y: margin, width: inner.width, height: inner.height - bandHeight - gap };
  const bandTop = mapFrame.y + mapFrame.height + gap;
  const columnWidth = (inner.width - gap) / 2;
  return {
    ...base,
    mapFrame,
    legendPanel: { x: margin, y: bandTop, width: columnWidth, height: bandHeight },
    infoPanel: { x: margin + columnWidth + gap, y: bandTop, width: columnWidth, height: bandHeight },
  };
}
