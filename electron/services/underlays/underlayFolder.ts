import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { UnderlayFolderEntry, UnderlayFolderListing } from '../../../shared/contract/underlayChannels';
import { projectFolder } from '../project/defaultProject';
import { RefusedError } from '../refusals/refusedError';

/*
 * The one folder the app's file chooser for underlays reads: the planner's ParkPlan folder (PARKPLAN_HOME,
 * else ~/ParkPlan). In web mode the renderer is a browser page, so it names files only by their place under
 * this folder and the Node side refuses anything that resolves outside it (`..`, an absolute path, a
 * symbolic link leading out), so a page can never list or open the rest of the disk.
 */

/** The extensions the chooser shows: basemaps, GeoTIFFs and scan images. */
const SHOWN = new Set(['.pmtiles', '.mbtiles', '.tif', '.tiff', '.png', '.jpg', '.jpeg']);

/** The ParkPlan folder, where the app keeps its projects. */
export function underlayHome(): string {
  return projectFolder();
}

/** The real absolute path of `relativePath` under `root`; refused when it leads outside or is not there. */
export function resolveInFolder(root: string, relativePath: string): string {
  const realRoot = realpathSync(root);
  let real: string;
  try {
    real = realpathSync(resolve(realRoot, relativePath));
  } catch {
    throw new RefusedError('underlay.input.missing', { file: relativePath });
  }
  if (real !== realRoot && !real.startsWith(realRoot + sep)) throw new RefusedError('underlay.folder.outside', { file: relativePath });
  return real;
}

/**
 * The folders and underlay files in `folder` (relative to `root`, '' for the root itself): folders first,
 * then files, each alphabetically; hidden entries are left out.
 */
export function listUnderlayFolder(root: string, folder: string): UnderlayFolderListing {
  const realRoot = realpathSync(root);
  const here = resolveInFolder(root, folder);
  if (!statSync(here).isDirectory()) throw new RefusedError('underlay.folder.notFolder', { file: folder });
  const entries: UnderlayFolderEntry[] = [];
  for (const dirent of readdirSync(here, { withFileTypes: true })) {
    if (dirent.name.startsWith('.')) continue;
    const full = join(here, dirent.name);
    let isFolder: boolean;
    try {
      isFolder = statSync(full).isDirectory();
    } catch {
      continue; // a dangling link
    }
    if (!isFolder && !SHOWN.has(extname(dirent.name).toLowerCase())) continue;
    const size = isFolder ? null : statSync(full).size;
    entries.push({ name: dirent.name, path: relative(realRoot, full).split(sep).join('/'), folder: isFolder, size });
  }
  entries.sort((a, b) => Number(b.folder) - Number(a.folder) || a.name.localeCompare(b.name));
  const path = relative(realRoot, here).split(sep).join('/');
  return { root: realRoot, folder: path, parent: path === '' ? null : (dirname(path) === '.' ? '' : dirname(path)), entries };
}
