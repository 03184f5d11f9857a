import { z } from 'zod';
import type { Message } from '../messages/message';

/*
 * The project file a window works on (issue 11 «Projects», issue 10 items 1, 3, 4): New, Open, Save As,
 * Recent, and whether the open file may be edited. The desktop app asks through native dialogs; web mode
 * through a chooser that only lists the planner's project folder (PARKPLAN_HOME), so a page can never name
 * an arbitrary path.
 */

/** Whether the open file may be edited, and if not, why (and whether Repair would make it editable). */
export type ProjectAccess =
  | { readonly mode: 'edit' }
  | { readonly mode: 'read-only'; readonly reason: Message; readonly repairable: boolean }
  /** No project is open: the one named at start could not be opened (`failure` says why). */
  | { readonly mode: 'none'; readonly failure: Message };

export interface RecentProject {
  readonly file: string;
  /** The file's name, for the menu. */
  readonly name: string;
}

export interface ProjectFileState {
  /** Absolute path of the open project; null when none is open. */
  readonly file: string | null;
  /** The file's name without its folder, for the window title. */
  readonly name: string | null;
  readonly access: ProjectAccess;
  /** Most recent first, only files that still exist. */
  readonly recent: readonly RecentProject[];
  /** 'native': the host shows the operating system's dialogs; 'folder': the page picks a name in `folder`. */
  readonly chooser: 'native' | 'folder';
  /** The project folder (PARKPLAN_HOME): what the web chooser lists, where native dialogs start. */
  readonly folder: string;
}

/** A project in the folder, as the web chooser lists it. */
export interface ProjectFolderEntry {
  readonly name: string;
  readonly sizeBytes: number;
  /** ISO time of the last change. */
  readonly modified: string;
}

/** `name`: a file in the project folder (web mode); left out, the desktop app asks with a native dialog. */
export interface ProjectFileRequest {
  readonly name?: string;
}

export interface ProjectOpenRequest extends ProjectFileRequest {
  /** A file from the recent list, exactly as `ProjectFileState.recent` gave it. */
  readonly recent?: string;
}

/** The project-file channels, merged into ChannelMap by channels.ts. A null answer: the planner cancelled the dialog. */
export interface ProjectFileChannelMap {
  'projectFiles:state': [Record<string, never>, ProjectFileState];
  'projectFiles:list': [Record<string, never>, readonly ProjectFolderEntry[]];
  'projectFiles:new': [ProjectFileRequest, ProjectFileState | null];
  'projectFiles:open': [ProjectOpenRequest, ProjectFileState | null];
  'projectFiles:saveAs': [ProjectFileRequest, ProjectFileState | null];
  /** Backs the open file up, drops the triggers and views another tool added, and opens it for editing. */
  'projectFiles:repair': [Record<string, never>, ProjectFileState];
}

// The name is checked against the folder on the Node side (no separators, no "..": see projectFolder.ts).
const fileName = z.string().min(1).max(255);
const empty = z.object({}).strict();

export const projectFileRequestSchemas: { readonly [C in keyof ProjectFileChannelMap]: z.ZodType<ProjectFileChannelMap[C][0], unknown> } = {
  'projectFiles:state': empty,
  'projectFiles:list': empty,
  'projectFiles:new': z.object({ name: fileName.optional() }).strict(),
  'projectFiles:open': z.object({ name: fileName.optional(), recent: z.string().min(1).max(4096).optional() }).strict(),
  'projectFiles:saveAs': z.object({ name: fileName.optional() }).strict(),
  'projectFiles:repair': empty,
};

/** The window title: the open file's name first, as desktop apps put it. */
export const projectWindowTitle = (state: Pick<ProjectFileState, 'name' | 'access'>, readOnlyWord: string): string =>
  state.name === null ? 'ParkPlan' : `${state.name}${state.access.mode === 'read-only' ? ` [${readOnlyWord}]` : ''} — ParkPlan`;
