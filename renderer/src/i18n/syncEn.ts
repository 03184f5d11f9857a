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
    conflicts: '{{count}} conflicts to review (parkplan conflicts)',
  },
};
