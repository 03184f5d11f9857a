import type { CadastralZoneKey } from '../../../../shared/crs/cadastralZones';
import type { Position } from '../../../../shared/domain/geometry';
import { cadastralGrid } from './cadastralGrid';
import { rectPath, type Rect, type Shape } from './drawing';
import { mapContent, type MapContentOptions } from './mapContent';
import type { TextMeasure } from './mapFont';
import { mapLegend } from './mapLegend';
import { northArrow } from './northArrow';
import { createPaperProjection, exactFitScale, fitScale, type PaperProjection } from './paperProjection';
import { boundaryPositions, type ParkSheetData } from './parkSheetData';
import { scaleBar } from './scaleBar';
import type { SheetLayout } from './sheetLayout';

/*
 * One map sheet without its title block: the framed map (and grid), and down the panel the legend,
 * the north arrow beside the scale bar. It reports the panel room left above the title block, where
 * the allocation table goes.
 */

export interface MapSheet {
  readonly shapes: readonly Shape[];
  readonly projection: PaperProjection;
  /** The top of the legend column's free room, below the scale bar. */
  readonly panelFreeTop: number;
}

/** Room around the park inside the frame when the scale is fitted, so the boundary never touches it. */
const FIT_MARGIN = 1.06;

interface GroundExtent {
  readonly centre: Position;
  /** Metres east–west and north–south the park (or the focus) spans, without any margin. */
  readonly eastM: number;
  readonly northM: number;
}

function groundExtent(data: ParkSheetData, layout: SheetLayout, focus?: readonly Position[]): GroundExtent {
  const positions = focus !== undefined && focus.length > 0 ? focus : boundaryPositions(data.park);
  const first = positions[0] ?? [0, 0];
  // A first projection around any vertex measures the extent; the final one centres on its middle.
  const probe = createPaperProjection(first, 1000, layout.mapFrame);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const position of positions) {
    const [x, y] = probe.toPage(position);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const centre = probe.toPosition([(minX + maxX) / 2, (minY + maxY) / 2]);
  return { centre, eastM: (maxX - minX) / probe.ptPerMetre, northM: (maxY - minY) / probe.ptPerMetre };
}

/**
 * The projection for the park on this layout: centred on the park, at the given scale or the round
 * scale that fits the park with a margin.
 *
 * @example
 * parkProjection(data, layout, 'fit').scale; // 5000 for «Рязанский» on A1 landscape
 */
export function parkProjection(data: ParkSheetData, layout: SheetLayout, scale: number | 'fit', focus?: readonly Position[]): PaperProjection {
  const extent = groundExtent(data, layout, focus);
  const chosen = scale === 'fit' ? fitScale(extent.eastM * FIT_MARGIN, extent.northM * FIT_MARGIN, layout.mapFrame) : scale;
  return createPaperProjection(extent.centre, chosen, layout.mapFrame);
}

/**
 * Null when the whole park shows in the map frame at `scale`; otherwise the round scale at which it
 * would (a fixed scale too large for the sheet cuts the park off at the frame, which the planner must
 * be told).
 *
 * @example
 * parkCutOff(data, sheetLayout('A4', 'portrait'), 1000); // { fittingScale: 10000 } for «Рязанский»
 */
export function parkCutOff(data: ParkSheetData, layout: SheetLayout, scale: number | 'fit'): { readonly fittingScale: number } | null {
  if (scale === 'fit') return null;
  const extent = groundExtent(data, layout);
  if (scale >= exactFitScale(extent.eastM, extent.northM, layout.mapFrame)) return null;
  return { fittingScale: fitScale(extent.eastM * FIT_MARGIN, extent.northM * FIT_MARGIN, layout.mapFrame) };
}

export interface MapSheetRequest {
  readonly data: ParkSheetData;
  readonly layout: SheetLayout;
  readonly projection: PaperProjection;
  readonly content: MapContentOptions;
  readonly highlightName: string | null;
  readonly gridZone: CadastralZoneKey | null;
}

export function mapSheet(request: MapSheetRequest, measure: TextMeasure): MapSheet {
  const { data, layout, projection, content } = request;
  const { legendPanel: panel, fontSize } = layout;
  const frame: Rect = layout.mapFrame;
  const shapes: Shape[] = [mapContent(data, projection, content, measure)];
  if (request.gridZone !== null) shapes.push(cadastralGrid(projection, request.gridZone, fontSize));
  shapes.push(rectPath(frame, { stroke: '#1a1a1a', strokeWidth: 1.2 }));

  // The north arrow and scale bar need about six lines under the legend.
  const legendBox = { x: panel.x, y: panel.y, width: panel.width, maxHeight: Math.min(panel.height * 0.6, panel.height - fontSize * 8) };
  const legend = mapLegend(data, content.legendBy, content.residentColours, request.highlightName, legendBox, fontSize, measure);
  shapes.push(...legend.shapes);
  const rowTop = panel.y + legend.height + fontSize * 1.5;
  const arrow = northArrow(panel.x, rowTop, fontSize);
  const barLeft = panel.x + fontSize * 4;
  const bar = scaleBar(projection.scale, barLeft, rowTop, panel.width - (barLeft - panel.x), fontSize);
  shapes.push(...arrow.shapes, ...bar.shapes);
  return { shapes, projection, panelFreeTop: rowTop + Math.max(arrow.height, bar.height) + fontSize * 1.5 };
}
