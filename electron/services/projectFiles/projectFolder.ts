import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { ProjectFolderEntry } from '../../../shared/contract/projectFileChannels';
import { RefusedError } from '../refusals/refusedError';

/*
 * The planner's project folder (PARKPLAN_HOME), the only place web mode may open or write a project: a page
 * names a file by its plain name, and a name that would reach anywhere else ("../x.gpkg", "/etc/passwd",
 * "a/b.gpkg", a symbolic link out of the folder) is refused before any file is touched.
 */

/** A plain file name: no folder separators of either system, no NUL, not "." or "..", no drive letter. */
const isPlainName = (name: string): boolean =>
  name.trim() === name && name !== '' && name !== '.' && name !== '..' && !/[/\\\0:]/.test(name) && !name.startsWith('.');

/** The name with `.gpkg` added when it has no such ending ("Технопарк" → "Технопарк.gpkg"). */
export const withProjectExtension = (name: string): string => (/\.gpkg$/i.test(name) ? name : `${name}.gpkg`);

/** The folder itself, made if missing, with symbolic links resolved (so "inside" is judged on real paths). */
function realFolder(folder: string): string {
  mkdirSync(folder, { recursive: true });
  return realpathSync(folder);
}

function inside(folder: string, path: string): boolean {
  return dirname(path) === folder || path.startsWith(folder + sep);
}

/**
 * The path of `name` in the folder. `mustExist`: an existing project (Open); otherwise a new one (New,
 * Save As), which must not exist yet: a project is never written over a file.
 *
 * @example
 * resolveInFolder('/home/p/ParkPlan', 'Технопарк', 'new'); // '/home/p/ParkPlan/Технопарк.gpkg'
 * resolveInFolder('/home/p/ParkPlan', '../etc/passwd', 'existing'); // throws projectFiles.badName
 */
export function resolveInFolder(folder: string, name: string, purpose: 'existing' | 'new'): string {
  if (!isPlainName(name)) throw new RefusedError('projectFiles.badName', { name: name.slice(0, 120) });
  const real = realFolder(folder);
  const fileName = purpose === 'new' ? withProjectExtension(name) : name;
  const path = join(real, fileName);
  if (!inside(real, resolve(path))) throw new RefusedError('projectFiles.badName', { name });
  if (purpose === 'new') {
    if (existsSync(path) || isLink(path)) throw new RefusedError('projectFiles.exists', { name: fileName });
    return path;
  }
  if (!existsSync(path)) throw new RefusedError('projectFiles.notFound', { name });
  // A link inside the folder that points out of it is as good as a path out of it.
  if (!inside(real, realpathSync(path))) throw new RefusedError('projectFiles.notInFolder', { name, folder: real });
  if (!statSync(path).isFile()) throw new RefusedError('projectFiles.notFound', { name });
  return path;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether `file` lies in the folder (the recent list in web mode keeps only those). */
export function isInFolder(folder: string, file: string): boolean {
  try {
    return inside(realFolder(folder), realpathSync(file));
  } catch {
    return false;
  }
}

/** The .gpkg files of the folder, by name (backups included: a planner may need to open one). */
export function listProjectFolder(folder: string): ProjectFolderEntry[] {
  const real = realFolder(folder);
  return readdirSync(real, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.gpkg$/i.test(entry.name) && isPlainName(entry.name))
    .map((entry) => {
      const stat = statSync(join(real, entry.name));
      return { name: entry.name, sizeBytes: stat.size, modified: stat.mtime.toISOString() };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}
