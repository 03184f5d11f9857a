import type { TFunction } from 'i18next';
import type { SyncConflictView } from '../../../shared/contract/syncChannels';

/*
 * One side of a conflict as the panel words it: a field's value as it is, an outline by its vertex count
 * (both outlines are drawn on the map), a whole row as present or deleted — the CLI's `conflicts` line in
 * the interface's language.
 */

export function conflictValueText(conflict: SyncConflictView, side: 'mine' | 'theirs', t: TFunction): string {
  const value = conflict[side];
  if (value === null) {
    if (conflict.field !== null) return t('sync.review.blank');
    if (conflict.kind === 'row') return t(side === 'mine' ? 'sync.review.deletedHere' : 'sync.review.deletedThere');
    return t(side === 'mine' ? 'sync.review.notHere' : 'sync.review.notThere');
  }
  if (typeof value !== 'object') return String(value);
  if ('coordinates' in value && 'type' in value) {
    const vertices = JSON.stringify(value.coordinates).split('],[').length;
    return t('sync.review.outline', { count: vertices });
  }
  return t(side === 'mine' ? 'sync.review.rowHere' : 'sync.review.rowThere');
}

/** The column a field conflict is about, in words where the panel knows it (else its name, as the CLI prints it). */
export function conflictFieldText(conflict: SyncConflictView, t: TFunction): string {
  if (conflict.field === null) return t('sync.review.wholeRow');
  return t(`sync.review.fields.${conflict.field}`, { defaultValue: conflict.field });
}
