/** The Sync button of a working copy (issue 15), spread into ru.ts. */
export const syncRu = {
  sync: {
    button: 'Синхронизировать',
    running: 'Синхронизация…',
    hint: 'Отправить изменения этой копии на сервер {{server}} и получить изменения коллег',
    waiting: 'к отправке: {{count}}',
    result: '↑ {{sent}} ↓ {{received}}',
    lastSync: 'синхронизировано {{time}}',
    never: 'ещё не синхронизировалась',
    conflicts: 'конфликтов к разбору: {{count}} (parkplan conflicts)',
  },
} as const;
