import { MAP_ORIENTATIONS, MAP_PAPERS, type MapOrientation, type MapPaper } from '../../../../shared/contract/mapSheetLimits';

/*
 * Paper sheets the allocation maps print on (ISO 216 A series) and the one unit the drawing uses:
 * PostScript points, 72 to the inch, which both PDF and our SVG viewBox speak. The lists of sheets and
 * orientations are the contract's, so the export dialog, the CLI and the drawing offer the same ones.
 */

export type PaperSize = MapPaper;
export type Orientation = MapOrientation;

/** Portrait width × height in millimetres. */
const SHEET_MM = {
  A4: [210, 297],
  A3: [297, 420],
  A2: [420, 594],
  A1: [594, 841],
  A0: [841, 1189],
} as const satisfies Record<PaperSize, readonly [number, number]>;

export const PT_PER_MM = 72 / 25.4;

/** Millimetres on paper → points. */
export const mmToPt = (mm: number): number => mm * PT_PER_MM;

export interface SheetSize {
  readonly widthMm: number;
  readonly heightMm: number;
  readonly widthPt: number;
  readonly heightPt: number;
}

/**
 * The sheet in millimetres and points, turned for the orientation.
 *
 * @example
 * sheetSize('A1', 'landscape'); // { widthMm: 841, heightMm: 594, widthPt: ≈ 2383.9, heightPt: ≈ 1683.8 }
 */
export function sheetSize(paper: PaperSize, orientation: Orientation): SheetSize {
  const [short, long] = SHEET_MM[paper];
  const [widthMm, heightMm] = orientation === 'portrait' ? [short, long] : [long, short];
  return { widthMm, heightMm, widthPt: mmToPt(widthMm), heightPt: mmToPt(heightMm) };
}

export const isPaperSize = (value: string): value is PaperSize => (MAP_PAPERS as readonly string[]).includes(value);
export const isOrientation = (value: string): value is Orientation => (MAP_ORIENTATIONS as readonly string[]).includes(value);
