import type { Messages } from './ru';

/** The Sync button of a working copy (issue 15), spread into en.ts. */
export const syncEn: Pick<Messages, 'sync'> = {
  sync: {
    button: 'Sync',
    running: 'Syncing…',
    hint: 'Send this copy’s changes to {{server}} and bring the others’',
    waiting: '{{count}} to send',
    result: '↑ {{sent}} ↓ {{received}}',
    lastSync: 'synced {{time}}',
    never: 'not synced yet',
    conflicts: '{{count}} conflicts to review',
    review: {
      title: 'Conflicts to review',
      hint: 'Changed here and on the server since the last sync. Nothing of either is lost until you choose.',
      empty: 'No conflicts under review.',
      close: 'Close',
      fields: { geom: 'outline', code: 'code', cadastral_number: 'cadastral number', status: 'status', zone: 'zone', notes: 'notes', name: 'name', park_id: 'park' },
      wholeRow: 'the whole row',
      mine: 'Mine',
      theirs: 'Theirs',
      by: 'by {{planner}}',
      keepMine: 'Keep mine',
      takeTheirs: 'Take theirs',
      show: 'Show on the map',
      outline: 'outline, {{count}} vertices',
      blank: '(empty)',
      deletedHere: '(deleted here)',
      deletedThere: '(deleted on the server)',
      rowHere: '(the row as it is here)',
      rowThere: '(the row as the server has it)',
      notHere: '(not in this copy)',
      notThere: '(not on the server)',
    },
  },
};
