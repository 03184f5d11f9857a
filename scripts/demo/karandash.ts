import type { LineStringGeometry } from '../../shared/domain/geometry';
import { localFrame, type LocalPoint } from './localFrame';
import { layOutCells, scaleBoundary, subdivideBlock, type PlannedCell } from './parkLayout';
import { chordAlong, type LocalRing } from './planarLayout';
import type { RosterEntry } from './residentRoster';
import type { LaidOutPlot, PlotUse, SeedCapacity, SeedPark, SeedUtilityLine } from './seedTypes';

/*
 * The illustrative «Карандаш»: a small private park in Lesnoy (Sverdlovsk oblast) with eight stationery and
 * children's-creativity makers, one plot each, either side of one two-lane road.
 */

export const KARANDASH_KEY = 'karandash';
const CENTRE = { lat: 58.63, lon: 59.78 } as const;
const AREA_HA = 11;
const SHAPE: LocalRing = [[-215, -125], [195, -140], [225, -20], [205, 135], [-190, 140], [-225, 10]];
const ROAD = [-8, 8] as const;
const FAR = 1000;

function use(zone: PlotUse['zone'], status: PlotUse['status'], holder: string | null, notes = ''): PlotUse {
  return { zone, status, holder, notes };
}

/** North row west to east, then south row west to east. */
const NORTH: readonly PlotUse[] = [
  use('production', 'built', 'pencil', 'Цех чернографитных и цветных карандашей'),
  use('production', 'built', 'paints'),
  use('production', 'built', 'notebooks'),
  use('production', 'allocated', 'rulers', 'Строительство цеха, ввод в 2026 г.'),
];
const SOUTH: readonly PlotUse[] = [
  use('production', 'built', 'plasticine'),
  use('production', 'built', 'artsets'),
  use('production', 'allocated', 'crayons'),
  use('warehouse', 'allocated', 'bags', 'Пошив ранцев и склад готовой продукции'),
];

export interface KarandashLayout {
  readonly park: SeedPark;
  readonly plots: readonly LaidOutPlot[];
  readonly utilityLines: readonly SeedUtilityLine[];
  readonly capacities: readonly SeedCapacity[];
}

export function layOutKarandash(): KarandashLayout {
  const frame = localFrame(CENTRE, 8);
  const boundary = scaleBoundary(frame, SHAPE, AREA_HA * 10_000, 3);
  const north = subdivideBlock({ uMin: -FAR, uMax: FAR, vMin: ROAD[1], vMax: FAR }, 4, 1, boundary.plotArea);
  const south = subdivideBlock({ uMin: -FAR, uMax: FAR, vMin: -FAR, vMax: ROAD[0] }, 4, 1, boundary.plotArea);
  const planned: PlannedCell[] = [
    ...north.map((cell, i) => ({ cell, use: NORTH[i] ?? missing() })),
    ...south.map((cell, i) => ({ cell, use: SOUTH[i] ?? missing() })),
    { cell: { uMin: -FAR, uMax: FAR, vMin: ROAD[0], vMax: ROAD[1] }, use: use('road', 'infrastructure', null, 'Внутриплощадочный проезд, две полосы') },
  ];
  const plots = layOutCells(frame, boundary.plotArea, planned).map(({ use: plotUse, ring }, i) => ({
    code: `К-${String(i + 1).padStart(2, '0')}`,
    use: plotUse,
    ring,
  }));
  const [west, east] = chordAlong(boundary.plotArea, 'u', 0);
  const line = (points: readonly LocalPoint[]): LineStringGeometry => ({ type: 'LineString', coordinates: points.map((p) => frame.toLonLat(p)) });
  const utilityLines: SeedUtilityLine[] = [
    { parkKey: KARANDASH_KEY, network: 'power', name: 'КЛ 10 кВ от ПС «Лесная»', capacity: 2_500, serviceClass: '10 kV', status: 'operating', geometry: line([[west - 150, -60], [west, 4], [east, 4]]) },
    { parkKey: KARANDASH_KEY, network: 'water', name: 'Водопровод Ду 150', capacity: 300, serviceClass: 'Ду 150', status: 'operating', geometry: line([[west - 120, 60], [west, -4], [east, -4]]) },
  ];
  const park: SeedPark = {
    key: KARANDASH_KEY,
    name: 'Индустриальный парк «Карандаш»',
    region: 'Свердловская область',
    declaredAreaHa: AREA_HA,
    cadastralCrs: null,
    illustrative: true,
    boundary: { type: 'Polygon', coordinates: [boundary.ring] },
  };
  const capacities: SeedCapacity[] = [
    { parkKey: KARANDASH_KEY, network: 'power', capacity: 2_500 },
    { parkKey: KARANDASH_KEY, network: 'water', capacity: 300 },
  ];
  return { park, plots, utilityLines, capacities };
}

function missing(): never {
  throw new Error('Карандаш plan has fewer uses than cells');
}

function entry(key: string, name: string, sector: string, okved: string, jobsPlanned: number, investmentMRub: number, contact: string, registered: number): RosterEntry {
  return { key, name, sector, okved, jobsPlanned, investmentMRub, contact, status: 'resident', registered };
}

/** Eight invented makers of stationery and goods for children's creativity. */
export const KARANDASH_ROSTER: readonly RosterEntry[] = [
  entry('pencil', 'ООО «Лесной карандаш»', 'Карандаши чернографитные и цветные', '32.99', 85, 240, 'Смирнова Наталья Игоревна, info@lesnoy-karandash.example', 2018),
  entry('paints', 'ООО «Уральские краски для творчества»', 'Гуашь, акварель, краски для рисования', '20.30', 40, 120, 'Белов Вячеслав Петрович, paints@ural-kraski.example', 2019),
  entry('notebooks', 'ООО «Тетрадная фабрика «Листок»»', 'Тетради, альбомы, блокноты', '17.23', 55, 190, 'Гусева Людмила Андреевна, office@listok-tf.example', 2018),
  entry('rulers', 'ООО «Лесная линейка»', 'Чертёжные принадлежности из дерева', '16.29', 30, 70, 'Тихонов Евгений Олегович, rulers@lesnaya-lineyka.example', 2022),
  entry('plasticine', 'ООО «Пластилиновая мастерская»', 'Пластилин и массы для лепки', '32.40', 30, 75, 'Киселёва Марина Юрьевна, lepka@plastilin-m.example', 2019),
  entry('artsets', 'ООО «Юный художник»', 'Наборы для детского творчества', '32.99', 35, 80, 'Макаров Илья Сергеевич, nabor@yuniy-hudozhnik.example', 2020),
  entry('crayons', 'ООО «Цветные мелки»', 'Восковые мелки и пастель', '32.99', 25, 60, 'Полякова Вера Николаевна, melki@cvetnye-melki.example', 2021),
  entry('bags', 'ООО «Ранец-Урал»', 'Школьные ранцы и пеналы', '15.12', 45, 95, 'Сорокин Андрей Михайлович, sales@ranets-ural.example', 2021),
];
