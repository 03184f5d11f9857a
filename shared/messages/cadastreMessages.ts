/*
 * Messages of the cadastral area: coordinate lists in an МСК or any proj4/WKT, the CRS a planner names,
 * and the Rosreestr XML import. A {{crs}} is the CRS actually used, as the planner names it (MSK-62-1,
 * or the proj4/WKT's own name).
 */
export const cadastreEn = {
  'cadastre.crs.unknown': '"{{text}}" is not a coordinate system ParkPlan knows: give an МСК zone (MSK-62-1, MSK-50-2, …), EPSG:4326, a proj4 string or WKT',
  'cadastre.list.noPoints': 'The coordinate list holds no points',
  'cadastre.list.notMetricPoint': 'Line {{line}}: "{{text}}" is not "N X Y" (point number, X and Y in metres) in {{crs}}',
  'cadastre.list.notDegreePoint': 'Line {{line}}: "{{text}}" is not "lon lat" or "lat lon" in degrees',
  'cadastre.list.notLonLat': 'Line {{line}}: {{a}}, {{b}} are not longitude and latitude in degrees',
  'cadastre.list.outsideCrs': 'Line {{line}}: X {{x}}, Y {{y}} lies outside the area of {{crs}}; X is the northing and Y the easting — are they swapped, or is the list in another zone?',
  'cadastre.list.shortContour': 'Lines {{from}}–{{to}}: a contour needs at least 3 distinct points',
  'cadastre.list.closesElsewhere': 'Line {{line}}: point {{label}} closes the contour but its coordinates differ from line {{first}}',
  'cadastre.list.needsCrs': 'The coordinate list holds metres but the park has no cadastral CRS; say which with --crs (MSK-62-1, MSK-50-1, …, a proj4 string or WKT)',
  'cadastre.list.geographicCrs': '{{crs}} is in degrees; a coordinate list in metres needs an МСК zone, a proj4 string or WKT',
  'cadastre.extract.notExtract': '{{file}} is not a Rosreestr extract ParkPlan reads (KPT_v10, extract_cadastral_plan_territory, extract_about_property_land, KVZU_v07); its root element is <{{root}}>',
  'cadastre.extract.noXml': '{{file}} holds no .xml extract (only {{entries}})',
  'cadastre.extract.needsCrs': 'The extract’s X and Y are in «{{fileCrs}}», and the park has no cadastral CRS; say which with --crs (MSK-62-1, MSK-50-1, …, a proj4 string or WKT)',
  'cadastre.extract.rejected': '{{count}} parcel(s) rejected; nothing was imported (fix them, or re-run with --skip-rejected to import the other {{accepted}})',
  'cadastre.extract.nothing': 'No parcel can be imported; nothing was written',
} as const;

export const cadastreRu: Readonly<Record<keyof typeof cadastreEn, string>> = {
  'cadastre.crs.unknown': '«{{text}}» — не система координат, известная ParkPlan: укажите зону МСК (MSK-62-1, MSK-50-2, …), EPSG:4326, строку proj4 или WKT',
  'cadastre.list.noPoints': 'В списке координат нет ни одной точки',
  'cadastre.list.notMetricPoint': 'Строка {{line}}: «{{text}}» — не «N X Y» (номер точки, X и Y в метрах) в {{crs}}',
  'cadastre.list.notDegreePoint': 'Строка {{line}}: «{{text}}» — не «долгота широта» или «широта долгота» в градусах',
  'cadastre.list.notLonLat': 'Строка {{line}}: {{a}}, {{b}} — не долгота и широта в градусах',
  'cadastre.list.outsideCrs': 'Строка {{line}}: X {{x}}, Y {{y}} лежит вне области {{crs}}; X — северная координата, Y — восточная: не перепутаны ли они, не другая ли это зона?',
  'cadastre.list.shortContour': 'Строки {{from}}–{{to}}: в контуре должно быть не меньше 3 разных точек',
  'cadastre.list.closesElsewhere': 'Строка {{line}}: точка {{label}} замыкает контур, но её координаты отличаются от строки {{first}}',
  'cadastre.list.needsCrs': 'Координаты в списке — в метрах, а у парка нет кадастровой системы координат; укажите её в --crs (MSK-62-1, MSK-50-1, …, строка proj4 или WKT)',
  'cadastre.list.geographicCrs': '{{crs}} — в градусах; для списка координат в метрах нужна зона МСК, строка proj4 или WKT',
  'cadastre.extract.notExtract': '{{file}} — не выписка Росреестра, которую читает ParkPlan (KPT_v10, extract_cadastral_plan_territory, extract_about_property_land, KVZU_v07); корневой элемент — <{{root}}>',
  'cadastre.extract.noXml': 'В {{file}} нет выписки .xml (только {{entries}})',
  'cadastre.extract.needsCrs': 'X и Y выписки даны в «{{fileCrs}}», а у парка нет кадастровой системы координат; укажите её в --crs (MSK-62-1, MSK-50-1, …, строка proj4 или WKT)',
  'cadastre.extract.rejected': 'Отклонено участков: {{count}}; ничего не импортировано (исправьте их или повторите с --skip-rejected, чтобы импортировать остальные {{accepted}})',
  'cadastre.extract.nothing': 'Ни один участок нельзя импортировать; ничего не записано',
};
