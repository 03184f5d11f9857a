/*
 * The desktop app's File menu and its dialogs (issue 11): built in the main process, so worded here.
 */
export const menuEn = {
  'menu.file': 'File',
  'menu.new': 'New Project…',
  'menu.open': 'Open…',
  'menu.openRecent': 'Open Recent',
  'menu.noRecent': 'No recent projects',
  'menu.saveAs': 'Save As…',
  'menu.quit': 'Quit',
  'menu.projectFilter': 'ParkPlan project (GeoPackage)',
  'menu.newTitle': 'New project',
  'menu.openTitle': 'Open project',
  'menu.saveAsTitle': 'Save project as',
  'menu.failed': 'ParkPlan',
} as const;

export const menuRu: Readonly<Record<keyof typeof menuEn, string>> = {
  'menu.file': 'Файл',
  'menu.new': 'Новый проект…',
  'menu.open': 'Открыть…',
  'menu.openRecent': 'Недавние проекты',
  'menu.noRecent': 'Недавних проектов нет',
  'menu.saveAs': 'Сохранить как…',
  'menu.quit': 'Выход',
  'menu.projectFilter': 'Проект ParkPlan (GeoPackage)',
  'menu.newTitle': 'Новый проект',
  'menu.openTitle': 'Открыть проект',
  'menu.saveAsTitle': 'Сохранить проект как',
  'menu.failed': 'ParkPlan',
};
