import { extname } from 'node:path';
import { isoDate } from '../../../shared/park/activeAllocation';
import { writeFileAtomic } from '../../services/atomicWrite';
import { projectToGeoJson } from '../../services/geojsonExport';
import { readSnapshot } from '../../services/projectSnapshot';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';

/** `parkplan export FILE OUT.geojson`: every feature with its properties and derived geodesic figures. */
export function exportCommand(args: readonly string[], out: (line: string) => void): void {
  const [file, target] = args;
  if (file === undefined || target === undefined || args.length > 2) throw new UsageError('export takes a project file and an output file');
  const format = extname(target).toLowerCase();
  if (format !== '.geojson' && format !== '.json') {
    throw new UsageError(`Cannot export to "${format || target}": only .geojson is supported so far`);
  }
  const store = openExisting(file);
  try {
    const collection = projectToGeoJson(readSnapshot(store), isoDate(new Date()));
    writeFileAtomic(target, JSON.stringify(collection));
    out(`Exported ${collection.features.length} features to ${target}`);
  } finally {
    store.close();
  }
}
