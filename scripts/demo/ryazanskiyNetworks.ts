import type { LineStringGeometry } from '../../shared/domain/geometry';
import type { LocalPoint } from './localFrame';
import { chordAlong } from './planarLayout';
import { RYAZANSKIY_KEY, type RyazanskiyLayout } from './ryazanskiy';
import type { SeedCapacity, SeedRailSpur, SeedUtilityLine } from './seedTypes';

/*
 * Railway spurs and utility lines of the illustrative «Рязанский», drawn in the plan's local frame along the
 * road reserves (road №1 at v 630–650, №2 at 50–70, №3 at −570…−550; №4–7 at u ≈ −1000, −480, 480, 1000).
 */

type Line = readonly LocalPoint[];

/** Where the railway runs: the middle of the corridor, a little west of the park's axis. */
const RAIL_U = -8;

export function ryazanskiyRailSpurs(layout: RyazanskiyLayout): SeedRailSpur[] {
  const [south, north] = chordAlong(layout.boundary.plotArea, 'v', RAIL_U);
  const main: Line = [
    [RAIL_U, north],
    [RAIL_U, south],
    // Out of the park towards Дягилево, south-south-east: the first stretch of the 7.5 km line.
    [RAIL_U, south - 500],
    [60, south - 1000],
    [220, south - 1500],
  ];
  const warehouses: Line = [[RAIL_U, 110], [8, 170], [40, 225], [90, 262], [150, 270], [440, 270]];
  return [
    {
      parkKey: RYAZANSKIY_KEY,
      name: 'Подъездной путь №1 «Дягилево — ИП «Рязанский»» (необщего пользования, 7,5 км)',
      status: 'operating',
      station: 'Дягилево',
      geometry: lineString(layout, main),
    },
    {
      parkKey: RYAZANSKIY_KEY,
      name: 'Подъездной путь №2 к складскому комплексу',
      status: 'construction',
      station: 'Дягилево',
      geometry: lineString(layout, warehouses),
    },
  ];
}

export function ryazanskiyUtilityLines(layout: RyazanskiyLayout): SeedUtilityLine[] {
  const along = (v: number): Line => {
    const [west, east] = chordAlong(layout.boundary.plotArea, 'u', v);
    return [[west, v], [east, v]];
  };
  const across = (u: number, vFrom: number, vTo: number): Line => [[u, vFrom], [u, vTo]];
  const [west3, east3] = chordAlong(layout.boundary.plotArea, 'u', -566);
  const [west2] = chordAlong(layout.boundary.plotArea, 'u', 54);
  const line = (
    network: SeedUtilityLine['network'],
    name: string,
    capacity: number | null,
    serviceClass: string,
    status: SeedUtilityLine['status'],
    points: Line,
  ): SeedUtilityLine => ({ parkKey: RYAZANSKIY_KEY, network, name, capacity, serviceClass, status, geometry: lineString(layout, points) });
  return [
    line('power', 'ВЛ 110 кВ «Рязанская — Тюшево-Индустриальная»', 64_000, '110 kV', 'operating', [[1900, 1650], [1300, 1200], [880, 800]]),
    line('power', 'КЛ 10 кВ, фидер 1 «Северный»', 16_000, '10 kV', 'operating', [[880, 760], [880, 644], ...along(644).slice(0, 1)]),
    line('power', 'КЛ 10 кВ, фидер 2 «Центральный»', 16_000, '10 kV', 'operating', [[960, 760], [1004, 644], [1004, 64], [west2, 64]]),
    line('power', 'КЛ 10 кВ, фидер 3 «Южный»', 12_000, '10 kV', 'construction', [[1004, 64], [1004, -556], [west3, -556]]),
    line('gas', 'Газопровод высокого давления от ГРС «Тюшево»', 12_000, 'высокое давление II категории (до 0,6 МПа)', 'operating', [[-1900, -1250], [-1004, -560], [-1004, 640]]),
    line('gas', 'Газопровод среднего давления, Центральный проезд', 6_000, 'среднее давление (до 0,3 МПа)', 'construction', [[-1004, 54], ...along(54).slice(1)]),
    line('water', 'Водовод Ду 300 от водозабора', 6_000, 'Ду 300', 'operating', [[-1850, 1350], [-1004, 636], ...along(636).slice(1)]),
    line('water', 'Водопроводная сеть Ду 200, Центральный проезд', 3_000, 'Ду 200', 'operating', along(58)),
    line('water', 'Водопроводная сеть Ду 150, Южный проезд', 1_500, 'Ду 150', 'planned', along(-562)),
    line('sewer', 'Напорный коллектор Ду 250 к очистным сооружениям', 4_500, 'Ду 250', 'operating', [[west3, -566], [east3 - 40, -566], [1150, -820]]),
    line('sewer', 'Самотечная канализация Ду 300, Заводская улица', 2_500, 'Ду 300', 'construction', across(476, 640, -560)),
    line('storm', 'Ливневая канализация Ду 600, Складская улица', 800, 'Ду 600', 'operating', [[-476, 640], [-476, -564], [-860, -564], [-860, -800]]),
    line('storm', 'Ливневая канализация Ду 500, Центральный проезд', 500, 'Ду 500', 'planned', along(66)),
    line('heat', 'Теплосеть 2Ду 200 от блочной котельной', 12, '2Ду 200', 'planned', [[1004, 68], [25, 68]]),
    line('telecom', 'Волоконно-оптическая линия связи', 10_000, 'ОК 48 волокон', 'operating', along(62)),
  ];
}

/** What the park can give residents, per network (kW, m³/h, m³/day, Gcal/h, l/s, Mbit/s). */
export function ryazanskiyCapacities(): SeedCapacity[] {
  const capacity = (network: SeedCapacity['network'], value: number): SeedCapacity => ({ parkKey: RYAZANSKIY_KEY, network, capacity: value });
  return [
    capacity('power', 60_000),
    capacity('gas', 12_000),
    capacity('water', 6_000),
    capacity('sewer', 4_500),
    capacity('heat', 12),
    capacity('storm', 800),
    capacity('telecom', 10_000),
  ];
}

function lineString(layout: RyazanskiyLayout, points: Line): LineStringGeometry {
  return { type: 'LineString', coordinates: points.map((point) => layout.frame.toLonLat(point)) };
}
