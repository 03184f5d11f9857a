import type { AllocationKind } from '../../../../shared/domain/allocation';
import type { PlotStatus } from '../../../../shared/domain/plot';
import type { Network } from '../../../../shared/domain/utility';

/*
 * The words printed on an allocation map. The sheets go to Russian investment committees and the
 * regional portal, so they are in Russian, whatever language the app's interface speaks.
 */

export const STATUS_WORDS = {
  free: 'Свободен',
  reserved: 'Зарезервирован',
  allocated: 'Предоставлен',
  built: 'Застроен',
  infrastructure: 'Инфраструктура',
} as const satisfies Record<PlotStatus, string>;

/** The kinds as a table cell gives them, in the abbreviations of Russian land documents. */
export const KIND_ABBREVIATIONS = {
  reservation: 'Резерв.',
  lease: 'Аренда',
  ownership: 'Собств.',
} as const satisfies Record<AllocationKind, string>;

export const MAP_WORDS = {
  mapTitle: 'Схема размещения резидентов',
  atlasTitle: 'Участки резидента',
  legend: 'Условные обозначения',
  legendByStatus: 'Статус участка',
  legendByResident: 'Резиденты',
  noResident: 'Не предоставлен',
  otherPlots: 'Прочие участки',
  plotsShort: 'уч.',
  parkBoundary: 'Граница парка',
  railSpur: 'Железнодорожный путь',
  cadastralParcel: 'Участок по ЕГРН (кадастровый номер)',
  scale: 'Масштаб',
  date: 'Дата',
  author: 'Составил',
  grid: 'Сетка',
  areas: 'Площади',
  geodesicAreas: 'геодезические (WGS84)',
  illustrative: 'Демонстрационные данные — иллюстративно, не съёмка',
  table: 'Ведомость предоставления участков',
  tableContinued: 'Ведомость предоставления участков (продолжение)',
  // Short headers: the columns are as narrow as their figures, and a header must not widen them.
  columns: ['Уч.', 'Резидент', 'S, га', 'Право', 'Договор'],
  north: 'С',
  metres: 'м',
  page: 'Лист',
  keyMapTitle: 'Сборный лист (схема разбивки на листы)',
  sheetOf: 'Лист {{n}} из {{count}}',
} as const;

export const NETWORK_WORDS = {
  power: 'Электроснабжение',
  gas: 'Газоснабжение',
  water: 'Водоснабжение',
  sewer: 'Водоотведение',
  heat: 'Теплоснабжение',
  telecom: 'Связь',
  storm: 'Ливневая канализация',
} as const satisfies Record<Network, string>;
