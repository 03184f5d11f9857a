import { plotAreaFigures } from '../../../../shared/crs/plotArea';
import type { ResidentId } from '../../../../shared/domain/ids';
import { activeAllocationByPlot, isActiveOn } from '../../../../shared/park/activeAllocation';
import type { TableVocabulary } from '../../../../shared/messages/tableValueMessages';
import type { ProjectSnapshot } from '../../project/projectSnapshot';
import { plotInParkMeasure } from '../../../../shared/park/plotInPark';
import type { CsvTable } from './exporter';

export type Cell = string | number | null;

/** One column: a machine key (CSV header), the planners' Russian title (spreadsheet header), dates marked. */
export interface Column {
  readonly key: string;
  readonly title: string;
  /** The cells are ISO dates (YYYY-MM-DD): a spreadsheet stores them as dates, CSV as the ISO text. */
  readonly date?: true;
  /** The cells are stored values of this list: CSV keeps them as keys, a spreadsheet words them like its titles. */
  readonly words?: TableVocabulary;
}

/** A table of plain cells, ready for CSV or a spreadsheet sheet. */
export interface ExportTable {
  readonly name: CsvTable;
  /** Sheet name in the workbook. */
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

const HECTARE = 10_000;
const round = (value: number, digits: number): number => Number(value.toFixed(digits));
const column = (key: string, title: string): Column => ({ key, title });
const dateColumn = (key: string, title: string): Column => ({ key, title, date: true });
const wordedColumn = (key: string, title: string, words: TableVocabulary): Column => ({ key, title, words });

function plotsTable(snapshot: ProjectSnapshot, today: string): ExportTable {
  const parks = new Map(snapshot.parks.map((park) => [park.id, park]));
  const inPark = new Map(snapshot.parks.map((park) => [park.id, plotInParkMeasure(park)]));
  const residents = new Map(snapshot.residents.map((resident) => [resident.id, resident]));
  const active = activeAllocationByPlot(snapshot.allocations, today);
  return {
    name: 'plots',
    title: 'Участки',
    columns: [
      column('park', 'Парк'), column('code', 'Участок'), column('cadastral_number', 'Кадастровый номер'),
      wordedColumn('status', 'Статус', 'plotStatus'), wordedColumn('zone', 'Зона', 'plotZone'), column('area_m2', 'Площадь, м²'),
      column('area_ha', 'Площадь, га'), column('area_crs', 'Площадь в системе координат'),
      column('area_m2_cadastral', 'Площадь в МСК, м² (как в ЕГРН)'), column('area_m2_geodesic', 'Площадь геодезическая (WGS84), м²'),
      column('area_m2_outside_park', 'За границей парка, м² (не входит в баланс)'),
      column('resident', 'Резидент'), column('resident_inn', 'ИНН резидента'), wordedColumn('allocation_kind', 'Вид предоставления', 'allocationKind'),
      column('agreement_no', 'Договор'), dateColumn('start_date', 'С'), dateColumn('end_date', 'По'), column('notes', 'Примечания'),
    ],
    rows: snapshot.plots.map((plot) => {
      const allocation = active.get(plot.id);
      const resident = allocation === undefined ? undefined : residents.get(allocation.residentId);
      const park = parks.get(plot.parkId);
      const figures = plotAreaFigures(plot.geometry, park?.cadastralCrs ?? null);
      return [
        park?.name ?? null, plot.code, plot.cadastralNumber, plot.status, plot.zone, round(figures.areaM2, 2), round(figures.areaM2 / HECTARE, 6),
        figures.crs?.shortLabel.ru ?? 'WGS84', figures.cadastralAreaM2, round(figures.geodesicAreaM2, 2),
        round(inPark.get(plot.parkId)?.(plot.geometry).outsideM2 ?? 0, 2), resident?.name ?? null, resident?.inn ?? null,
        allocation?.kind ?? null, allocation?.agreementNo ?? null, allocation?.startDate ?? null, allocation?.endDate ?? null, plot.notes,
      ];
    }),
  };
}

function residentsTable(snapshot: ProjectSnapshot, today: string): ExportTable {
  const plots = new Map(snapshot.plots.map((plot) => [plot.id, plot]));
  const held = new Map<ResidentId, string[]>();
  for (const allocation of snapshot.allocations) {
    const code = plots.get(allocation.plotId)?.code;
    if (code === undefined || !isActiveOn(allocation, today)) continue;
    held.set(allocation.residentId, [...(held.get(allocation.residentId) ?? []), code]);
  }
  return {
    name: 'residents',
    title: 'Резиденты',
    columns: [
      column('name', 'Резидент'), column('inn', 'ИНН'), column('ogrn', 'ОГРН'), column('sector', 'Отрасль'), column('okved', 'ОКВЭД'),
      wordedColumn('status', 'Статус', 'residentStatus'), column('jobs_planned', 'Рабочих мест (план)'), column('investment_mrub', 'Инвестиции, млн руб.'),
      column('contact', 'Контакт'), column('plots', 'Участки'),
    ],
    rows: snapshot.residents.map((resident) => [
      resident.name, resident.inn, resident.ogrn, resident.sector, resident.okved, resident.status, resident.jobsPlanned,
      resident.investmentMRub, resident.contact, (held.get(resident.id) ?? []).join(', '),
    ]),
  };
}

function allocationsTable(snapshot: ProjectSnapshot, today: string): ExportTable {
  const plots = new Map(snapshot.plots.map((plot) => [plot.id, plot]));
  const parks = new Map(snapshot.parks.map((park) => [park.id, park.name]));
  const residents = new Map(snapshot.residents.map((resident) => [resident.id, resident]));
  return {
    name: 'allocations',
    title: 'Предоставления',
    columns: [
      column('park', 'Парк'), column('plot', 'Участок'), column('resident', 'Резидент'), column('resident_inn', 'ИНН'),
      wordedColumn('kind', 'Вид', 'allocationKind'), column('agreement_no', 'Договор'), dateColumn('start_date', 'С'), dateColumn('end_date', 'По'),
      wordedColumn('active', 'Действует', 'yesNo'),
    ],
    rows: snapshot.allocations.map((allocation) => {
      const plot = plots.get(allocation.plotId);
      const resident = residents.get(allocation.residentId);
      return [
        plot === undefined ? null : (parks.get(plot.parkId) ?? null), plot?.code ?? null, resident?.name ?? null, resident?.inn ?? null,
        allocation.kind, allocation.agreementNo, allocation.startDate, allocation.endDate, isActiveOn(allocation, today) ? 'yes' : 'no',
      ];
    }),
  };
}

/**
 * The three tables planners exchange: plots with their «Площадь» (the ЕГРН-rounded area in the park's
 * МСК where it has one, else geodesic), the CRS it is in, both figures, the part outside the park boundary
 * (which the land balance leaves out), and their current holder; residents with the plots they hold;
 * every allocation, ended ones included.
 */
export function exportTables(snapshot: ProjectSnapshot, today: string): readonly ExportTable[] {
  return [plotsTable(snapshot, today), residentsTable(snapshot, today), allocationsTable(snapshot, today)];
}
