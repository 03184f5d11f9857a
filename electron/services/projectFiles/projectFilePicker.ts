import { resolveInFolder } from './projectFolder';
import { RefusedError } from '../refusals/refusedError';

/**
 * How a host lets the planner point at a project file: the desktop app with the operating system's
 * dialogs, web mode with names in the project folder only. Null: the planner cancelled.
 */
export interface ProjectFilePicker {
  readonly chooser: 'native' | 'folder';
  /** The project folder: what the web chooser lists, where the dialogs start. */
  readonly folder: string;
  /** An existing project to open; `name` is what the web chooser sent. */
  chooseExisting(name: string | undefined): Promise<string | null>;
  /** Where a new project (New) or a copy (Save As) goes; never an existing file in the folder. */
  chooseNew(name: string | undefined, purpose: 'new' | 'saveAs'): Promise<string | null>;
}

/** Web mode's picker: a page names a file of `folder` and nothing else. */
export function folderPicker(folder: string): ProjectFilePicker {
  const named = (name: string | undefined): string => {
    if (name === undefined) throw new RefusedError('projectFiles.nameNeeded');
    return name;
  };
  return {
    chooser: 'folder',
    folder,
    chooseExisting: (name) => Promise.resolve().then(() => resolveInFolder(folder, named(name), 'existing')),
    chooseNew: (name) => Promise.resolve().then(() => resolveInFolder(folder, named(name), 'new')),
  };
}
