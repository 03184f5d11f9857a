import { createDemoProject } from '../../services/project/demoProject';
import { readSnapshot } from '../../services/project/projectSnapshot';
import { UsageError } from '../cliError';

/** `parkplan demo FILE`: writes the illustrative demo project to a new GeoPackage. */
export function demoCommand(args: readonly string[], out: (line: string) => void): void {
  const [file] = args;
  if (file === undefined || args.length > 1) throw new UsageError('demo takes one argument: the new project file');
  const store = createDemoProject(file);
  try {
    const snapshot = readSnapshot(store);
    out(`Wrote the illustrative demo to ${file}: ${snapshot.parks.length} parks, ${snapshot.plots.length} plots, ${snapshot.residents.length} residents.`);
  } finally {
    store.close();
  }
}
