/*
 * The author a planner last put on an exported map, kept in localStorage so the next export's dialog
 * starts with it: the same person usually draws every sheet. Storage may be missing or refuse (a
 * private window, a full quota); the field then simply starts empty.
 */

const KEY = 'parkplan.export.author';

/** The author saved by the last export, or '' when none was saved or storage cannot be read. */
export function lastAuthor(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string {
  try {
    return storage?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers `author` for the next export; a blank one forgets it. */
export function rememberAuthor(author: string, storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage): void {
  try {
    if (author.trim() === '') storage?.removeItem(KEY);
    else storage?.setItem(KEY, author.trim());
  } catch {
    // Not remembering is harmless: the planner types the name again next time.
  }
}
