/*
 * Messages of starting a project and setting up a park: its name, boundary, cadastral CRS, declared area and plot code prefix,
 * and removing it. {{park}} is the park's name as the planner gave it.
 */
export const parkEn = {
  'project.new.exists': '{{file}} already exists; a new project is never written over a file',
  'park.name.empty': 'A park needs a name',
  'park.name.taken': 'The project already has a park named «{{park}}»',
  'park.declared.invalid': 'The declared area must be a number of hectares greater than 0, not "{{text}}"',
  'park.prefix.invalid': 'The plot code prefix "{{prefix}}" must be 1 to 8 letters or digits, optionally ending in a dash',
  'park.crs.geographic': '{{crs}} is in degrees; a park’s cadastral CRS is an МСК zone, a proj4 string or WKT in metres',
  'park.boundary.noFeatures': '{{input}} holds no polygon for the park’s boundary',
  'park.boundary.rejected': '{{input}}: {{feature}} cannot be the park’s boundary: {{reason}}',
  'park.boundary.notArea': '{{input}}: {{feature}} is a {{type}}; a park’s boundary needs polygons',
  'park.remove.allocated': '{{park}} cannot be removed while its plots are allocated: {{allocations}}; end or delete these allocations first',
  'park.remove.unknown': 'The project has no park {{park}}',
  'park.boundary.what': 'The boundary of park «{{park}}»',
} as const;

export const parkRu: Readonly<Record<keyof typeof parkEn, string>> = {
  'project.new.exists': '{{file}} уже существует; новый проект никогда не записывается поверх файла',
  'park.name.empty': 'У парка должно быть название',
  'park.name.taken': 'В проекте уже есть парк «{{park}}»',
  'park.declared.invalid': 'Заявленная площадь — число гектаров больше 0, а не «{{text}}»',
  'park.prefix.invalid': 'Префикс кодов участков «{{prefix}}» — от 1 до 8 букв или цифр, в конце можно поставить дефис',
  'park.crs.geographic': '{{crs}} — в градусах; кадастровая система координат парка — зона МСК, строка proj4 или WKT в метрах',
  'park.boundary.noFeatures': 'В {{input}} нет полигона для границы парка',
  'park.boundary.rejected': '{{input}}: {{feature}} не может быть границей парка: {{reason}}',
  'park.boundary.notArea': '{{input}}: {{feature}} — {{type}}; граница парка состоит из полигонов',
  'park.remove.allocated': 'Парк «{{park}}» нельзя удалить, пока его участки предоставлены: {{allocations}}; сначала завершите или удалите эти предоставления',
  'park.remove.unknown': 'В проекте нет парка {{park}}',
  'park.boundary.what': 'Граница парка «{{park}}»',
};
