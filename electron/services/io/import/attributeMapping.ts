import { CADASTRAL_NUMBER_PATTERN } from '../../../../shared/contract/editRequests';
import { MAPPED_FIELDS, type FieldMap, type MappedField } from '../../../../shared/contract/exchangeRequests';
import { PLOT_STATUSES, PLOT_ZONES, type PlotStatus, type PlotZone } from '../../../../shared/domain/plot';
import { RAIL_SPUR_STATUSES, type RailSpurStatus } from '../../../../shared/domain/railSpur';
import { NETWORKS, type Network, type UtilityStatus } from '../../../../shared/domain/utility';
import type { AttributeValue } from './sourceFeature';

/*
 * Attribute mapping: which column of the file fills which field, by the names engineers and cadastral
 * extracts commonly use (code, номер, кн, cad_num…), unless `--map field=column` says otherwise. Values
 * that do not read (a status "занят?" or a malformed cadastral number) fall back to the default and
 * are reported as a note on the feature; they never refuse it.
 */

export { MAPPED_FIELDS, type MappedField } from '../../../../shared/contract/exchangeRequests';

const COMMON_NAMES: Readonly<Record<MappedField, readonly string[]>> = {
  code: ['code', 'plot_code', 'plot', 'номер', 'nomer', 'number', 'num', 'no', 'участок', 'код', 'name', 'имя', 'название'],
  status: ['status', 'статус', 'state', 'состояние'],
  zone: ['zone', 'зона', 'zoning', 'landuse', 'назначение', 'use'],
  cadastralNumber: ['cadastralnumber', 'cadastral_number', 'cad_num', 'cadnum', 'cad_number', 'kn', 'кн', 'kad_n', 'kadnum', 'кадастровый_номер', 'кадастровый номер', 'кад_номер'],
  notes: ['notes', 'note', 'description', 'descr', 'comment', 'remarks', 'примечание', 'комментарий', 'описание'],
  name: ['name', 'название', 'наименование', 'имя', 'title'],
  station: ['station', 'станция'],
  network: ['network', 'сеть', 'net', 'utility', 'вид', 'type', 'тип'],
  capacity: ['capacity', 'мощность', 'пропускная', 'throughput'],
  serviceClass: ['serviceclass', 'service_class', 'class', 'voltage', 'напряжение', 'pressure', 'давление', 'diameter', 'диаметр', 'dn'],
};

/** Reads "code=KN,status=СТАТУС" style overrides, as given by repeated `--map` options. */
export function parseFieldMap(entries: readonly string[]): Partial<Record<MappedField, string>> {
  const map: Partial<Record<MappedField, string>> = {};
  for (const entry of entries) {
    const [field = '', column = ''] = entry.split('=', 2).map((part) => part.trim());
    if (!(MAPPED_FIELDS as readonly string[]).includes(field) || column === '') {
      throw new RangeError(`--map ${entry}: expected FIELD=COLUMN with FIELD one of ${MAPPED_FIELDS.join(', ')}`);
    }
    map[field as MappedField] = column;
  }
  return map;
}

/** The value of `field` in a feature's attributes: the overriding column (null: none), else the first common name. */
export function fieldValue(attributes: Readonly<Record<string, AttributeValue>>, field: MappedField, overrides: FieldMap): string | null {
  const pick = (value: AttributeValue | undefined): string | null => (value === null || value === undefined || String(value).trim() === '' ? null : String(value).trim());
  const column = overrides[field];
  // null: the planner chose to leave the field empty.
  if (column === null) return null;
  if (column !== undefined) return pick(attributes[column]);
  const byName = new Map(Object.keys(attributes).map((key) => [key.trim().toLocaleLowerCase('ru'), key]));
  for (const name of COMMON_NAMES[field]) {
    const key = byName.get(name);
    if (key !== undefined && pick(attributes[key]) !== null) return pick(attributes[key]);
  }
  return null;
}

/**
 * The column the common-name rule picks for `field` among a file's columns: the first common name that a
 * column with some value answers to (as fieldValue does feature by feature), or null.
 *
 * @example
 * automaticColumn('cadastralNumber', [{ name: 'Номер', samples: ['П-1'] }, { name: 'КН', samples: ['62:15:0000000:1'] }]); // 'КН'
 */
export function automaticColumn(field: MappedField, columns: readonly { readonly name: string; readonly samples: readonly string[] }[]): string | null {
  const byName = new Map(columns.filter((column) => column.samples.length > 0).map((column) => [column.name.trim().toLocaleLowerCase('ru'), column.name]));
  for (const name of COMMON_NAMES[field]) {
    const column = byName.get(name);
    if (column !== undefined) return column;
  }
  return null;
}

const STATUS_WORDS: Readonly<Record<string, PlotStatus>> = {
  свободен: 'free', свободный: 'free', свободно: 'free', резерв: 'reserved', зарезервирован: 'reserved', забронирован: 'reserved',
  предоставлен: 'allocated', занят: 'allocated', аренда: 'allocated', выделен: 'allocated', застроен: 'built', построен: 'built',
  инфраструктура: 'infrastructure', инфраструктурный: 'infrastructure',
};
const ZONE_WORDS: Readonly<Record<string, PlotZone>> = {
  производство: 'production', производственная: 'production', склад: 'warehouse', складская: 'warehouse', офис: 'office',
  офисная: 'office', административная: 'office', инженерная: 'utility', коммунальная: 'utility', озеленение: 'green',
  зелёная: 'green', зеленая: 'green', дорога: 'road', дорожная: 'road', проезд: 'road',
};
const NETWORK_WORDS: Readonly<Record<string, Network>> = {
  электро: 'power', электроснабжение: 'power', лэп: 'power', кабель: 'power', electricity: 'power', газ: 'gas', газопровод: 'gas',
  вода: 'water', водопровод: 'water', водоснабжение: 'water', канализация: 'sewer', sewage: 'sewer', тепло: 'heat',
  теплосеть: 'heat', теплоснабжение: 'heat', связь: 'telecom', ливневка: 'storm', ливневая: 'storm', ливневая_канализация: 'storm',
};

/** A value read as one of `allowed` (English keys or Russian words), or null when it does not read. */
export function readChoice<T extends string>(value: string | null, allowed: readonly T[], words: Readonly<Record<string, T>>): T | null {
  if (value === null) return null;
  const folded = value.toLocaleLowerCase('ru').replaceAll('ё', 'е').trim();
  if ((allowed as readonly string[]).includes(folded)) return folded as T;
  return words[folded] ?? words[folded.split(/\s+/)[0] ?? ''] ?? null;
}

export const readPlotStatus = (value: string | null): PlotStatus | null => readChoice(value, PLOT_STATUSES, STATUS_WORDS);
export const readPlotZone = (value: string | null): PlotZone | null => readChoice(value, PLOT_ZONES, ZONE_WORDS);
export const readNetwork = (value: string | null): Network | null => readChoice(value, NETWORKS, NETWORK_WORDS);
export const readLineStatus = (value: string | null): (RailSpurStatus & UtilityStatus) | null =>
  readChoice(value, RAIL_SPUR_STATUSES, { проект: 'planned', планируется: 'planned', строительство: 'construction', строится: 'construction', действует: 'operating', эксплуатация: 'operating' });

/** A cadastral number as ЕГРН writes it, or null when the value is not one. */
export function readCadastralNumber(value: string | null): string | null {
  const compact = value?.replace(/\s+/g, '') ?? null;
  return compact !== null && CADASTRAL_NUMBER_PATTERN.test(compact) ? compact : null;
}
