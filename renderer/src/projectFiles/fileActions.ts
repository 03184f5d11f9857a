import type { ProjectFileState } from '../../../shared/contract/projectFileChannels';
import type { Result } from '../../../shared/contract/result';
import { getBridge } from '../bridge';

export const FILE_ACTIONS = ['new', 'open', 'saveAs'] as const;
export type FileAction = (typeof FILE_ACTIONS)[number];

const CHANNEL = { new: 'projectFiles:new', open: 'projectFiles:open', saveAs: 'projectFiles:saveAs' } as const satisfies Record<FileAction, string>;

/**
 * Runs New, Open or Save As. `name` is the web chooser's file in the project folder; left out, the desktop
 * app asks with its own dialog. A null value: the planner cancelled that dialog.
 */
export function runFileAction(action: FileAction, name?: string): Promise<Result<ProjectFileState | null>> {
  return getBridge().invoke(CHANNEL[action], name === undefined ? {} : { name });
}

/** Opens a project from the Recent list. */
export const openRecent = (file: string): Promise<Result<ProjectFileState | null>> => getBridge().invoke('projectFiles:open', { recent: file });
