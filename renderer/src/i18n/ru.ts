import { cadastreRu } from './cadastreRu';
import { underlaysRu } from './underlaysRu';
import { mapRoomRu } from './mapRoomRu';
import { syncRu } from './syncRu';
import { drawingRu } from './drawingRu';
import { exchangeRu } from './exchangeRu';
import { importJobsRu } from './importJobsRu';
import { importChoicesRu } from './importChoicesRu';
import { plotEditingRu } from './plotEditingRu';
import { utilityEditingRu } from './utilityEditingRu';
import { registryRu } from './registryRu';
import { projectFilesRu } from './projectFilesRu';
import { parksRu } from './parksRu';

/** Russian, the interface's own language. Every key here must exist in en.ts (the Messages type checks it). */
export const ru = {
  app: {
    name: 'ParkPlan',
    tagline: 'Планирование индустриальных парков',
    loading: 'Загрузка проекта…',
    loadFailed: 'Не удалось загрузить проект: {{message}}',
  },
  header: {
    parks: 'Парки',
    showPark: 'Показать парк «{{name}}»',
    showAll: 'Все парки',
    showAllHint: 'Показать все парки',
    summary: 'Сводка по парку',
    illustrative: 'иллюстративные данные',
    illustrativeHint: 'Демонстрационные данные, не результаты межевания',
  },
  language: {
    label: 'Язык интерфейса',
    ru: 'Русский',
    en: 'Английский',
  },
  layers: {
    title: 'Слои',
    boundary: 'Граница парка',
    plots: 'Участки',
    labels: 'Подписи участков',
    railSpurs: 'Ж/д пути',
    utilityLines: 'Инженерные сети',
    cadastralParcels: 'Участки ЕГРН',
    parcelNumbers: 'Кадастровые номера',
    networks: 'Сети',
  },
  network: {
    power: 'Электроснабжение',
    gas: 'Газоснабжение',
    water: 'Водоснабжение',
    sewer: 'Канализация',
    heat: 'Теплоснабжение',
    telecom: 'Связь',
    storm: 'Ливневая канализация',
  },
  status: {
    free: 'Свободен',
    reserved: 'Зарезервирован',
    allocated: 'Предоставлен',
    built: 'Застроен',
    infrastructure: 'Инфраструктура',
  },
  zone: {
    production: 'Производственная',
    warehouse: 'Складская',
    office: 'Административно-деловая',
    utility: 'Инженерная',
    green: 'Озеленение',
    road: 'Улично-дорожная сеть',
  },
  allocationKind: {
    reservation: 'Резервирование',
    lease: 'Аренда',
    ownership: 'Собственность',
  },
  plotList: {
    title: 'Список участков',
    code: 'Участок',
    area: 'Площадь, га',
    status: 'Статус',
    resident: 'Резидент',
    sortBy: 'Сортировать по столбцу «{{column}}»',
    count: 'Участков: {{count}}',
    empty: 'В парке нет участков',
    search: 'Найти участок',
    searchPlaceholder: 'Код, кадастровый номер или резидент (Ctrl+F)',
    noHits: 'Ни один участок не подходит под «{{query}}»',
  },
  details: {
    title: 'Сведения об участке',
    none: 'Выберите участок на карте или в списке',
    loading: 'Загрузка…',
    failed: 'Не удалось получить сведения: {{message}}',
    close: 'Снять выделение',
    park: 'Парк',
    cadastralNumber: 'Кадастровый номер',
    notRegistered: 'не поставлен на учёт',
    status: 'Статус',
    zone: 'Зона',
    area: 'Площадь',
    perimeter: 'Периметр',
    areaCadastralHint: 'Плоская площадь в кадастровой системе координат парка, округлённая до 1 м², как в ЕГРН',
    geodesicArea: 'Геодезическая площадь',
    geodesicAreaHint: 'Площадь на эллипсоиде WGS84 (как её дают эллипсоидальные измерения QGIS и geography в PostGIS)',
    vertices: 'Вершин',
    resident: 'Резидент',
    noResident: 'нет',
    sector: 'Отрасль',
    allocation: 'Основание',
    agreement: '{{kind}}, договор № {{number}} от {{date}}',
    notes: 'Примечания',
  },
  legend: {
    selected: 'Выбранный участок',
    title: 'Статус участка',
  },
  map: {
    label: 'Карта',
    canvas: 'Схема парка: перетаскивание сдвигает, колесо мыши меняет масштаб',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    resetBearing: 'Повернуть на север',
    toggleAttribution: 'Сведения об источниках',
    metres: 'м',
    kilometres: 'км',
  },
  ...registryRu,
  ...projectFilesRu,
  ...parksRu,
  ...drawingRu,
  ...underlaysRu,
  ...mapRoomRu,
  ...cadastreRu,
  ...syncRu,
  ...plotEditingRu,
  ...utilityEditingRu,
  ...exchangeRu,
  ...importJobsRu,
  ...importChoicesRu,
} as const;

type Leaves<T> = { readonly [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };

/** The shape every language must fill: the Russian keys, any text. */
export type Messages = Leaves<typeof ru>;
