import type { ExportPreviewRequest } from '../../../../shared/contract/exchangeRequests';
import type { ExportPreview } from '../../../../shared/contract/exchangeViews';
import { allocationMapDrawing } from '../map/allocationMapDrawing';
import { resolveMapOptions } from '../map/allocationMapOptions';
import { textMeasure } from '../map/mapFont';
import { PT_PER_MM } from '../map/paperSizes';
import { pixelSizeAt } from '../map/pngWriter';
import { pageToSvg } from '../map/svgWriter';
import { NotFoundError } from '../../refusals/notFoundError';
import type { ProjectSnapshot } from '../../project/projectSnapshot';

/**
 * Page 1 of the allocation map as SVG, drawn by the same code as the SVG file export from the same
 * choices, so what the planner previews is what is saved. With a dpi it also says the PNG's pixel size,
 * refusing (as the export would) a sheet too large to render.
 *
 * @example
 * previewAllocationMap(snapshot, { parkId, paper: 'A3', orientation: 'landscape', scale: 'fit', legendBy: 'status', atlas: false, grid: true, author: 'ОКС' }, '2026-06-15');
 */
export function previewAllocationMap(snapshot: ProjectSnapshot, request: ExportPreviewRequest, today: string): ExportPreview {
  const park = snapshot.parks.find((candidate) => candidate.id === request.parkId);
  if (park === undefined) throw new NotFoundError('notFound.park', { id: request.parkId });
  const options = resolveMapOptions(
    {
      format: 'svg',
      parkId: park.id,
      paper: request.paper,
      orientation: request.orientation,
      scale: request.scale,
      legendBy: request.legendBy,
      atlas: request.atlas,
      grid: request.grid,
      parcels: request.parcels,
      title: request.title,
      author: request.author,
      dpi: request.dpi,
      date: request.date ?? today,
    },
    today,
    snapshot.settings.preparedBy,
  );
  const drawing = allocationMapDrawing(snapshot, options, textMeasure());
  const first = drawing.pages[0];
  if (first === undefined) throw new Error('The allocation map has no page');
  const pixels = request.dpi === undefined ? undefined : pixelSizeAt(first.widthPt / PT_PER_MM, first.heightPt / PT_PER_MM, request.dpi);
  return {
    svg: pageToSvg(first, drawing.title),
    pageCount: drawing.pages.length,
    scale: drawing.scale,
    ...(pixels === undefined ? {} : { pixels }),
    ...(drawing.cutOff === null ? {} : { cutOff: drawing.cutOff }),
  };
}
