import { basename, resolve } from 'node:path';
import type { ProjectEvent } from '../../shared/contract/changeSet';
import type { ProjectAccess, ProjectFileState } from '../../shared/contract/projectFileChannels';
import { message, type Message } from '../../shared/messages/message';
import { createHandlers } from './projectHandlers';
import type { ProjectHandlerMap } from './handlerMap';
import { openProject, ProjectFileError, type ProjectStore } from '../store/project';
import type { OpenWriter } from '../services/io/exchange/importJobs';
import { createChangeFeed, type ChangeFeed } from '../services/journal/changeFeed/changeFeed';
import { KeyedError } from '../services/refusals/keyedError';
import { RefusedError } from '../services/refusals/refusedError';
import { createUnderlayTiles, type UnderlayTiles } from '../services/underlays/underlayTiles';
import { openForPlanner } from '../services/projectFiles/projectAccess';
import { repairProjectFile } from '../services/projectFiles/projectRepair';
import { refusingWrites } from './readOnlyGuard';
import type { RecentProjects } from '../services/projectFiles/recentProjects';
import type { ProjectFilePicker } from '../services/projectFiles/projectFilePicker';

/*
 * The project a running app works on, which New, Open, Save As and Repair replace (issue 11). The hosts
 * (IPC, the web host) hold the session's handlers, feed and underlays, which always reach the project open
 * now; a replacement opens the new file first, so a file that cannot be opened leaves the current one open.
 * Every window is then told (`opened`) and starts again on the new file.
 */

export interface ProjectSessionOptions {
  readonly host: 'desktop' | 'web';
  readonly recent: RecentProjects;
  /** How files are chosen and in which folder (web: the only folder its chooser reaches), told to the renderer. */
  readonly picker: Pick<ProjectFilePicker, 'chooser' | 'folder'>;
  readonly nativeBinding?: string;
  readonly openWriter?: OpenWriter;
  readonly today?: () => string;
  readonly pollMs?: number;
}

interface OpenedProject {
  readonly store: ProjectStore;
  readonly access: Exclude<ProjectAccess, { mode: 'none' }>;
  readonly feed: ChangeFeed;
  readonly tiles: UnderlayTiles;
  readonly handlers: ProjectHandlerMap;
  readonly unsubscribe: () => void;
}

export interface ProjectSession {
  /** The open project's handlers; with none open, each refuses (projectFiles.noneOpen). */
  readonly handlers: () => ProjectHandlerMap;
  /** A feed whose subscribers stay across replacements and hear `opened` after one. */
  readonly feed: ChangeFeed;
  /** The open project's underlay tiles. */
  readonly underlays: Pick<UnderlayTiles, 'serve'>;
  readonly state: () => ProjectFileState;
  /** Opens an existing project file (read-only, saying why, where it cannot be edited). */
  open(file: string): ProjectFileState;
  /** Creates an empty project (no demo, no parks) at `file`, which must not exist, and opens it. */
  create(file: string): ProjectFileState;
  /** Copies the open project with the SQLite backup API to `file` and goes on in the copy. */
  saveAs(file: string): Promise<ProjectFileState>;
  /** Backs the open file up, drops the foreign triggers and views, and opens it again for editing. */
  repair(): Promise<ProjectFileState>;
  close(): Promise<void>;
}

/** Why a file could not be opened, as a planner reads it. */
export function openFailure(file: string, error: unknown): Message {
  if (error instanceof ProjectFileError) return error.reason ?? message('projectFile.cannotOpen', { file, text: error.message });
  if (error instanceof KeyedError) return message(error.key, error.params);
  return message('projectFile.cannotOpen', { file, text: error instanceof Error ? error.message : String(error) });
}

const refusal = (failure: Message): RefusedError => new RefusedError(failure.key, failure.params);

/** Starts on `first` (null: no project yet); a file that cannot be opened leaves the session with none and says why. */
export function startProjectSession(first: string | null, options: ProjectSessionOptions): ProjectSession {
  const listeners = new Set<(event: ProjectEvent) => void>();
  const push = (event: ProjectEvent) => {
    for (const listener of listeners) listener(event);
  };
  let current: OpenedProject | null = null;
  let failure: Message = message('projectFiles.noneOpen');

  const openFile = (file: string): OpenedProject => {
    const { store, access } = openForPlanner(file, options.nativeBinding);
    try {
      const feed = createChangeFeed(store, { ...(options.today ? { today: options.today } : {}), ...(options.pollMs ? { pollMs: options.pollMs } : {}) });
      const tiles = createUnderlayTiles(store, options.nativeBinding);
      const all = createHandlers({ store, file: store.file, host: options.host, underlayTiles: tiles, ...(options.today ? { today: options.today } : {}), ...(options.openWriter ? { openWriter: options.openWriter } : {}) });
      const handlers = access.mode === 'edit' ? all : refusingWrites(all, access.reason);
      return { store, access, feed, tiles, handlers, unsubscribe: feed.subscribe(push) };
    } catch (error) {
      store.close();
      throw error;
    }
  };
  const shut = async (project: OpenedProject) => {
    project.unsubscribe();
    project.feed.close();
    // The file first, at once: an app quitting does not wait for the underlay files to close.
    project.store.close();
    await project.tiles.closeAll();
  };
  const state = (): ProjectFileState => ({
    file: current?.store.file ?? null,
    name: current === null ? null : basename(current.store.file),
    access: current?.access ?? { mode: 'none', failure },
    recent: options.recent.list(),
    chooser: options.picker.chooser,
    folder: options.picker.folder,
  });
  /** Opens `file`, and only then lets the old project go. */
  const replaceWith = (file: string): ProjectFileState => {
    let next: OpenedProject;
    try {
      next = openFile(file);
    } catch (error) {
      throw refusal(openFailure(file, error));
    }
    const previous = current;
    current = next;
    if (previous !== null) void shut(previous);
    options.recent.add(next.store.file);
    push({ kind: 'opened', file: next.store.file });
    return state();
  };

  if (first !== null) {
    try {
      current = openFile(first);
      options.recent.add(current.store.file);
    } catch (error) {
      failure = openFailure(resolve(first), error);
    }
  }

  return {
    handlers: () => {
      if (current === null) throw refusal(failure);
      return current.handlers;
    },
    feed: {
      answered: (channel, request, response) => current?.feed.answered(channel, request, response) ?? null,
      failed: () => current?.feed.failed(),
      subscribe(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      close: () => listeners.clear(),
    },
    underlays: { serve: (id, tile) => current?.tiles.serve(id, tile) ?? Promise.resolve(null) },
    state,
    open: (file) => replaceWith(file),
    create(file) {
      try {
        openProject(file, { create: true, ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }) }).close();
      } catch (error) {
        throw refusal(openFailure(file, error));
      }
      return replaceWith(file);
    },
    async saveAs(file) {
      if (current === null) throw refusal(failure);
      if (resolve(file) === current.store.file) throw new RefusedError('projectFiles.sameFile', { file });
      await current.store.backup(file);
      return replaceWith(file);
    },
    async repair() {
      if (current === null) throw refusal(failure);
      const { file, access } = { file: current.store.file, access: current.access };
      if (access.mode !== 'read-only' || !access.repairable) throw new RefusedError('projectFile.readOnly.nothingToRepair', { file });
      await repairProjectFile(file, options.nativeBinding);
      return replaceWith(file);
    },
    async close() {
      listeners.clear();
      if (current !== null) await shut(current);
      current = null;
    },
  };
}
