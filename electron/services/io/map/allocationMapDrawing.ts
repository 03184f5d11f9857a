import { cadastralCrsOf } from '../../../../shared/crs/cadastralCrs';
import { isCadastralZone } from '../../../../shared/crs/cadastralZones';
import { formatIsoDate } from '../../../../shared/format/date';
import { formatHectares } from '../../../../shared/format/measure';
import { shortParkName } from '../../../../shared/format/parkName';
import { residentColours } from '../../../../shared/style/residentPalette';
import type { ProjectSnapshot } from '../../project/projectSnapshot';
import type { ResolvedMapOptions } from './allocationMapOptions';
import { allocationRows, splitTable } from './allocationTable';
import { zoneLabel } from './cadastralGrid';
import type { DrawnPage, MapDrawing, Shape } from './drawing';
import type { TextMeasure } from './mapFont';
import { mapSheet, parkCutOff, parkProjection } from './mapSheet';
import type { PaperProjection } from './paperProjection';
import { MAP_WORDS } from './mapWords';
import { textAt } from './panelBlock';
import { parkSheetData } from './parkSheetData';
import { sheetLayout } from './sheetLayout';
import { titleBlock, titleBlockHeight, type TitleBlockFacts } from './titleBlock';

/*
 * The whole document: the overview sheet with the allocation table (continued on further sheets when
 * the panel cannot hold it), or for an atlas the overview and then a sheet per resident with its plots
 * highlighted and its own rows of the table. Every map sheet shares one projection, so an atlas can
 * be laid over the overview. Title blocks go on last, once the page count is known.
 */

type Facts = Omit<TitleBlockFacts, 'pageNumber' | 'pageCount'>;

interface PlannedPage {
  readonly shapes: readonly Shape[];
  /** A map sheet's title block; continuation sheets carry a footer line instead. */
  readonly facts: Facts | null;
}

/** The projection every map sheet of the document shares (the underlays are drawn into it before the sheets). */
export function documentProjection(snapshot: ProjectSnapshot, options: ResolvedMapOptions): PaperProjection {
  return parkProjection(parkSheetData(snapshot, options.parkId, options.date), sheetLayout(options.paper, options.orientation), options.scale);
}

/** The document; `underlay` (sheetUnderlays in documentProjection) goes under the plan of every map sheet. */
export function allocationMapDrawing(snapshot: ProjectSnapshot, options: ResolvedMapOptions, measure: TextMeasure, underlay: Shape | null = null): MapDrawing {
  const data = parkSheetData(snapshot, options.parkId, options.date, options.parcels);
  const layout = sheetLayout(options.paper, options.orientation);
  const projection = parkProjection(data, layout, options.scale);
  const colours = residentColours(data.residents.map((resident) => resident.name));
  const gridZone = options.grid && data.park.cadastralCrs !== null && isCadastralZone(data.park.cadastralCrs) ? data.park.cadastralCrs : null;
  const baseFacts: Facts = {
    parkName: data.park.name,
    title: options.title ?? MAP_WORDS.mapTitle,
    subtitle: null,
    scale: projection.scale,
    date: formatIsoDate(options.date, 'ru'),
    author: options.author,
    coordinateSystem: gridZone === null ? null : zoneLabel(gridZone),
    areaSystem: cadastralCrsOf(data.park.cadastralCrs)?.shortLabel.ru ?? null,
    illustrative: data.park.illustrative,
  };
  const { infoPanel: panel, fontSize, inner } = layout;
  const sharedColumn = layout.legendPanel === layout.infoPanel;
  const footerRoom = fontSize * 2.5;
  const continuation = { x: inner.x, y: inner.y, width: inner.width, height: inner.height - footerRoom };
  const pages: PlannedPage[] = [];

  const addMapSheet = (facts: Facts, highlight: (typeof data.residents)[number] | null, rows: readonly (readonly string[])[] | null): void => {
    const sheet = mapSheet(
      {
        data,
        layout,
        projection,
        content: {
          legendBy: options.legendBy, residentColours: colours, labelSize: fontSize * 1.1,
          ...(highlight === null ? {} : { highlight: highlight.id }),
          ...(underlay === null ? {} : { underlay }),
        },
        highlightName: highlight?.name ?? null,
        gridZone,
      },
      measure,
    );
    const blockTop = panel.y + panel.height - titleBlockHeight({ ...facts, pageNumber: 0, pageCount: 0 }, fontSize);
    const roomTop = sharedColumn ? sheet.panelFreeTop : panel.y;
    const room = { x: panel.x, y: roomTop, width: panel.width, height: blockTop - fontSize - roomTop };
    const table = rows === null ? { inPanel: null, continued: [] } : splitTable(rows, room.height > 0 ? room : null, continuation, fontSize * 0.9, measure);
    pages.push({ shapes: table.inPanel === null ? sheet.shapes : [...sheet.shapes, table.inPanel], facts });
    for (const section of table.continued) pages.push({ shapes: [section], facts: null });
  };

  const rows = allocationRows(data.plots);
  addMapSheet(baseFacts, null, options.atlas ? null : rows);
  if (options.atlas) {
    for (const resident of data.residents) {
      const own = data.plots.filter((plot) => plot.resident?.id === resident.id);
      const areaHa = own.reduce((sum, plot) => sum + plot.areaHa, 0);
      const subtitle = `${resident.name}: ${own.length} ${MAP_WORDS.plotsShort}, ${formatHectares(areaHa, 'ru')}`;
      addMapSheet({ ...baseFacts, title: MAP_WORDS.atlasTitle, subtitle }, resident, allocationRows(own));
    }
  }

  const pageCount = pages.length;
  const drawn: DrawnPage[] = pages.map((page, index) => {
    const pageNumber = index + 1;
    const extra: Shape[] =
      page.facts === null
        ? [textAt(`${shortParkName(data.park.name)} · ${baseFacts.date} · ${MAP_WORDS.page} ${pageNumber} / ${pageCount}`, inner.x + inner.width, inner.y + inner.height - fontSize * 0.3, fontSize * 0.9, 'end')]
        : [
            ...titleBlock(
              { ...page.facts, pageNumber, pageCount },
              panel.x,
              panel.y + panel.height - titleBlockHeight({ ...page.facts, pageNumber, pageCount }, fontSize),
              panel.width,
              fontSize,
              measure,
            ).shapes,
          ];
    return { widthPt: layout.widthPt, heightPt: layout.heightPt, shapes: [...page.shapes, ...extra] };
  });
  return { title: `${baseFacts.title} — ${data.park.name}`, author: options.author, scale: projection.scale, cutOff: parkCutOff(data, layout, options.scale), pages: drawn };
}
