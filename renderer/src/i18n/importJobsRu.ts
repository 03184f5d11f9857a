/** The import dialog's progress and Cancel for large files (issue 5), spread into ru.ts. */
export const importJobsRu = {
  importJobs: {
    uploading: 'Загрузка файла: {{percent}} %',
    checking: 'Чтение и проверка: {{percent}} %, объектов {{read}}',
    writing: 'Запись в проект: {{percent}} %, объектов {{read}}',
    progressLabel: 'Ход импорта',
    cancel: 'Отменить',
    cancelled: 'Отменено: проект не изменён.',
    previewLimited: 'На карте показаны первые {{shown}} из {{accepted}} принятых объектов; отчёт и импорт охватывают все.',
    staleReport: 'Показан отчёт прежней проверки; идёт новая.',
  },
} as const;
