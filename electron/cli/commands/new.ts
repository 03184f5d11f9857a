import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { RefusedError } from '../../services/refusals/refusedError';
import { openProject } from '../../store/project';
import { UsageError } from '../cliError';

/** `parkplan new FILE`: an empty project (a valid GeoPackage with its layers and no features). */
export function newCommand(args: readonly string[], out: (line: string) => void): void {
  const [file] = args;
  if (file === undefined || args.length > 1 || file.startsWith('--')) throw new UsageError('new takes one argument: the new project file');
  if (existsSync(file)) throw new RefusedError('project.new.exists', { file });
  mkdirSync(dirname(file), { recursive: true });
  openProject(file, { create: true }).close();
  out(`Wrote an empty project to ${file}; add a park with: parkplan park add ${file} --name NAME --boundary INPUT`);
}
