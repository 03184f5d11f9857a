import { cadastralCrsOf } from '../../../../shared/crs/cadastralCrs';
import { isCadastralZone } from '../../../../shared/crs/cadastralZones';
import { MAP_SCALE_RANGE } from '../../../../shared/contract/mapSheetLimits';
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
import { overviewInset } from './overviewInset';
import { landBalanceBlock } from './landBalanceBlock';
import { landBalance } from '../../../../shared/park/landBalance';
import { createPaperProjection, type PaperProjection } from './paperProjection';
import { parkSheets, sheetIndexOverlay } from './sheetIndex';
import { MAP_WORDS } from './mapWords';
import { textAt } from './panelBlock';
import { parkSheetData, type ParkSheetData, type SheetPlot } from './parkSheetData';
import { sheetLayout, type SheetLayout } from './sheetLayout';
import { titleBlock, titleBlockHeight, type TitleBlockFacts } from './titleBlock';

/*
 * The whole document: the overview sheet with the allocation table (continued on further sheets when
 * the panel cannot hold it); when the park needs several sheets at the chosen scale, a key map (sheet
 * index) with the table and then the numbered sheets; for an atlas, then a sheet per resident, centred
 * and scaled on that resident's plots, with an overview inset of where they lie in the park. Title
 * blocks go on last, once the page count is known.
 */

type Facts = Omit<TitleBlockFacts, 'pageNumber' | 'pageCount'>;

interface PlannedPage {
  readonly shapes: readonly Shape[];
  /** A map sheet's title block; continuation sheets carry a footer line instead. */
  readonly facts: Facts | null;
}

/**
 * An atlas page's projection: centred on the resident's plots, at the chosen scale when they fit it
 * (else at the round scale that holds them all), or with 'fit' at twice the round scale that would just
 * hold them, so the neighbours and roads around show too — never closer than 1:500 (the largest scale
 * a sheet takes) nor farther than the whole park's overview.
 */
function residentProjection(data: ParkSheetData, layout: SheetLayout, scale: number | 'fit', own: readonly SheetPlot[], overview: number): PaperProjection {
  const positions = own.flatMap((plot) => plot.plot.geometry.coordinates[0] ?? []);
  const fitted = parkProjection(data, layout, 'fit', positions);
  const frame = layout.mapFrame;
  const centre = fitted.toPosition([frame.x + frame.width / 2, frame.y + frame.height / 2]);
  const chosen = scale === 'fit' ? Math.min(overview, Math.max(MAP_SCALE_RANGE[0], fitted.scale * 2)) : Math.max(scale, fitted.scale);
  return createPaperProjection(centre, chosen, frame);
}

/**
 * The projection of the document's overview sheet (the underlays are drawn into it before the sheets;
 * the key map, a series' sheets and atlas pages have projections of their own and go without them).
 */
export function documentProjection(snapshot: ProjectSnapshot, options: ResolvedMapOptions): PaperProjection {
  return parkProjection(parkSheetData(snapshot, options.parkId, options.date), sheetLayout(options.paper, options.orientation), options.scale);
}

/** The document; `underlay` (sheetUnderlays in documentProjection) goes under the plan of the sheets drawn in that projection. */
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
  const land = landBalance(data.park, snapshot.plots);

  const addMapSheet = (
    facts: Facts,
    highlight: (typeof data.residents)[number] | null,
    rows: readonly (readonly string[])[] | null,
    sheetProjection: PaperProjection,
    overlay: readonly Shape[] = [],
    withBalance = false,
  ): void => {
    const sheet = mapSheet(
      {
        data,
        layout,
        projection: sheetProjection,
        content: {
          legendBy: options.legendBy, residentColours: colours, labelSize: fontSize * 1.1,
          ...(highlight === null ? {} : { highlight: highlight.id }),
          // The underlay was drawn in the overview's projection: only sheets drawn in it can carry it.
          ...(underlay === null || sheetProjection !== projection ? {} : { underlay }),
        },
        highlightName: highlight?.name ?? null,
        gridZone,
      },
      measure,
    );
    const blockTop = panel.y + panel.height - titleBlockHeight({ ...facts, pageNumber: 0, pageCount: 0 }, fontSize);
    const freeTop = sharedColumn ? sheet.panelFreeTop : panel.y;
    // The overview carries the land balance above the table, when the panel has room for it.
    const balance = withBalance ? landBalanceBlock(land, panel.x, freeTop, panel.width, (blockTop - freeTop) * 0.45, fontSize, measure) : null;
    const roomTop = freeTop + (balance === null ? 0 : balance.height + fontSize);
    const room = { x: panel.x, y: roomTop, width: panel.width, height: blockTop - fontSize - roomTop };
    const table = rows === null ? { inPanel: null, continued: [] } : splitTable(rows, room.height > 0 ? room : null, continuation, fontSize * 0.9, measure);
    const shapes = [...sheet.shapes, ...overlay, ...(balance?.shapes ?? [])];
    pages.push({ shapes: table.inPanel === null ? shapes : [...shapes, table.inPanel], facts: { ...facts, scale: sheetProjection.scale } });
    for (const section of table.continued) pages.push({ shapes: [section], facts: null });
  };

  const rows = allocationRows(data.plots);
  const series = options.scale === 'fit' ? [] : parkSheets(data, layout.mapFrame, options.scale);
  if (series.length > 1) {
    // The key map at the scale that fits the park, then each sheet of the series at the chosen one.
    const keyMap = parkProjection(data, layout, 'fit', series.flatMap((sheet) => sheet.corners));
    addMapSheet({ ...baseFacts, subtitle: MAP_WORDS.keyMapTitle }, null, options.atlas ? null : rows, keyMap, [sheetIndexOverlay(series, keyMap, fontSize)], true);
    for (const sheet of series) {
      const sheetProjection = createPaperProjection(sheet.centre, projection.scale, layout.mapFrame);
      const subtitle = MAP_WORDS.sheetOf.replace('{{n}}', String(sheet.number)).replace('{{count}}', String(series.length));
      addMapSheet({ ...baseFacts, subtitle }, null, null, sheetProjection, [overviewInset(data, sheetProjection, [])]);
    }
  } else {
    addMapSheet(baseFacts, null, options.atlas ? null : rows, projection, [], true);
  }
  if (options.atlas) {
    for (const resident of data.residents) {
      const own = data.plots.filter((plot) => plot.resident?.id === resident.id);
      const areaHa = own.reduce((sum, plot) => sum + plot.areaHa, 0);
      const subtitle = `${resident.name}: ${own.length} ${MAP_WORDS.plotsShort}, ${formatHectares(areaHa, 'ru')}`;
      const onResident = residentProjection(data, layout, options.scale, own, projection.scale);
      addMapSheet({ ...baseFacts, title: MAP_WORDS.atlasTitle, subtitle }, resident, allocationRows(own), onResident, [overviewInset(data, onResident, own)]);
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
