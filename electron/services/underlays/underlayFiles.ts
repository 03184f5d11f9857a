import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { cadastralCrsOf } from '../../../shared/crs/cadastralCrs';
import type { Underlay, UnderlayKind } from '../../../shared/domain/underlay';
import type { ProjectStore } from '../../store/project';
import { RefusedError } from '../refusals/refusedError';
import { underlayProblem } from './underlayViews';
import { openUnderlaySource } from './underlayTiles';

/*
 * Adding, changing and removing underlays, for the CLI and the layer panel alike. A file is checked by
 * opening it as the map will before its row is written, so a project never refers to a file it cannot draw
 * (the file may still go missing later; the map then says so).
 */

/** Refuses, naming it, a file the planner gave that is not there (before reading it says ENOENT). */
export function checkInputExists(file: string): void {
  if (!existsSync(file)) throw new RefusedError('underlay.input.missing', { file });
}

/** PMTiles, MBTiles (SQLite) or TIFF by the first bytes; the extension is not trusted. */
export function underlayKindOf(path: string): Exclude<UnderlayKind, 'scan'> | null {
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.subarray(0, 7).toString('latin1') === 'PMTiles') return 'pmtiles';
  if (head.toString('latin1') === 'SQLite format 3\0') return 'mbtiles';
  const order = head.subarray(0, 2).toString('latin1');
  const magic = order === 'II' ? head.readUInt16LE(2) : order === 'MM' ? head.readUInt16BE(2) : 0;
  return magic === 42 || magic === 43 ? 'geotiff' : null;
}

export function checkOpacity(opacity: number): void {
  if (!Number.isFinite(opacity) || opacity < 0 || opacity > 1) throw new RefusedError('underlay.opacity.range', { value: String(opacity) });
}

export function checkNameFree(store: ProjectStore, name: string): void {
  if (store.underlays.getByName(name) !== null) throw new RefusedError('underlay.name.taken', { name });
}

/** The underlay of that name, or a refusal listing the names there are. */
export function underlayNamed(store: ProjectStore, name: string): Underlay {
  const found = store.underlays.getByName(name);
  if (found !== null) return found;
  const names = store.underlays.list().map((u) => `«${u.name}»`).join(', ');
  throw new RefusedError('underlay.name.unknown', { name, names: names === '' ? '—' : names });
}

export interface AddUnderlayFile {
  readonly input: string;
  readonly name?: string;
  readonly opacity?: number;
  readonly crs?: string | null;
}

/** Adds a PMTiles, MBTiles or GeoTIFF file by its absolute path, on top of the underlays there are. */
export async function addUnderlayFile(store: ProjectStore, request: AddUnderlayFile): Promise<Underlay> {
  checkInputExists(request.input);
  const path = resolve(request.input);
  const kind = underlayKindOf(path);
  if (kind === null) throw new RefusedError('underlay.file.kind', { file: request.input });
  const name = (request.name ?? basename(path, extname(path))).trim();
  const opacity = request.opacity ?? 1;
  checkOpacity(opacity);
  checkNameFree(store, name);
  if (request.crs != null && cadastralCrsOf(request.crs) === null) throw new RefusedError('cadastre.crs.unknown', { text: request.crs });
  const probe: Underlay = { id: 0 as Underlay['id'], name, kind, path, opacity, drawOrder: 0, visible: true, crs: request.crs ?? null, georeference: null };
  try {
    await (await openUnderlaySource(probe)).close();
  } catch (error) {
    const problem = underlayProblem(probe, error);
    throw new RefusedError(problem.key, problem.params);
  }
  return store.transaction(() => store.underlays.insert({ name, kind, path, opacity, crs: request.crs ?? null }));
}
