/*
 * Messages of the underlays (issue 13): basemap files, GeoTIFFs and georeferenced scans. {{name}} is the
 * underlay's name as the planner gave it, {{path}} its file.
 */
export const underlayEn = {
  'underlay.file.missing': 'The file of underlay «{{name}}» is not there: {{path}}. The plan opens without it; put the file back or remove the underlay',
  'underlay.file.unreadable': 'The file of underlay «{{name}}» cannot be read ({{path}}): {{detail}}',
  'underlay.sheet.skipped': 'Underlay «{{name}}» is not drawn on the sheet: its tiles are vector or WebP, which only the map draws',
  'underlay.file.format': 'Underlay «{{name}}» is not a raster ParkPlan draws: {{detail}}',
  'underlay.file.noCrs': 'The GeoTIFF of underlay «{{name}}» does not say its coordinate system in a way ParkPlan reads; give it with --crs (MSK-62-1, a proj4 string or WKT) or choose it when adding the file',
  'underlay.input.missing': 'There is no file {{file}}',
  'underlay.file.kind': '{{file}} is not a PMTiles, MBTiles or GeoTIFF file (by its first bytes)',
  'underlay.name.taken': 'There already is an underlay named «{{name}}»; choose another name with --name',
  'underlay.name.unknown': 'There is no underlay named «{{name}}» (the project has: {{names}})',
  'underlay.opacity.range': 'Opacity must be between 0 and 1, got {{value}}',
  'underlay.georef.tooFew': 'The {{transform}} transform needs at least {{needed}} control points; {{count}} given',
  'underlay.georef.degenerate': 'The control points do not fix a {{transform}} transform: are two of them at the same place, or all on one line?',
  'underlay.georef.badPoint': 'Control point "{{text}}" is not "px,py,X,Y" (image column and row, then X north and Y east in metres)',
  'underlay.georef.image': '{{file}} is not a PNG, JPEG or TIFF image ParkPlan can place',
  'underlay.georef.metricCrs': '{{crs}} is in degrees; control points in X/Y metres need an МСК zone, a proj4 string or WKT',
  'underlay.folder.outside': '{{file}} is outside the ParkPlan folder; the app adds underlays from that folder only',
  'underlay.folder.notFolder': '{{file}} is not a folder',
} as const;

export const underlayRu: Readonly<Record<keyof typeof underlayEn, string>> = {
  'underlay.file.missing': 'Нет файла подложки «{{name}}»: {{path}}. План открыт без неё; верните файл на место или удалите подложку',
  'underlay.file.unreadable': 'Файл подложки «{{name}}» не читается ({{path}}): {{detail}}',
  'underlay.sheet.skipped': 'Подложка «{{name}}» на лист не выводится: её тайлы векторные или WebP, их рисует только карта',
  'underlay.file.format': 'Подложка «{{name}}» — не растр, который рисует ParkPlan: {{detail}}',
  'underlay.file.noCrs': 'В GeoTIFF подложки «{{name}}» система координат не записана так, чтобы ParkPlan её прочитал; укажите её в --crs (MSK-62-1, строка proj4 или WKT) или выберите при добавлении файла',
  'underlay.input.missing': 'Нет файла {{file}}',
  'underlay.file.kind': '{{file}} — не файл PMTiles, MBTiles или GeoTIFF (по первым байтам)',
  'underlay.name.taken': 'Подложка с именем «{{name}}» уже есть; выберите другое имя в --name',
  'underlay.name.unknown': 'Подложки с именем «{{name}}» нет (в проекте: {{names}})',
  'underlay.opacity.range': 'Непрозрачность должна быть от 0 до 1, а не {{value}}',
  'underlay.georef.tooFew': 'Для преобразования {{transform}} нужно не меньше {{needed}} опорных точек; дано {{count}}',
  'underlay.georef.degenerate': 'Опорные точки не задают преобразование {{transform}}: нет ли двух точек в одном месте или всех на одной прямой?',
  'underlay.georef.badPoint': 'Опорная точка «{{text}}» — не «px,py,X,Y» (столбец и строка изображения, затем X на север и Y на восток в метрах)',
  'underlay.georef.image': '{{file}} — не изображение PNG, JPEG или TIFF, которое ParkPlan может разместить',
  'underlay.georef.metricCrs': '{{crs}} — в градусах; для опорных точек X/Y в метрах нужна зона МСК, строка proj4 или WKT',
  'underlay.folder.outside': '{{file}} лежит вне папки ParkPlan; приложение добавляет подложки только из неё',
  'underlay.folder.notFolder': '{{file}} — не папка',
};
