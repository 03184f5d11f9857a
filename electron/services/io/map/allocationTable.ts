import { formatNumber } from '../../../../shared/format/measure';
import { group, rectPath, type Rect, type Shape } from './drawing';
import type { TextMeasure } from './mapFont';
import { KIND_ABBREVIATIONS, MAP_WORDS } from './mapWords';
import { fitText, textAt } from './panelBlock';
import type { SheetPlot } from './parkSheetData';

/*
 * The allocation table (ведомость): plot, resident, area, kind of right, agreement, one row per plot
 * held today. It fills the room left in the panel and runs on over further sheets, the header
 * repeated on each, so no row is ever dropped to make the map fit.
 */

const NUMERIC_COLUMN = 2;
/** The resident's name takes whatever the other columns leave, but never less than this share. */
const RESIDENT_COLUMN = 1;
const RESIDENT_MIN_SHARE = 0.25;

/**
 * Column edges: every column but the resident's as wide as its widest cell (header included), the
 * resident's name the rest; when that rest is too narrow, the other columns give way in proportion.
 */
function columnEdges(rows: readonly (readonly string[])[], x: number, width: number, fontSize: number, pad: number, measure: TextMeasure): number[] {
  const natural = MAP_WORDS.columns.map((header, column) =>
    // Half a point of slack: edges summed in floating point must not cut a cell that fits exactly.
    Math.max(measure.width(header, fontSize), ...rows.map((row) => measure.width(row[column] ?? '', fontSize))) + 2 * pad + 0.5,
  );
  const fixed = natural.reduce((sum, w, column) => (column === RESIDENT_COLUMN ? sum : sum + w), 0);
  const squeeze = Math.min(1, (width * (1 - RESIDENT_MIN_SHARE)) / fixed);
  const widths = natural.map((w, column) => (column === RESIDENT_COLUMN ? 0 : w * squeeze));
  widths[RESIDENT_COLUMN] = width - fixed * squeeze;
  return widths.reduce<number[]>((edges, w) => [...edges, (edges.at(-1) ?? x) + w], [x]);
}

/** The table's rows: the cells of each held plot, in plot-code order. */
export function allocationRows(plots: readonly SheetPlot[]): string[][] {
  return plots.flatMap(({ plot, areaHa, allocation, resident }) =>
    allocation === null ? [] : [[plot.code, resident?.name ?? '—', formatNumber(areaHa, 'ru', 4), KIND_ABBREVIATIONS[allocation.kind], allocation.agreementNo || '—']],
  );
}

export interface TableRegion {
  readonly rect: Rect;
  readonly title: string;
}

/** How many rows a region holds under its title and header. */
export function rowsThatFit(rect: Rect, fontSize: number): number {
  const rowHeight = fontSize * 1.6;
  return Math.max(0, Math.floor((rect.height - fontSize * 2.4 - rowHeight) / rowHeight));
}

/** One region of the table: its title, the header and `rows`, drawn from the region's top. */
export function tableSection(region: TableRegion, rows: readonly (readonly string[])[], fontSize: number, measure: TextMeasure): Shape {
  const { rect } = region;
  const rowHeight = fontSize * 1.6;
  const pad = fontSize * 0.4;
  const shapes: Shape[] = [textAt(region.title, rect.x, rect.y + fontSize * 1.3, fontSize * 1.15)];
  const edges = columnEdges(rows, rect.x, rect.width, fontSize, pad, measure);
  const drawRow = (cells: readonly string[], top: number, header: boolean): void => {
    shapes.push(rectPath({ x: rect.x, y: top, width: rect.width, height: rowHeight }, { fill: header ? '#e8e8e4' : '#ffffff', stroke: '#8a8a8a', strokeWidth: 0.4 }));
    cells.forEach((cell, column) => {
      const left = edges[column] ?? rect.x;
      const right = edges[column + 1] ?? rect.x + rect.width;
      const text = fitText(cell, fontSize, right - left - 2 * pad, measure);
      const baseline = top + rowHeight * 0.7;
      shapes.push(column === NUMERIC_COLUMN && !header ? textAt(text, right - pad, baseline, fontSize, 'end') : textAt(text, left + pad, baseline, fontSize));
    });
  };
  let top = rect.y + fontSize * 2.4;
  drawRow(MAP_WORDS.columns, top, true);
  for (const row of rows) {
    top += rowHeight;
    drawRow(row, top, false);
  }
  return group('allocation-table', shapes, { data: { rows: rows.length } });
}

/**
 * The table split over regions: the first (the panel's free room, when it holds a few rows) and then
 * as many continuation regions as the rest needs. Returns one section per region used.
 *
 * @example
 * splitTable(rows, panelRoom, pageRoom, 10, measure).length; // 1 when the panel holds every row
 */
export function splitTable(
  rows: readonly (readonly string[])[],
  first: Rect | null,
  continuation: Rect,
  fontSize: number,
  measure: TextMeasure,
): { readonly inPanel: Shape | null; readonly continued: readonly Shape[] } {
  let rest = rows;
  let inPanel: Shape | null = null;
  if (first !== null && rowsThatFit(first, fontSize) >= Math.min(3, rows.length) && rows.length > 0) {
    const count = rowsThatFit(first, fontSize);
    inPanel = tableSection({ rect: first, title: MAP_WORDS.table }, rest.slice(0, count), fontSize, measure);
    rest = rest.slice(count);
  }
  const perPage = Math.max(1, rowsThatFit(continuation, fontSize));
  const continued: Shape[] = [];
  for (let start = 0; start < rest.length; start += perPage) {
    const title = inPanel === null && start === 0 ? MAP_WORDS.table : MAP_WORDS.tableContinued;
    continued.push(tableSection({ rect: continuation, title }, rest.slice(start, start + perPage), fontSize, measure));
  }
  return { inPanel, continued };
}
