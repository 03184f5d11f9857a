/*
 * Messages about the project file itself: a path that does not exist, a file another tool wrote with a
 * schema ParkPlan cannot edit, a read-only or damaged file. {{file}} is the path as the planner gave it.
 */
export const projectFileEn = {
  'projectFile.missing': '{{file}} does not exist; check the path, or add --create to start a new project there with the demo',
  'projectFile.empty': '{{file}} is an empty file (0 bytes), not a ParkPlan project',
  'projectFile.notTable': '{{file}} cannot be opened as a project: {{table}} is a {{kind}}, not a table',
  'projectFile.tableMissing': '{{file}} cannot be opened as a project: its schema says version {{version}} but the table {{table}} is missing',
  'projectFile.damaged': '{{file}} is damaged ({{detail}}); nothing was changed — open its last backup, or a copy from before the damage',
  'projectFile.foreignObjects': '{{file}} holds triggers or views that are not ParkPlan’s: {{objects}}. They would run on every edit and outside undo, so the file is not opened for editing; `parkplan repair {{file}}` backs it up and drops them',
} as const;

export const projectFileRu: Readonly<Record<keyof typeof projectFileEn, string>> = {
  'projectFile.missing': 'Файла {{file}} нет: проверьте путь или добавьте --create, чтобы создать там новый проект с демонстрационными данными',
  'projectFile.empty': '{{file}} — пустой файл (0 байт), а не проект ParkPlan',
  'projectFile.notTable': '{{file}} нельзя открыть как проект: {{table}} — {{kind}}, а не таблица',
  'projectFile.tableMissing': '{{file}} нельзя открыть как проект: схема говорит о версии {{version}}, но таблицы {{table}} нет',
  'projectFile.damaged': 'Файл {{file}} повреждён ({{detail}}); ничего не изменено — откройте последнюю резервную копию или копию, сделанную до повреждения',
  'projectFile.foreignObjects': 'В файле {{file}} есть триггеры или представления не от ParkPlan: {{objects}}. Они срабатывали бы при каждой правке и мимо отмены, поэтому файл не открыт для правки; `parkplan repair {{file}}` сделает резервную копию и удалит их',
};
