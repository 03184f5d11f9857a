import { bbox } from '@turf/bbox';
import { buffer } from '@turf/buffer';
import { earthRadius, feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import type { AreaGeometry, LineStringGeometry } from '../domain/geometry';
import type { PlotId, RailSpurId, UtilityLineId } from '../domain/ids';
import type { Plot } from '../domain/plot';
import type { RailSpur } from '../domain/railSpur';
import type { Network, UtilityLine } from '../domain/utility';
import { distanceFromPrepared, prepareArea } from '../geometry/distanceToLine';
import { geodesicArea } from '../geometry/geodesicArea';
import { DEG_TO_RAD, WGS84_A, WGS84_E2 } from '../geometry/wgs84';

/** Networks with protection zones: the utility networks and the railway. */
export type ZoneNetwork = Network | 'rail';

/** How a power line is built, as far as its zone depends on it. */
export type PowerConstruction = 'overhead' | 'cable' | 'insulated';

/** One row of a protection-zone table: half-width in metres on each side of the line's axis. */
export interface ProtectionZoneRow {
  readonly network: ZoneNetwork;
  /** Power: the row covers voltages above `aboveKv` and up to `upToKv` inclusive. */
  readonly aboveKv?: number;
  readonly upToKv?: number;
  /** Power: the row applies only to this construction. */
  readonly construction?: PowerConstruction;
  readonly halfWidthM: number;
  /** The regulation or the planning practice the width comes from. */
  readonly source: string;
}

/** Rows are tried in order; the first whose network, voltage and construction match wins. */
export type ProtectionZoneTable = readonly ProtectionZoneRow[];

const PP160 = 'ПП РФ от 24.02.2009 № 160, прил. (охранные зоны объектов электросетевого хозяйства)';

/**
 * Default protection-zone half-widths from Russian regulations; the planner may pass an edited copy.
 * Power rows follow ПП РФ № 160 for overhead lines (ВЛ) by voltage; rows marked «planning default»
 * are not a statutory zone but the distance planners keep by practice, and say so in `source`.
 */
export const DEFAULT_PROTECTION_ZONES = [
  { network: 'power', construction: 'cable', halfWidthM: 1, source: `${PP160}: подземные кабельные линии — 1 м` },
  {
    network: 'power', construction: 'insulated', aboveKv: 1, upToKv: 20, halfWidthM: 5,
    source: `${PP160}: ВЛ 1–20 кВ с самонесущими или изолированными проводами в границах населённых пунктов — 5 м`,
  },
  { network: 'power', aboveKv: 0, upToKv: 1, halfWidthM: 2, source: `${PP160}: ВЛ до 1 кВ — 2 м` },
  { network: 'power', aboveKv: 1, upToKv: 20, halfWidthM: 10, source: `${PP160}: ВЛ 1–20 кВ — 10 м` },
  { network: 'power', aboveKv: 20, upToKv: 35, halfWidthM: 15, source: `${PP160}: ВЛ 35 кВ — 15 м` },
  { network: 'power', aboveKv: 35, upToKv: 110, halfWidthM: 20, source: `${PP160}: ВЛ 110 кВ — 20 м` },
  { network: 'power', aboveKv: 110, upToKv: 220, halfWidthM: 25, source: `${PP160}: ВЛ 150, 220 кВ — 25 м` },
  { network: 'power', aboveKv: 220, upToKv: 500, halfWidthM: 30, source: `${PP160}: ВЛ 300 (330), ±400, 500 кВ — 30 м` },
  { network: 'power', aboveKv: 500, upToKv: 750, halfWidthM: 40, source: `${PP160}: ВЛ 750, ±750 кВ — 40 м` },
  { network: 'power', aboveKv: 750, upToKv: 1150, halfWidthM: 55, source: `${PP160}: ВЛ 1150 кВ — 55 м` },
  {
    network: 'power', halfWidthM: 10,
    source: `Planning default: voltage not stated, taken as a 6–10 kV distribution line (${PP160}: ВЛ 1–20 кВ — 10 м)`,
  },
  { network: 'gas', halfWidthM: 2, source: 'ПП РФ от 20.11.2000 № 878 (Правила охраны газораспределительных сетей), п. 7 «а»: 2 м с каждой стороны газопровода' },
  { network: 'heat', halfWidthM: 3, source: 'Приказ Минстроя России от 17.08.1992 № 197 (Типовые правила охраны коммунальных тепловых сетей): не менее 3 м в каждую сторону' },
  {
    network: 'water', halfWidthM: 5,
    source: 'Planning default: СП 42.13330.2016, п. 12.35 — водопровод не ближе 5 м от фундаментов; санитарно-защитная полоса водоводов по СанПиН 2.1.4.1110-02 шире (10 м и более) — задайте её, если она установлена',
  },
  { network: 'sewer', halfWidthM: 5, source: 'Planning default: СП 42.13330.2016, п. 12.35 — напорная канализация не ближе 5 м от фундаментов (самотечная — 3 м)' },
  { network: 'storm', halfWidthM: 3, source: 'Planning default: СП 42.13330.2016, п. 12.35 — самотечная дождевая канализация не ближе 3 м от фундаментов' },
  { network: 'telecom', halfWidthM: 2, source: 'ПП РФ от 09.06.1995 № 578 (Правила охраны линий и сооружений связи): 2 м с каждой стороны' },
  { network: 'rail', halfWidthM: 20, source: 'Planning default: полоса отвода подъездного пути, 20 м от оси пути (ширину задаёт проект пути)' },
] as const satisfies ProtectionZoneTable;

const NOT_A_LETTER = '(?![a-zа-яё])';

/**
 * The highest voltage named in a service class, in kV: "10 kV", "110 кВ", "0,4 кВ", "380 V",
 * "6/10 кВ" (→ 10), "ВЛ-35" (→ 35). Null when none is named. Volts count only from 100 V up,
 * so that the Russian preposition «в» after a number is not read as a unit.
 *
 * @example
 * parseVoltageKv('ВЛ 110 кВ'); // 110
 * parseVoltageKv('0,4 kV');    // 0.4
 */
export function parseVoltageKv(serviceClass: string): number | null {
  const text = serviceClass.toLowerCase().replace(/(\d),(\d)/g, '$1.$2');
  const voltages: number[] = [];
  for (const match of text.matchAll(new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(kv|кв|v|в)${NOT_A_LETTER}`, 'g'))) {
    const value = Number(match[1]);
    if (match[2] === 'kv' || match[2] === 'кв') voltages.push(value);
    else if (value >= 100) voltages.push(value / 1000);
  }
  if (voltages.length === 0) {
    for (const match of text.matchAll(/(?<![a-zа-яё])(?:вл|кл|vl|kl)\s*-?\s*(\d+(?:\.\d+)?)/g)) voltages.push(Number(match[1]));
  }
  return voltages.length === 0 ? null : Math.max(...voltages);
}

/** Cable (КЛ, кабель, cable) or insulated overhead wire (СИП, изолированный, insulated), else overhead. */
export function parseConstruction(serviceClass: string): PowerConstruction {
  const text = serviceClass.toLowerCase();
  if (new RegExp(`(?<![a-zа-яё])(кл|kl)${NOT_A_LETTER}|кабел|cable|подземн|underground`).test(text)) return 'cable';
  if (new RegExp(`(?<![a-zа-яё])(сип|sip)${NOT_A_LETTER}|изолир|insulated`).test(text)) return 'insulated';
  return 'overhead';
}

/**
 * The table row that sets a line's protection zone, by network and, for power, by the voltage and
 * construction read from its service class; null when no row matches.
 *
 * @example
 * zoneHalfWidth({ network: 'power', serviceClass: '110 кВ' }, DEFAULT_PROTECTION_ZONES)?.halfWidthM; // 20
 * zoneHalfWidth({ network: 'rail', serviceClass: '' }, DEFAULT_PROTECTION_ZONES)?.halfWidthM;       // 20
 */
export function zoneHalfWidth(
  line: { readonly network: ZoneNetwork; readonly serviceClass: string },
  table: ProtectionZoneTable = DEFAULT_PROTECTION_ZONES,
): ProtectionZoneRow | null {
  const kv = parseVoltageKv(line.serviceClass);
  const construction = parseConstruction(line.serviceClass);
  const matches = (row: ProtectionZoneRow): boolean => {
    if (row.network !== line.network) return false;
    if (row.construction !== undefined && row.construction !== construction) return false;
    if (row.aboveKv === undefined && row.upToKv === undefined) return true;
    return kv !== null && kv > (row.aboveKv ?? -Infinity) && kv <= (row.upToKv ?? Infinity);
  };
  return table.find(matches) ?? null;
}

export type ProtectionZoneConflict = {
  readonly plotId: PlotId;
  readonly network: ZoneNetwork;
  readonly halfWidthM: number;
  /** Geodesic area in m² of the plot inside the zone. */
  readonly overlapM2: number;
} & ({ readonly lineKind: 'utility'; readonly lineId: UtilityLineId } | { readonly lineKind: 'rail'; readonly lineId: RailSpurId });

/** A plot farther from the line than the half-width, with this relative and absolute slack, cannot reach its zone. */
const ZONE_WIDTH_SLACK = 0.005;
const MIN_REACH_SLACK_M = 0.05;

/** Overlaps smaller than this (m²) are clipping slivers where a plot edge runs along the zone's edge. */
const MIN_OVERLAP_M2 = 0.01;

/*
 * @turf/buffer works on a sphere of radius 6 371 008.8 m; on the ellipsoid a metre of ground spans a
 * slightly different angle. Scaling the width by the Gaussian mean radius √(MN) at the line leaves at
 * most (N − M)/2√(MN) ≈ 0.11 % width error at 54.6°N, depending on the line's direction.
 */
function sphericalWidthM(halfWidthM: number, line: LineStringGeometry): number {
  const lats = line.coordinates.map((position) => position[1]);
  const sinPhi = Math.sin(((Math.min(...lats) + Math.max(...lats)) / 2) * DEG_TO_RAD);
  const w2 = 1 - WGS84_E2 * sinPhi * sinPhi;
  const gaussianRadius = (WGS84_A * Math.sqrt(1 - WGS84_E2)) / w2;
  return (halfWidthM * earthRadius) / gaussianRadius;
}

const boxesMeet = (a: number[], b: number[]): boolean =>
  (a[0] ?? 0) <= (b[2] ?? 0) && (b[0] ?? 0) <= (a[2] ?? 0) && (a[1] ?? 0) <= (b[3] ?? 0) && (b[1] ?? 0) <= (a[3] ?? 0);

/**
 * Plots that reach into the protection zone of a utility line or a rail spur, with the geodesic area
 * of the overlap. The zone is the line buffered by its half-width from `table` (round ends). Plots
 * in zone `road` or with status `infrastructure` are not flagged: utilities run in road corridors and
 * on the park's own land by design. Lines of every status count, since a planned line binds the
 * layout too. Buffer widths are within ~0.1 % of the regulatory distance (see `sphericalWidthM`).
 *
 * @example
 * protectionZoneConflicts(plots, utilityLines, railSpurs, DEFAULT_PROTECTION_ZONES);
 * // [{ plotId: 12, lineKind: 'utility', lineId: 3, network: 'power', halfWidthM: 10, overlapM2: 1843.2 }]
 */
export function protectionZoneConflicts(
  plots: readonly Pick<Plot, 'id' | 'status' | 'zone' | 'geometry'>[],
  lines: readonly Pick<UtilityLine, 'id' | 'network' | 'serviceClass' | 'geometry'>[],
  spurs: readonly Pick<RailSpur, 'id' | 'geometry'>[],
  table: ProtectionZoneTable = DEFAULT_PROTECTION_ZONES,
): ProtectionZoneConflict[] {
  const candidates = plots
    .filter((plot) => plot.zone !== 'road' && plot.status !== 'infrastructure')
    .map((plot) => ({
      plot,
      polygon: feature(plot.geometry as unknown as Polygon),
      box: bbox(plot.geometry as unknown as Polygon),
      prepared: prepareArea(plot.geometry),
    }));
  const zoned = [
    ...lines.map((line) => ({ kind: 'utility' as const, id: line.id, network: line.network as ZoneNetwork, serviceClass: line.serviceClass, geometry: line.geometry })),
    ...spurs.map((spur) => ({ kind: 'rail' as const, id: spur.id, network: 'rail' as const, serviceClass: '', geometry: spur.geometry })),
  ];
  const conflicts: ProtectionZoneConflict[] = [];
  for (const line of zoned) {
    const row = zoneHalfWidth(line, table);
    if (row === null || row.halfWidthM <= 0 || line.geometry.coordinates.length < 2) continue;
    const zone = buffer(feature(line.geometry as unknown as LineString), sphericalWidthM(row.halfWidthM, line.geometry), { units: 'meters' });
    if (zone === undefined) continue;
    const zoneBox = bbox(zone);
    // Clipping is the slow part (milliseconds per pair); the geodesic distance rules most pairs out first.
    const reach = row.halfWidthM * (1 + ZONE_WIDTH_SLACK) + MIN_REACH_SLACK_M;
    for (const { plot, polygon, box, prepared } of candidates) {
      if (!boxesMeet(box, zoneBox)) continue;
      if (distanceFromPrepared(prepared, line.geometry) > reach) continue;
      const overlap = intersect(featureCollection<Polygon | MultiPolygon>([polygon, zone]));
      if (overlap === null) continue;
      const overlapM2 = geodesicArea(overlap.geometry as unknown as AreaGeometry);
      if (overlapM2 < MIN_OVERLAP_M2) continue;
      const common = { plotId: plot.id, network: line.network, halfWidthM: row.halfWidthM, overlapM2 };
      conflicts.push(line.kind === 'utility' ? { ...common, lineKind: 'utility', lineId: line.id } : { ...common, lineKind: 'rail', lineId: line.id });
    }
  }
  return conflicts;
}
