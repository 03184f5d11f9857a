import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { RecentProject } from '../../../shared/contract/projectFileChannels';

/** How many files the Recent list keeps. */
export const RECENT_LIMIT = 10;

/** The planner's recently opened projects, kept in a small JSON file beside the app's other settings. */
export interface RecentProjects {
  /** Most recent first; files that no longer exist, or that `keep` refuses, are left out. */
  list(): RecentProject[];
  /** Puts `file` first (once). */
  add(file: string): void;
  /** Whether `file` is on the list as it stands: Open from Recent takes no other path. */
  has(file: string): boolean;
}

function readList(store: string): string[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(store, 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    // No list yet, or one another program mangled: the list starts again rather than stopping the app.
    return [];
  }
}

/**
 * The list stored at `store`. `keep` narrows what is listed: web mode keeps only the files of its project
 * folder, so the list never hands a page a path outside it.
 */
export function createRecentProjects(store: string, keep: (file: string) => boolean = () => true): RecentProjects {
  const list = (): string[] => readList(store).filter((file) => existsSync(file) && keep(file));
  return {
    list: () => list().map((file) => ({ file, name: basename(file) })),
    add(file) {
      const path = resolve(file);
      const next = [path, ...readList(store).filter((entry) => entry !== path)].slice(0, RECENT_LIMIT);
      mkdirSync(dirname(store), { recursive: true });
      // Written beside and renamed over, so a crash never leaves half a list.
      const partial = `${store}.partial`;
      writeFileSync(partial, JSON.stringify(next, null, 2));
      renameSync(partial, store);
    },
    has: (file) => list().includes(file),
  };
}
