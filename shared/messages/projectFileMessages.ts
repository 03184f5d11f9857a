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
  'projectFile.cannotOpen': '{{file}} cannot be opened as a project: {{text}}',
  'projectFile.readOnly.edit': 'Edits are refused: {{reason}}',
  'projectFile.readOnly.foreign': '{{file}} holds triggers or views that are not ParkPlan’s ({{objects}}); they would run on every edit and outside undo. Repair backs the file up and drops them',
  'projectFile.readOnly.protected': '{{file}} is write-protected (the file or its folder may not be written); open a copy with Save As to edit',
  'projectFile.readOnly.nothingToRepair': '{{file}} holds nothing Repair can mend; it is read-only because it is write-protected',
  'projectFiles.noneOpen': 'No project is open; create one with New or open one with Open',
  'projectFiles.nameNeeded': 'Choose a project file in the project folder',
  'projectFiles.badName': '"{{name}}" is not a file name in the project folder: a name without folders, slashes or ".."',
  'projectFiles.notInFolder': '{{name}} is not in the project folder {{folder}}',
  'projectFiles.notFound': 'The project folder holds no file {{name}}',
  'projectFiles.exists': '{{name}} already exists in the project folder; choose another name',
  'projectFiles.notRecent': '{{file}} is not among the recent projects',
  'projectFiles.sameFile': 'Save As needs another file than the open one ({{file}})',
} as const;

export const projectFileRu: Readonly<Record<keyof typeof projectFileEn, string>> = {
  'projectFile.missing': 'Файла {{file}} нет: проверьте путь или добавьте --create, чтобы создать там новый проект с демонстрационными данными',
  'projectFile.empty': '{{file}} — пустой файл (0 байт), а не проект ParkPlan',
  'projectFile.notTable': '{{file}} нельзя открыть как проект: {{table}} — {{kind}}, а не таблица',
  'projectFile.tableMissing': '{{file}} нельзя открыть как проект: схема говорит о версии {{version}}, но таблицы {{table}} нет',
  'projectFile.damaged': 'Файл {{file}} повреждён ({{detail}}); ничего не изменено — откройте последнюю резервную копию или копию, сделанную до повреждения',
  'projectFile.foreignObjects': 'В файле {{file}} есть триггеры или представления не от ParkPlan: {{objects}}. Они срабатывали бы при каждой правке и мимо отмены, поэтому файл не открыт для правки; `parkplan repair {{file}}` сделает резервную копию и удалит их',
  'projectFile.cannotOpen': '{{file}} нельзя открыть как проект: {{text}}',
  'projectFile.readOnly.edit': 'Правка запрещена: {{reason}}',
  'projectFile.readOnly.foreign': 'В файле {{file}} есть триггеры или представления не от ParkPlan ({{objects}}); они срабатывали бы при каждой правке и мимо отмены. «Исправить» сделает резервную копию и удалит их',
  'projectFile.readOnly.protected': 'Файл {{file}} защищён от записи (нельзя писать в файл или его папку); чтобы править, откройте копию через «Сохранить как»',
  'projectFile.readOnly.nothingToRepair': 'В файле {{file}} нечего исправлять: он только для чтения, потому что защищён от записи',
  'projectFiles.noneOpen': 'Проект не открыт: создайте новый или откройте существующий',
  'projectFiles.nameNeeded': 'Выберите файл проекта в папке проектов',
  'projectFiles.badName': '«{{name}}» — не имя файла в папке проектов: имя без папок, косых черт и «..»',
  'projectFiles.notInFolder': '{{name}} находится не в папке проектов {{folder}}',
  'projectFiles.notFound': 'В папке проектов нет файла {{name}}',
  'projectFiles.exists': '{{name}} уже есть в папке проектов; выберите другое имя',
  'projectFiles.notRecent': '{{file}} нет среди недавних проектов',
  'projectFiles.sameFile': '«Сохранить как» пишет в другой файл, а не в открытый ({{file}})',
};
