import { extname } from 'node:path';
import { isoDate } from '../../../../shared/park/activeAllocation';
import { writeFileAtomic } from '../export/atomicOutput';
import { writeFilesAtomic } from '../export/atomicOutput';
import type { ProjectSnapshot } from '../../project/projectSnapshot';
import type { ProjectStore } from '../../../store/project';
import type { UnderlayTiles } from '../../underlays/underlayTiles';
import { allocationMapDrawing, documentProjection } from './allocationMapDrawing';
import { resolveMapOptions, type AllocationMapOptions } from './allocationMapOptions';
import { textMeasure } from './mapFont';
import { PT_PER_MM } from './paperSizes';
import { drawingToPdf } from './pdfWriter';
import { pixelSizeAt, svgToPng } from './pngWriter';
import { sheetUnderlays } from './sheetUnderlays';
import { pageToSvg } from './svgWriter';

/*
 * The one entry point desktop, web mode and the CLI share: the same snapshot and options give the
 * same file. A PDF holds every page; SVG and PNG are one page per file, so the pages after the first
 * (atlas sheets, table continuations) go beside it as NAME-2.svg, NAME-3.svg…, written as one set.
 */

export interface AllocationMapResult {
  /** Files written, the first being `outFile`. */
  readonly files: readonly string[];
  readonly pageCount: number;
  /** The scale denominator the map was drawn at (chosen when the options said fit). */
  readonly scale: number;
  /** Set when the fixed scale cuts the park off at the map frame: the round scale that would fit it. */
  readonly cutOff: { readonly fittingScale: number } | null;
  /** Underlays asked for that could not be drawn, one English line each. */
  readonly underlayWarnings: readonly string[];
}

/** Where the underlays come from when the options ask for them: the open project and its tile sources. */
export interface MapUnderlaySource {
  readonly store: ProjectStore;
  readonly tiles: UnderlayTiles;
}

const pageFile = (outFile: string, index: number): string => {
  if (index === 0) return outFile;
  const extension = extname(outFile);
  return `${outFile.slice(0, outFile.length - extension.length)}-${index + 1}${extension}`;
};

/**
 * Draws the park's allocation map and writes it to `outFile` atomically.
 *
 * @example
 * await exportAllocationMap(snapshot, { format: 'pdf', parkId, paper: 'A1', orientation: 'landscape', scale: 2000 }, 'ryazansky.pdf');
 */
export async function exportAllocationMap(snapshot: ProjectSnapshot, options: AllocationMapOptions, outFile: string, underlaySource?: MapUnderlaySource): Promise<AllocationMapResult> {
  const now = new Date();
  const resolved = resolveMapOptions(options, isoDate(now), snapshot.settings.preparedBy);
  const underlays = resolved.underlays && underlaySource !== undefined
    ? await sheetUnderlays(underlaySource.store, underlaySource.tiles, documentProjection(snapshot, resolved), resolved.dpi)
    : { shape: null, warnings: [] };
  const drawing = allocationMapDrawing(snapshot, resolved, textMeasure(), underlays.shape);
  const { scale, cutOff } = drawing;
  const underlayWarnings = underlays.warnings;
  if (resolved.format === 'pdf') {
    writeFileAtomic(outFile, await drawingToPdf(drawing, now));
    return { files: [outFile], pageCount: drawing.pages.length, scale, cutOff, underlayWarnings };
  }
  const files = drawing.pages.map((page, index) => {
    const pixels = resolved.format === 'png' ? pixelSizeAt(page.widthPt / PT_PER_MM, page.heightPt / PT_PER_MM, resolved.dpi) : undefined;
    const svg = pageToSvg(page, drawing.title, pixels);
    return { path: pageFile(outFile, index), data: pixels === undefined ? svg : svgToPng(svg) };
  });
  // All sheets or none: a failed render leaves no half set of files behind.
  writeFilesAtomic(files);
  return { files: files.map((file) => file.path), pageCount: drawing.pages.length, scale, cutOff, underlayWarnings };
}

