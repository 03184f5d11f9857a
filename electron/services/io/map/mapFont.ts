import PDFDocument from 'pdfkit';
import { assetPath } from '../../../app/assetPath';

/*
 * One typeface for every word on the sheet: DejaVu Sans (assets/fonts, its licence beside it) carries
 * Cyrillic, and the PDF embeds a subset of it so the names print and can be copied out anywhere.
 * Layout measures text with the very font the PDF writes, so a label sized to fit a plot does fit.
 */

export const MAP_FONT_FAMILY = 'DejaVu Sans';
export const mapFontPath = (): string => assetPath('fonts/DejaVuSans.ttf');

export interface TextMeasure {
  /** Advance width in points of `text` at `size` points. */
  width(text: string, size: number): number;
}

let measuringDocument: PDFKit.PDFDocument | null = null;
const unitWidths = new Map<string, number>();

/**
 * Text widths in DejaVu Sans, measured by pdfkit's own font metrics (a document that is never written).
 *
 * @example
 * textMeasure().width('Участок П-01', 10); // ≈ 66 pt
 */
export function textMeasure(): TextMeasure {
  if (measuringDocument === null) {
    // The font as the document's default spares pdfkit loading Helvetica's metrics, which we never use.
    measuringDocument = new PDFDocument({ autoFirstPage: false, font: mapFontPath() });
  }
  const document = measuringDocument;
  // Advance widths scale linearly with size: measure each string once, at 1 pt.
  return {
    width(text, size) {
      let unit = unitWidths.get(text);
      if (unit === undefined) {
        unit = document.fontSize(1).widthOfString(text);
        unitWidths.set(text, unit);
      }
      return unit * size;
    },
  };
}
