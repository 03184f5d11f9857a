/*
 * Messages about the project file itself: a path that does not exist, a file another tool wrote with a
 * schema ParkPlan cannot edit, a read-only or damaged file. {{file}} is the path as the planner gave it.
 */
export const projectFileEn = {
  'projectFile.missing': '{{file}} does not exist; check the path, or add --create to start a new project there with the demo',
} as const;

export const projectFileRu: Readonly<Record<keyof typeof projectFileEn, string>> = {
  'projectFile.missing': 'Файла {{file}} нет: проверьте путь или добавьте --create, чтобы создать там новый проект с демонстрационными данными',
};
