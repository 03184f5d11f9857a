import { openProject, type ProjectStore } from '../store/project';

/** Opens a project the CLI was pointed at; a missing or foreign file is an error, never created. */
export const openExisting = (file: string, readonly = true): ProjectStore => openProject(file, { readonly });
