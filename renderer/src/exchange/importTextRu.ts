import { formatMessage, message } from '../../../shared/messages/message';

/*
 * The import report in Russian. The Node side words its report in English (the CLI prints it as it is);
 * the dialog translates the report's labels, messages and notes here, template by template. A text no
 * template knows is shown as it came, so a new message is never lost, only left in English — and
 * test/import/importTextRu.test.ts, which runs every import fixture, fails until it has a template.
 */

type Rule = readonly [RegExp, (...groups: string[]) => string];

const many = (count: string, one: string, few: string, lots: string): string => {
  const n = Number(count);
  const tens = n % 100;
  const unit = n % 10;
  if (tens >= 11 && tens <= 14) return lots;
  if (unit === 1) return one;
  return unit >= 2 && unit <= 4 ? few : lots;
};

/** «Индустриальный парк «Рязанский»» after «парк(а/е)» reads as «парка «Рязанский»». */
const parkName = (name: string): string => name.replace(/^(?:Индустриальный|Промышленный|Технологический|Частный)\s+(?:промышленный\s+)?парк\s+/iu, '');

/** How the report names a feature: its kind and number, then «part k of n», then what it became. */
const LABEL_RULES: readonly Rule[] = [
  [/^feature (\d+)/u, (n) => `объект ${n}`],
  [/^Placemark (\d+)/u, (n) => `метка ${n}`],
  [/^record (\d+)/u, (n) => `запись ${n}`],
  [/^contour /u, () => 'контур '],
  [/ on layer «/u, () => ' на слое «'],
  [/ of block «/u, () => ' из блока «'],
  [/, part (\d+) of (\d+)/u, (k, n) => `, часть ${k} из ${n}`],
  [/ → plot /u, () => ' → участок '],
];

const SELF_CROSSING: Rule = [
  /segment (\d+) \(vertices (\d+)–(\d+)\) (crosses|touches) segment (\d+) \(vertices (\d+)–(\d+)\)/gu,
  (i, a, b, verb, j, c, d) => `отрезок ${i} (вершины ${a}–${b}) ${verb === 'crosses' ? 'пересекает' : 'касается'} отрезок ${j} (вершины ${c}–${d})`,
];

const MESSAGE_RULES: readonly Rule[] = [
  [/^ring closed$/u, () => 'контур замкнут'],
  [/^(\d+) rings closed$/u, (n) => `замкнуто контуров: ${n}`],
  [/^winding fixed$/u, () => 'направление обхода исправлено'],
  [/^winding fixed on (\d+) rings$/u, (n) => `направление обхода исправлено у контуров: ${n}`],
  [/^(\d+) duplicate (?:vertex|vertices) removed$/u, (n) => `${many(n, 'удалена повторная вершина', 'удалены повторные вершины', 'удалено повторных вершин')}: ${n}`],
  [/^a one-part MultiPolygon read as a Polygon$/u, () => 'MultiPolygon из одной части прочитан как Polygon'],
  [/^a one-part MultiLineString read as a LineString$/u, () => 'MultiLineString из одной части прочитан как LineString'],
  [/^part (\d+) of a (\d+)-part MultiPolygon, imported as a plot of its own$/u, (k, n) => `часть ${k} из ${n} мультиполигона, импортирована отдельным участком`],
  [/^part (\d+) of a (\d+)-part MultiLineString, imported as a line of its own$/u, (k, n) => `часть ${k} из ${n} мультилинии, импортирована отдельной линией`],
  [/^status "(.*)" not recognised, set to free$/u, (s) => `статус «${s}» не распознан, принят «свободен»`],
  [/^status "(.*)" not recognised, set to planned$/u, (s) => `статус «${s}» не распознан, принят «проектируется»`],
  [/^zone "(.*)" not recognised, set to production$/u, (s) => `зона «${s}» не распознана, принята «производственная»`],
  [/^"(.*)" is not a cadastral number, left empty$/u, (s) => `«${s}» — не кадастровый номер, поле оставлено пустым`],
  [/^capacity "(.*)" is not a number, left empty$/u, (s) => `мощность «${s}» — не число, поле оставлено пустым`],
  [/^overlaps plot (.+) \(earlier in this file\) by ([\d.]+) m²$/u, (code, area) => `пересекает участок ${code} (ранее в этом файле) на ${area} м²`],
  [/^overlaps plot (.+) by ([\d.]+) m²$/u, (code, area) => `пересекает участок ${code} на ${area} м²`],
  [/^([\d.]+) m² lie outside the park boundary$/u, (area) => `${area} м² лежат за границей парка`],
  [/^it has no geometry$/u, () => 'у объекта нет геометрии'],
  [/^it has no rings: too few vertices$/u, () => 'у объекта нет контуров: слишком мало вершин'],
  [/^its coordinates are not an array$/u, () => 'координаты не являются массивом'],
  [/^ring (\d+) is not an array of positions$/u, (r) => `контур ${r} не является массивом точек`],
  [/^vertex (\d+) of ring (\d+) is not a pair of numbers$/u, (v, r) => `вершина ${v} контура ${r} — не пара чисел`],
  [/^vertex (\d+)(?: of ring (\d+))? has the coordinate NaN$/u, (v, r) => `вершина ${v}${r ? ` контура ${r}` : ''} имеет координату NaN (не число)`],
  [/^vertex (\d+)(?: of ring (\d+))? has the coordinate (-?Infinity) \(.*\)$/u, (v, r, value) => `вершина ${v}${r ? ` контура ${r}` : ''} имеет координату ${value} (число вне диапазона double, например 1e400, читается как бесконечность)`],
  [/^the coordinates \((.+)\) cannot be degrees: they look like projected metres\. The file is read as (.+); give the CRS they are in with --crs \(for example (.+)\)$/u,
    (xy, crs, example) => `координаты (${xy}) не могут быть градусами: это похоже на метры проекции. Файл прочитан как ${crs}; укажите систему координат файла (например, ${example})`],
  [/^the coordinates \((.+)\) do not convert from (.+) to longitude and latitude$/u, (xy, crs) => `координаты (${xy}) не переводятся из ${crs} в долготу и широту — проверьте систему координат`],
  [/^its coordinates have the axes swapped: read as \((longitude, latitude|easting, northing)\) it lies far from (.+), read the other way round it lies in it\..*$/u,
    (axes, park) => `оси координат переставлены: при чтении как (${axes === 'longitude, latitude' ? 'долгота, широта' : 'восток, север'}) объект далеко от парка ${parkName(park)}, при обратном порядке — в нём. Исправьте порядок осей в файле или отметьте «Поменять X и Y местами»`],
  [/^it lies at ([\d.]+)°N ([\d.]+)°E, more than (\d+) km from (.+); is (.+) the right CRS\?$/u,
    (lat, lon, km, park, crs) => `объект лежит в точке ${lat}° с. ш. ${lon}° в. д., дальше ${km} км от парка ${parkName(park)}; верна ли система координат ${crs}?`],
  [/^it is a MultiPolygon of (.+) parts; a plot is one polygon — split it into one feature per part$/u, (n) => `это MultiPolygon из ${n} частей; участок — один полигон`],
  [/^its geometry is (.+), which import does not read$/u, (what) => `геометрия объекта — ${what}, импорт её не читает`],
  [/^it is a (\w+); a plot needs a Polygon$/u, (type) => `это ${type}; участку нужен Polygon`],
  [/^it is a (\w+)(?: of several parts)?; a line needs one LineString$/u, (type) => `это ${type}; линии нужен один LineString`],
  [/^it has fewer than 2 distinct vertices, too few for a line$/u, () => 'меньше двух различных вершин — слишком мало для линии'],
  [/^its outline has (\d+) distinct vertices, too few for a polygon \(at least 3\)$/u, (n) => `у внешнего контура различных вершин: ${n}, для полигона нужно не меньше 3`],
  [/^hole (\d+) has (\d+) distinct vertices, too few for a polygon \(at least 3\)$/u, (h, n) => `у отверстия ${h} различных вершин: ${n}, для полигона нужно не меньше 3`],
  [/^(?:hole (\d+): )?The outline crosses itself: (.+?)( and (\d+) more)?\.$/u,
    (hole, list, _more, count) => `${hole ? `отверстие ${hole}: ` : ''}контур пересекает сам себя: ${applyAll(list, [SELF_CROSSING])}${count ? ` и ещё ${count}` : ''}.`],
  [/^plot code (.+?) is already used in (.+?)( \(earlier in this file\))?$/u, (code, park, earlier) => `номер участка ${code} уже занят в парке ${parkName(park)}${earlier ? ' (ранее в этом файле)' : ''}`],
  [/^its network is not given: add a "network" column or use --map network=COLUMN$/u, () => 'сеть не указана: добавьте столбец «network» или сопоставьте поле «Сеть» со столбцом файла'],
  [/^network "(.*)" is not one of .*$/u, (s) => `сеть «${s}» не из списка: электро-, газо-, водоснабжение, канализация, теплоснабжение, связь, ливневая канализация`],
];

/** Report-level notes: how the file was read. */
const NOTE_RULES: readonly Rule[] = [
  [/^attributes read as (.+) \(from the \.cpg\)$/u, (enc) => `атрибуты прочитаны в кодировке ${enc} (по файлу .cpg)`],
  [/^attributes read as (.+) \(no \.cpg; chosen from the \.dbf\)$/u, (enc) => `атрибуты прочитаны в кодировке ${enc} (файла .cpg нет; выбрана по содержимому .dbf)`],
  [/^drawing units: metres$/u, () => 'единицы чертежа: метры'],
  // The DXF notes added with their keys (issue 12): worded from the key's Russian text.
  [/^text read as (\S+) \((.+)\)$/u, (encoding, because) => formatMessage('ru', message('import.dxf.note.text', { encoding, because }))],
  [/^(\d+) block INSERT\(s\) expanded into (\d+) polyline\(s\)$/u, (inserts, polylines) => formatMessage('ru', message('import.dxf.note.blocks', { inserts: Number(inserts), polylines: Number(polylines) }))],
  [/^INSERTs of blocks the drawing does not define were skipped: (.+)$/u, (blocks) => formatMessage('ru', message('import.dxf.note.missingBlocks', { blocks }))],
  [/^attributes read as (\S+) \(Charset "(.+)"\)$/u, (encoding, charset) => formatMessage('ru', message('import.mif.note.charset', { encoding, charset }))],
  [/^CoordSys read as (.+)$/u, (crs) => formatMessage('ru', message('import.mif.note.coordSys', { crs }))],
  [/^(\d+) (\S+) object\(s\) are not areas or lines and were reported as unsupported$/u, (count, kind) => formatMessage('ru', message('import.mif.note.skipped', { count: Number(count), kind }))],
  [/^drawing units: millimetres$/u, () => 'единицы чертежа: миллиметры'],
  [/^drawing units: (.+?), read as metres$/u, (what) => `единицы чертежа: ${what === 'unitless' ? 'не заданы' : what}, прочитаны как метры`],
  [/^drawing units: (\w+)$/u, (what) => `единицы чертежа: ${what}`],
  [/^units: (\w+) \(chosen\), file said (.+)$/u, (unit, said) => `единицы: ${unit} (выбраны), в файле: ${said}`],
  [/^no \.prj: the coordinates look like degrees and are read as (.+)$/u, (crs) => `файла .prj нет: координаты похожи на градусы и прочитаны как ${crs}`],
  [/^read as (.+) metres \(X northing, Y easting\)$/u, (crs) => `прочитано как метры ${crs} (X — север, Y — восток)`],
  [/^read (.+) from the KMZ$/u, (entry) => `из KMZ прочитан ${entry}`],
  [/^overlaps among the file's own plots were checked for its first (\d+) plots \(memory bound\); every plot was checked against the park's plots$/u,
    (n) => `пересечения участков файла между собой проверены для первых ${n} участков (ограничение памяти); с участками парка проверен каждый`],
];

/** The report's format and CRS labels. */
const NAME_RULES: readonly Rule[] = [
  [/\(WGS84 degrees\)/u, () => '(градусы WGS84)'],
  [/MSK-62 zone (\d) \(Ryazan oblast\)/u, (zone) => `МСК-62, зона ${zone} (Рязанская область)`],
  [/MSK-62 zone (\d)/u, (zone) => `МСК-62, зона ${zone}`],
  [/^coordinate list$/u, () => 'список координат'],
];

function applyAll(text: string, rules: readonly Rule[]): string {
  return rules.reduce((result, [pattern, replace]) => result.replace(pattern, (_match, ...groups: unknown[]) => replace(...groups.map((group) => (typeof group === 'string' ? group : '')))), text);
}

function firstMatch(text: string, rules: readonly Rule[]): string | null {
  for (const [pattern, replace] of rules) {
    const match = pattern.exec(text);
    pattern.lastIndex = 0;
    if (match !== null) return replace(...match.slice(1).map((group) => group ?? ''));
  }
  return null;
}

/** A feature's label («feature 3 «К-1», part 2 of 2 → plot К-1/2») in Russian. */
export const importLabelRu = (label: string): string => applyAll(label, LABEL_RULES);

/** One message about a feature (a repair, a rejection reason, a warning) in Russian, or as it came. */
export const importMessageRu = (message: string): string => {
  const translated = firstMatch(message, MESSAGE_RULES);
  // CRS names inside a message («is MSK-62 zone 1 (Ryazan oblast) the right CRS?») follow the report's.
  return translated === null ? message : applyAll(translated, NAME_RULES.slice(0, -1));
};

/** A format or CRS label of the report («MSK-62 zone 1 (Ryazan oblast)») in Russian. */
export const importNameRu = (name: string): string => applyAll(name, NAME_RULES);

/** A note on how the file was read, in Russian, or as it came. */
export const importNoteRu = (note: string): string => firstMatch(note, NOTE_RULES) ?? firstMatch(note, MESSAGE_RULES) ?? note;
