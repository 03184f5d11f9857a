/*
 * Rows another tool wrote that ParkPlan cannot read as what their table holds: the rest of the project is
 * read, and each such row is a finding naming its table and fid, left in the file as it is. {{row}} is
 * unreadable.row: the table, the fid and the row's code or name.
 */
export const unreadableRowEn = {
  'unreadable.row': '{{table}} fid {{fid}} «{{name}}»',
  'unreadable.rowUnnamed': '{{table}} fid {{fid}}',
  'unreadable.finding': '{{row}}: {{problem}}',
  'unreadable.findingNotRead': '{{row}}, not read: {{problem}}',
  'unreadable.heading': 'Rows another tool wrote that ParkPlan does not keep so (each left in the file as it is; the rest is read):',
  'unreadable.multiPolygonPlot': 'a MultiPolygon of {{parts}} parts, {{areaM2}} m² over its parts; a plot is one polygon — `parkplan repair FILE` splits it into one plot per part',
  'unreadable.wrongType': 'its geometry is a {{found}}; the table holds {{expected}} geometries',
  'unreadable.spatialite': 'its geometry is a SpatiaLite blob, not GeoPackage geometry (written by a SpatiaLite tool); `parkplan repair FILE` rewrites it as GeoPackage geometry',
  'unreadable.undecodable': 'its geometry cannot be decoded ({{detail}})',
  'unreadable.notBlob': 'its geometry column holds {{stored}}, not a geometry blob',
  'repair.splitPlot': 'plot {{code}} (plots fid {{fid}}), a MultiPolygon, split into {{count}} plots: {{codes}} (the first keeps its allocations and connections)',
  'repair.rewrittenBlob': '{{table}} fid {{fid}}: the SpatiaLite blob rewritten as GeoPackage geometry',
  'repair.nothing': '{{file}} holds no triggers or views that are not ParkPlan’s and no rows to mend; nothing to repair.',
  'unreadable.selfCrossing': 'its outline crosses itself, so its area is not what it looks (another tool wrote it; ParkPlan refuses such outlines) — {{crossing}}',
} as const;

export const unreadableRowRu: Readonly<Record<keyof typeof unreadableRowEn, string>> = {
  'unreadable.row': '{{table}}, fid {{fid}} «{{name}}»',
  'unreadable.rowUnnamed': '{{table}}, fid {{fid}}',
  'unreadable.finding': '{{row}}: {{problem}}',
  'unreadable.findingNotRead': '{{row}}, не прочитана: {{problem}}',
  'unreadable.heading': 'Строки, записанные другой программой не так, как их хранит ParkPlan (каждая оставлена в файле как есть; остальное прочитано):',
  'unreadable.multiPolygonPlot': 'MultiPolygon из частей: {{parts}}, {{areaM2}} м² по всем частям; участок — один полигон: `parkplan repair FILE` разделит его на участки по частям',
  'unreadable.wrongType': 'геометрия — {{found}}, а в таблице хранятся {{expected}}',
  'unreadable.spatialite': 'геометрия записана в формате SpatiaLite, а не GeoPackage (инструментом SpatiaLite); `parkplan repair FILE` перепишет её в формате GeoPackage',
  'unreadable.undecodable': 'геометрию нельзя декодировать ({{detail}})',
  'unreadable.notBlob': 'в столбце геометрии — {{stored}}, а не геометрия',
  'repair.splitPlot': 'участок {{code}} (plots, fid {{fid}}), MultiPolygon, разделён на участки ({{count}}): {{codes}} (первый сохраняет предоставления и подключения)',
  'repair.rewrittenBlob': '{{table}}, fid {{fid}}: геометрия SpatiaLite переписана в формате GeoPackage',
  'repair.nothing': 'В {{file}} нет чужих триггеров и представлений и нет строк для исправления; исправлять нечего.',
  'unreadable.selfCrossing': 'контур пересекает сам себя, поэтому его площадь не та, что видна (записан другой программой; ParkPlan такие контуры не принимает) — {{crossing}}',
};
