/*
 * What the report of a Rosreestr extract import says about each parcel: where in its contours a point
 * was mended or is wrong, why a parcel is rejected, and how the file and its CRS were read. {{where}} is
 * a contour and ring («contour 2, hole 1»).
 */
export const parcelReportEn = {
  'parcelReport.contour': 'contour',
  'parcelReport.contourN': 'contour {{n}}',
  'parcelReport.outerRing': '{{contour}}, outer ring',
  'parcelReport.hole': '{{contour}}, hole {{n}}',
  'parcelReport.pointNotNumbers': '{{where}}, point {{n}}: X and Y are not numbers',
  'parcelReport.circle': '{{where}}: a circle of radius {{r}} m made a {{sides}}-sided polygon',
  'parcelReport.repeatedPoint': '{{where}}: {{count}} repeated point removed',
  'parcelReport.repeatedPoints': '{{where}}: {{count}} repeated points removed',
  'parcelReport.tooFewPoints': '{{where}}: a ring needs at least 3 distinct points (has {{count}})',
  'parcelReport.ringClosed': '{{where}}: ring closed',
  'parcelReport.severalNumbers': 'the cadastral number field lists {{count}} numbers ({{numbers}}); read as {{first}}',
  'parcelReport.noNumber': 'no cadastral number',
  'parcelReport.noBoundary': 'no boundary coordinates ({{element}})',
  'parcelReport.outsideZone': 'X {{x}}, Y {{y}} lies outside the area of {{crs}} — another zone, or X and Y swapped?',
  'parcelReport.twice': 'appears twice in the file; the first is taken',
  'parcelReport.contours': '{{count}} contours read as one multipolygon',
  'parcelReport.replaces': 'replaces the parcel imported before',
  'parcelReport.readFromZip': 'read {{entries}} from the zip',
  'parcelReport.signature': 'signature {{names}} present (not verified)',
  'parcelReport.crs': 'X north, Y east in {{crs}} ({{how}}; the file names «{{fileCrs}}»)',
  'parcelReport.crsChosen': 'chosen with --crs',
  'parcelReport.crsOfPark': 'the park’s cadastral CRS',
} as const;

export const parcelReportRu: Readonly<Record<keyof typeof parcelReportEn, string>> = {
  'parcelReport.contour': 'контур',
  'parcelReport.contourN': 'контур {{n}}',
  'parcelReport.outerRing': '{{contour}}, внешнее кольцо',
  'parcelReport.hole': '{{contour}}, отверстие {{n}}',
  'parcelReport.pointNotNumbers': '{{where}}, точка {{n}}: X и Y — не числа',
  'parcelReport.circle': '{{where}}: окружность радиусом {{r}} м заменена {{sides}}-угольником',
  'parcelReport.repeatedPoint': '{{where}}: удалена повторная точка: {{count}}',
  'parcelReport.repeatedPoints': '{{where}}: удалено повторных точек: {{count}}',
  'parcelReport.tooFewPoints': '{{where}}: кольцу нужно не меньше 3 различных точек (их {{count}})',
  'parcelReport.ringClosed': '{{where}}: кольцо замкнуто',
  'parcelReport.severalNumbers': 'в поле кадастрового номера номеров: {{count}} ({{numbers}}); принят {{first}}',
  'parcelReport.noNumber': 'нет кадастрового номера',
  'parcelReport.noBoundary': 'нет координат границы ({{element}})',
  'parcelReport.outsideZone': 'X {{x}}, Y {{y}} лежит вне области {{crs}} — другая зона или X и Y переставлены?',
  'parcelReport.twice': 'встречается в файле дважды; принят первый',
  'parcelReport.contours': 'контуров: {{count}}, прочитаны как один мультиполигон',
  'parcelReport.replaces': 'заменяет участок, импортированный раньше',
  'parcelReport.readFromZip': 'из zip прочитан {{entries}}',
  'parcelReport.signature': 'есть подпись {{names}} (не проверялась)',
  'parcelReport.crs': 'X — север, Y — восток в {{crs}} ({{how}}; в файле названа «{{fileCrs}}»)',
  'parcelReport.crsChosen': 'выбрана в --crs',
  'parcelReport.crsOfPark': 'кадастровая система координат парка',
};
