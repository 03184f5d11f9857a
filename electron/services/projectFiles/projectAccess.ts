import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ProjectAccess } from '../../../shared/contract/projectFileChannels';
import { message } from '../../../shared/messages/message';
import { describeForeignObjects, listForeignObjects } from '../../store/foreignObjects';
import { openProject, ProjectFileError, type ProjectStore } from '../../store/project';

/*
 * Opening a project as the app does (issue 10 items 1 and 3): for editing when it may be, otherwise
 * read-only with the reason, so the planner still sees the plan. A file another tool added triggers or
 * views to, or one that is write-protected, is read-only; anything else that stops an open (not a
 * GeoPackage, damaged pages, a newer schema) is thrown as the ProjectFileError it is.
 */

export interface PlannerProject {
  readonly store: ProjectStore;
  readonly access: Exclude<ProjectAccess, { mode: 'none' }>;
}

function mayWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the planner has protected the file: no write permission (mode 444, a read-only folder), or no
 * write bit for anyone, which is how a planner marks a file read-only — respected even where the process
 * could write it anyway (root).
 */
export function isWriteProtected(file: string): boolean {
  return !mayWrite(file) || !mayWrite(dirname(file)) || (statSync(file).mode & 0o222) === 0;
}

/** Opens `file` for editing, or read-only saying why; throws the ProjectFileError of a file that cannot be read at all. */
export function openForPlanner(file: string, nativeBinding?: string): PlannerProject {
  const binding = nativeBinding === undefined ? {} : { nativeBinding };
  if (isWriteProtected(file)) {
    const store = openProject(file, { readonly: true, ...binding });
    return { store, access: { mode: 'read-only', reason: message('projectFile.readOnly.protected', { file: store.file }), repairable: false } };
  }
  try {
    return { store: openProject(file, binding), access: { mode: 'edit' } };
  } catch (error) {
    if (!(error instanceof ProjectFileError) || error.code !== 'foreign-objects') throw error;
  }
  const store = openProject(file, { readonly: true, ...binding });
  const objects = describeForeignObjects(listForeignObjects(store.db));
  return { store, access: { mode: 'read-only', reason: message('projectFile.readOnly.foreign', { file: store.file, objects }), repairable: true } };
}
