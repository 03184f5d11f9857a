import type { LinearRing, Position } from '../../../../shared/domain/geometry';
import type { ResidentId } from '../../../../shared/domain/ids';
import { formatHectares } from '../../../../shared/format/measure';
import { MAP_COLORS, NETWORK_COLORS, STATUS_COLORS } from '../../../../shared/style/palette';
import { NO_RESIDENT_COLOR } from '../../../../shared/style/residentPalette';
import { group, rectPath, type PagePoint, type Shape } from './drawing';
import type { TextMeasure } from './mapFont';
import type { PaperProjection } from './paperProjection';
import type { ParkSheetData, SheetPlot } from './parkSheetData';
import { parcelShapes } from './parcelOutlines';
import { plotLabel } from './plotLabels';

/*
 * The map itself, inside its frame: park boundary, plots coloured by status or by resident, utility
 * lines, rail spurs and plot labels, clipped to the frame. On an atlas page one resident's plots keep
 * their colour and every other plot fades to grey, so the sheet says at once which land is theirs.
 */

export type LegendBy = 'status' | 'resident';

export interface MapContentOptions {
  readonly legendBy: LegendBy;
  /** Resident colours for `legendBy: 'resident'` (see residentColours). */
  readonly residentColours: ReadonlyMap<string, string>;
  /** On an atlas page: the resident whose plots stand out. */
  readonly highlight?: ResidentId;
  /** The largest plot label, in points: labels shrink to fit small plots but never grow past this. */
  readonly labelSize: number;
  /** The underlays' rasters (sheetUnderlays), drawn under the plan, which then lets them show through. */
  readonly underlay?: Shape;
}

/** How much of a plot's fill covers the underlay under it: the colour still reads, the ground shows. */
const FILL_OVER_UNDERLAY = 0.55;

/** Plots of other residents on an atlas sheet. */
export const FADED_FILL = '#eeeeea';
const HIGHLIGHT_EDGE = '#0b4fd6';

const ringToPage = (ring: LinearRing, projection: PaperProjection): PagePoint[] => ring.slice(0, -1).map((p) => projection.toPage(p));
const lineToPage = (line: readonly Position[], projection: PaperProjection): PagePoint[] => line.map((p) => projection.toPage(p));

export function plotFill(sheetPlot: SheetPlot, options: MapContentOptions): string {
  if (options.highlight !== undefined && sheetPlot.resident?.id !== options.highlight) return FADED_FILL;
  if (options.legendBy === 'status') return STATUS_COLORS[sheetPlot.plot.status];
  if (sheetPlot.resident === null) return NO_RESIDENT_COLOR;
  return options.residentColours.get(sheetPlot.resident.name) ?? NO_RESIDENT_COLOR;
}

/** The map drawn into the projection's frame. */
export function mapContent(data: ParkSheetData, projection: PaperProjection, options: MapContentOptions, measure: TextMeasure): Shape {
  // Line widths are in points on paper, not metres on the ground: a sheet at 1:500 and at 1:10 000 reads alike.
  const hairline = 0.5;
  const boundaryRings = (data.park.boundary.type === 'Polygon' ? [data.park.boundary.coordinates] : data.park.boundary.coordinates).flatMap(
    (rings) => rings.map((ring) => ringToPage(ring, projection)),
  );
  const shapes: Shape[] = [rectPath(projection.frame, { fill: MAP_COLORS.background })];
  if (options.underlay !== undefined) shapes.push(options.underlay);
  else shapes.push({ kind: 'path', parts: boundaryRings, closed: true, paint: { fill: MAP_COLORS.parkFill } });
  const fillOpacity = options.underlay === undefined ? {} : { fillOpacity: FILL_OVER_UNDERLAY };

  const plotShapes: Shape[] = [];
  const labels: Shape[] = [];
  for (const sheetPlot of data.plots) {
    const rings = sheetPlot.plot.geometry.coordinates.map((ring) => ringToPage(ring, projection));
    const highlighted = options.highlight !== undefined && sheetPlot.resident?.id === options.highlight;
    plotShapes.push({
      kind: 'path',
      parts: rings,
      closed: true,
      paint: { fill: plotFill(sheetPlot, options), stroke: highlighted ? HIGHLIGHT_EDGE : MAP_COLORS.plotOutline, strokeWidth: highlighted ? 1.6 : hairline, ...fillOpacity },
    });
    const faded = options.highlight !== undefined && !highlighted;
    labels.push(
      ...plotLabel(
        rings,
        {
          code: sheetPlot.plot.code,
          resident: faded ? null : (sheetPlot.resident?.name ?? null),
          area: formatHectares(sheetPlot.areaHa, 'ru', 2),
        },
        options.labelSize,
        measure,
      ),
    );
  }
  shapes.push(group('plots', plotShapes));

  const utilities: Shape[] = data.utilityLines.map((line) => ({
    kind: 'path',
    parts: [lineToPage(line.geometry.coordinates, projection)],
    closed: false,
    paint: { stroke: NETWORK_COLORS[line.network], strokeWidth: 0.9, dash: line.status === 'operating' ? undefined : [4, 2] },
  }));
  shapes.push(group('utility-lines', utilities));

  const rails: Shape[] = data.railSpurs.flatMap((spur): Shape[] => {
    const parts = [lineToPage(spur.geometry.coordinates, projection)];
    return [
      { kind: 'path', parts, closed: false, paint: { stroke: MAP_COLORS.rail, strokeWidth: 2.4 } },
      { kind: 'path', parts, closed: false, paint: { stroke: MAP_COLORS.railTie, strokeWidth: 1.2, dash: [6, 6] } },
    ];
  });
  shapes.push(group('rail-spurs', rails));
  shapes.push({ kind: 'path', parts: boundaryRings, closed: true, paint: { stroke: MAP_COLORS.parkOutline, strokeWidth: 1.8, dash: [10, 3] } });
  // Over the plots and under their labels, as on the app's map: a boundary that disagrees shows at once.
  if (data.parcels.length > 0) shapes.push(parcelShapes(data.parcels, projection, options.labelSize * 0.75));
  shapes.push(group('plot-labels', labels));
  return group('map', shapes, { clip: projection.frame, data: { scale: projection.scale } });
}
