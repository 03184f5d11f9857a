import type { PlotStatus, PlotZone } from '../../shared/domain/plot';
import type { LocalRing } from './planarLayout';
import type { PlotUse } from './seedTypes';

/*
 * The illustrative plan of «Рязанский» in its local frame (metres; u along the park, v across it, the frame
 * turned 12° so that −v points south-south-east, towards Дягилево). Not a survey: the layout only has the
 * park's public traits — 560 ha, a railway through the middle, eight two-lane roads, a substation, local
 * treatment works, a storm-water pond, the dry port by the railway, nearly all plots taken.
 */

export const RYAZANSKIY_CENTRE = { lat: 54.7, lon: 39.6 } as const;
export const RYAZANSKIY_ROTATION_DEG = 12;
export const RYAZANSKIY_AREA_HA = 560;
/** Plots keep this far inside the boundary line. */
export const RYAZANSKIY_SETBACK_M = 6;

/** Convex, anticlockwise; scaled by the generator until its geodesic area is 560 ha. */
export const RYAZANSKIY_SHAPE: LocalRing = [
  [-1450, -1050], [-300, -1150], [700, -1120], [1380, -900], [1500, -250], [1450, 600],
  [1150, 1050], [300, 1130], [-700, 1080], [-1350, 700], [-1500, -200],
];

const FAR = 3000;
/** Block columns west to east, between the north–south roads and the railway corridor (u from −25 to 25). */
export const COLUMNS = [[-FAR, -1010], [-990, -490], [-470, -25], [25, 470], [490, 990], [1010, FAR]] as const;
/** Block rows south to north, between the three east–west roads. */
export const ROWS = [[-FAR, -570], [-550, 50], [70, 630], [650, FAR]] as const;
/** The access road from the M-5 exit crosses the northern row at u from −260 to −240. */
export const ACCESS_ROAD = [-260, -240] as const;
export const RAIL_CORRIDOR = [-25, 25] as const;

/** A street of the park: the eight two-lane roads, numbered as the plan's legend does. */
export interface Road {
  readonly name: string;
  readonly axis: 'u' | 'v';
  /** Road reserve edges across its axis (metres). */
  readonly from: number;
  readonly to: number;
}

export const ROADS: readonly Road[] = [
  { name: 'Автодорога №1 «Северный проезд»', axis: 'u', from: 630, to: 650 },
  { name: 'Автодорога №2 «Центральный проезд»', axis: 'u', from: 50, to: 70 },
  { name: 'Автодорога №3 «Южный проезд»', axis: 'u', from: -570, to: -550 },
  { name: 'Автодорога №4 «Западная улица»', axis: 'v', from: -1010, to: -990 },
  { name: 'Автодорога №5 «Складская улица»', axis: 'v', from: -490, to: -470 },
  { name: 'Автодорога №6 «Заводская улица»', axis: 'v', from: 470, to: 490 },
  { name: 'Автодорога №7 «Восточная улица»', axis: 'v', from: 990, to: 1010 },
  { name: 'Автодорога №8 «Подъезд от М-5 «Урал»»', axis: 'v', from: ACCESS_ROAD[0], to: ACCESS_ROAD[1] },
];

function use(zone: PlotZone, status: PlotStatus, holder: string | null = null, notes = ''): PlotUse {
  return { zone, status, holder, notes };
}

/** A block between roads, split into nu × nv plots listed in reading order (north row first, west to east). */
export interface BlockPlan {
  readonly column: number;
  readonly row: number;
  /** Narrows the block's u range (the northern blocks beside the access road). */
  readonly uRange?: readonly [number, number];
  readonly nu: number;
  readonly nv: number;
  readonly uses: readonly PlotUse[];
}

const GREEN_BUFFER = 'Зелёная защитная полоса вдоль границы парка';

export const BLOCKS: readonly BlockPlan[] = [
  // Row 3: the north, by the M-5 exit.
  { column: 0, row: 3, nu: 1, nv: 1, uses: [use('green', 'infrastructure', null, GREEN_BUFFER)] },
  { column: 1, row: 3, nu: 2, nv: 1, uses: [use('warehouse', 'built', 'logopark'), use('production', 'free', null, 'Свободен; инженерные сети подведены к границе участка')] },
  { column: 2, row: 3, uRange: [-470, -260], nu: 1, nv: 1, uses: [use('production', 'built', 'pack')] },
  {
    column: 2, row: 3, uRange: [-240, -25], nu: 1, nv: 2,
    uses: [
      use('office', 'free', null, 'Под гостиницу и столовую для работников парка'),
      use('office', 'infrastructure', null, 'Административно-деловой центр управляющей компании парка'),
    ],
  },
  { column: 3, row: 3, nu: 2, nv: 1, uses: [use('warehouse', 'built', 'translog'), use('warehouse', 'allocated', 'translog')] },
  {
    column: 4, row: 3, nu: 3, nv: 1,
    uses: [
      use('production', 'built', 'cable'),
      use('production', 'reserved', 'cable', 'Резерв под вторую очередь кабельного завода'),
      use('utility', 'built', 'grid', 'Подстанция 110/10 кВ «Тюшево-Индустриальная», 2 × 40 МВА'),
    ],
  },
  { column: 5, row: 3, nu: 1, nv: 1, uses: [use('green', 'infrastructure', null, GREEN_BUFFER)] },
  // Row 2.
  { column: 0, row: 2, nu: 1, nv: 2, uses: [use('production', 'free'), use('production', 'built', 'boiler')] },
  {
    column: 1, row: 2, nu: 2, nv: 2,
    uses: [
      use('warehouse', 'allocated', 'agromash'),
      use('production', 'reserved', 'composite', 'Зарезервирован до заключения договора аренды'),
      use('production', 'built', 'agromash'),
      use('production', 'built', 'agromash'),
    ],
  },
  {
    column: 2, row: 2, nu: 1, nv: 2,
    uses: [use('warehouse', 'allocated', 'dryport', 'Вторая очередь контейнерного терминала'), use('warehouse', 'built', 'dryport', 'Контейнерная площадка')],
  },
  {
    column: 3, row: 2, nu: 1, nv: 2,
    uses: [use('warehouse', 'allocated', 'translog'), use('warehouse', 'allocated', 'logopark', 'Складской комплекс у подъездного пути №2 (строится)')],
  },
  {
    column: 4, row: 2, nu: 2, nv: 2,
    uses: [
      use('production', 'allocated', 'pvc'),
      use('office', 'built', 'stanko', 'Инженерный центр и учебный класс'),
      use('production', 'built', 'pvc'),
      use('production', 'built', 'polymer'),
    ],
  },
  { column: 5, row: 2, nu: 1, nv: 2, uses: [use('production', 'allocated', 'stanko'), use('production', 'built', 'stanko')] },
  // Row 1: the middle, the dry port west of the railway.
  { column: 0, row: 1, nu: 2, nv: 1, uses: [use('production', 'built', 'metalcon'), use('production', 'built', 'metalcon')] },
  {
    column: 1, row: 1, nu: 2, nv: 2,
    uses: [
      use('production', 'free', null, 'Свободен с 2022 г. после расторжения договора аренды'),
      use('warehouse', 'built', 'mixes'),
      use('production', 'built', 'mixes'),
      use('production', 'allocated', 'mixes'),
    ],
  },
  {
    column: 2, row: 1, nu: 1, nv: 1,
    uses: [use('warehouse', 'built', 'dryport', 'Мультимодальный терминал «Сухой порт «Рязань»»: контейнерный терминал и склады класса А')],
  },
  { column: 3, row: 1, nu: 2, nv: 1, uses: [use('warehouse', 'built', 'dryport', 'Таможенный склад временного хранения'), use('warehouse', 'built', 'logopark')] },
  {
    column: 4, row: 1, nu: 2, nv: 2,
    uses: [
      use('production', 'reserved', 'pharma', 'Резерв на время подготовки инвестиционного соглашения'),
      use('production', 'free'),
      use('production', 'built', 'confect'),
      use('production', 'built', 'confect'),
    ],
  },
  { column: 5, row: 1, nu: 1, nv: 2, uses: [use('production', 'allocated', 'polymer'), use('production', 'built', 'cable')] },
  // Row 0: the south, towards Дягилево.
  { column: 0, row: 0, nu: 2, nv: 1, uses: [use('green', 'infrastructure', null, GREEN_BUFFER), use('production', 'built', 'polymer')] },
  {
    column: 1, row: 0, nu: 2, nv: 1,
    uses: [use('utility', 'infrastructure', null, 'Пруд-накопитель и очистные сооружения ливневого стока'), use('production', 'allocated', 'furniture')],
  },
  { column: 2, row: 0, nu: 1, nv: 2, uses: [use('warehouse', 'free'), use('production', 'built', 'agromash')] },
  { column: 3, row: 0, nu: 2, nv: 1, uses: [use('production', 'built', 'pack'), use('production', 'allocated', 'boiler')] },
  { column: 4, row: 0, nu: 2, nv: 1, uses: [use('production', 'free', null, 'Низинная часть, требуется подсыпка'), use('production', 'built', 'metalcon')] },
  {
    column: 5, row: 0, nu: 1, nv: 2,
    uses: [use('green', 'infrastructure', null, 'Санитарно-защитная зона очистных сооружений'), use('utility', 'built', 'water', 'Локальные очистные сооружения хозяйственно-бытовых и производственных стоков')],
  },
];
