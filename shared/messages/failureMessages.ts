/** Messages of the boundary itself: requests that could not be carried out for reasons outside the data. */
export const failureEn = {
  /** Transitional: a refusal not yet given a key of its own (issue 9). */
  'legacy.text': '{{text}}',
  'failure.internal': 'Internal error: {{text}}',
  'failure.unknownChannel': 'Unknown channel: {{channel}}',
  'failure.invalidRequest': '{{channel}}: {{where}}: {{problem}}',
  'failure.storeError': 'Project file error: {{text}}',
  'failure.unreachable': '{{channel}}: no answer from ParkPlan ({{text}})',
  'import.emptyFile': '{{name}} is empty',
} as const;

export const failureRu: Readonly<Record<keyof typeof failureEn, string>> = {
  'legacy.text': '{{text}}',
  'failure.internal': 'Внутренняя ошибка: {{text}}',
  'failure.unknownChannel': 'Неизвестный канал: {{channel}}',
  'failure.invalidRequest': '{{channel}}: {{where}}: {{problem}}',
  'failure.storeError': 'Ошибка файла проекта: {{text}}',
  'failure.unreachable': '{{channel}}: ParkPlan не отвечает ({{text}})',
  'import.emptyFile': '{{name}} — пустой файл',
};
