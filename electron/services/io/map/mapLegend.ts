import { PLOT_STATUSES } from '../../../../shared/domain/plot';
import { NETWORKS } from '../../../../shared/domain/utility';
import { MAP_COLORS, NETWORK_COLORS, STATUS_COLORS } from '../../../../shared/style/palette';
import { NO_RESIDENT_COLOR } from '../../../../shared/style/residentPalette';
import { group, rectPath, type Shape } from './drawing';
import { FADED_FILL, type LegendBy } from './mapContent';
import type { TextMeasure } from './mapFont';
import { NETWORK_WORDS, MAP_WORDS, STATUS_WORDS } from './mapWords';
import type { ParkSheetData } from './parkSheetData';
import { fitText, textAt, type PanelBlock } from './panelBlock';
import { PARCEL_STROKE } from './parcelOutlines';
import { labelName } from './plotLabels';

/*
 * The legend: a swatch per status present in the park, or per resident holding land in it, then the
 * line symbols the map draws (boundary, rail, the networks present). On an atlas page: the resident
 * and «other plots».
 */

interface Entry {
  readonly label: string;
  readonly symbol: 'fill' | 'line' | 'rail' | 'boundary' | 'parcel';
  readonly color: string;
  readonly dashed?: boolean;
}

function entriesFor(data: ParkSheetData, legendBy: LegendBy, colours: ReadonlyMap<string, string>, highlightName: string | null): Entry[] {
  const entries: Entry[] = [];
  if (highlightName !== null) {
    entries.push({ label: highlightName, symbol: 'fill', color: legendBy === 'status' ? STATUS_COLORS.allocated : (colours.get(highlightName) ?? NO_RESIDENT_COLOR) });
    entries.push({ label: MAP_WORDS.otherPlots, symbol: 'fill', color: FADED_FILL });
  } else if (legendBy === 'status') {
    const present = new Set(data.plots.map((plot) => plot.plot.status));
    for (const status of PLOT_STATUSES) if (present.has(status)) entries.push({ label: STATUS_WORDS[status], symbol: 'fill', color: STATUS_COLORS[status] });
  } else {
    for (const resident of data.residents) entries.push({ label: resident.name, symbol: 'fill', color: colours.get(resident.name) ?? NO_RESIDENT_COLOR });
    if (data.plots.some((plot) => plot.resident === null)) entries.push({ label: MAP_WORDS.noResident, symbol: 'fill', color: NO_RESIDENT_COLOR });
  }
  entries.push({ label: MAP_WORDS.parkBoundary, symbol: 'boundary', color: MAP_COLORS.parkOutline });
  if (data.parcels.length > 0) entries.push({ label: MAP_WORDS.cadastralParcel, symbol: 'parcel', color: MAP_COLORS.parcelOutline });
  if (data.railSpurs.length > 0) entries.push({ label: MAP_WORDS.railSpur, symbol: 'rail', color: MAP_COLORS.rail });
  const networks = new Set(data.utilityLines.map((line) => line.network));
  for (const network of NETWORKS) if (networks.has(network)) entries.push({ label: NETWORK_WORDS[network], symbol: 'line', color: NETWORK_COLORS[network] });
  return entries;
}

function symbolShapes(entry: Entry, x: number, y: number, w: number, h: number): Shape[] {
  const mid: [number, number][] = [
    [x, y + h / 2],
    [x + w, y + h / 2],
  ];
  switch (entry.symbol) {
    case 'fill':
      return [rectPath({ x, y, width: w, height: h }, { fill: entry.color, stroke: MAP_COLORS.plotOutline, strokeWidth: 0.5 })];
    case 'boundary':
      return [{ kind: 'path', parts: [mid], closed: false, paint: { stroke: entry.color, strokeWidth: 1.8, dash: [10, 3] } }];
    case 'rail':
      return [
        { kind: 'path', parts: [mid], closed: false, paint: { stroke: entry.color, strokeWidth: 2.4 } },
        { kind: 'path', parts: [mid], closed: false, paint: { stroke: MAP_COLORS.railTie, strokeWidth: 1.2, dash: [6, 6] } },
      ];
    case 'line':
      return [{ kind: 'path', parts: [mid], closed: false, paint: { stroke: entry.color, strokeWidth: 1.2 } }];
    case 'parcel':
      return [{ kind: 'path', parts: [mid], closed: false, paint: { stroke: entry.color, strokeWidth: PARCEL_STROKE.width, dash: PARCEL_STROKE.dash } }];
  }
}

/**
 * The legend block at (x, y), `width` wide; entries run into further columns rather than past `maxHeight`.
 *
 * @example
 * mapLegend(data, 'status', colours, null, { x: 800, y: 30, width: 300, maxHeight: 400 }, 10, measure).height;
 */
export function mapLegend(
  data: ParkSheetData,
  legendBy: LegendBy,
  colours: ReadonlyMap<string, string>,
  highlightName: string | null,
  box: { readonly x: number; readonly y: number; readonly width: number; readonly maxHeight: number },
  fontSize: number,
  measure: TextMeasure,
): PanelBlock {
  const { x, y, width } = box;
  const row = fontSize * 1.7;
  const swatchW = fontSize * 2.4;
  const swatchH = fontSize * 1.2;
  const shapes: Shape[] = [textAt(MAP_WORDS.legend, x, y + fontSize * 1.3, fontSize * 1.3)];
  const subtitle = legendBy === 'status' ? MAP_WORDS.legendByStatus : MAP_WORDS.legendByResident;
  shapes.push(textAt(subtitle, x, y + fontSize * 3.2, fontSize));
  const entriesTop = y + fontSize * 2.2 + row;
  const entries = entriesFor(data, legendBy, colours, highlightName);
  const perColumn = Math.max(1, Math.floor((y + box.maxHeight - entriesTop) / row));
  const columns = Math.ceil(entries.length / perColumn);
  const columnWidth = width / columns;
  entries.forEach((entry, index) => {
    const left = x + Math.floor(index / perColumn) * columnWidth;
    const top = entriesTop + (index % perColumn) * row;
    shapes.push(...symbolShapes(entry, left, top + (row - swatchH) / 2 - fontSize * 0.2, swatchW, swatchH));
    const room = columnWidth - swatchW - fontSize * 1.2;
    // A company name that does not fit loses its legal form before it loses letters.
    const label = measure.width(entry.label, fontSize) <= room ? entry.label : fitText(entry.symbol === 'fill' ? labelName(entry.label) : entry.label, fontSize, room, measure);
    shapes.push(textAt(label, left + swatchW + fontSize * 0.6, top + row / 2 + fontSize * 0.3, fontSize));
  });
  return { shapes: [group('legend', shapes)], height: entriesTop - y + Math.min(entries.length, perColumn) * row };
}
