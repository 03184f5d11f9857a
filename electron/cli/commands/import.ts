import { parseArgs } from 'node:util';
import { DXF_UNITS, type DxfUnit } from '../../../shared/contract/exchangeRequests';
import type { Park } from '../../../shared/domain/park';
import { parseFieldMap } from '../../services/import/attributeMapping';
import { checkImport, commitImport, IMPORT_LAYERS, type ImportLayer, type ImportOptions } from '../../services/import/importPipeline';
import { reportLines, type ImportReport } from '../../services/import/importReport';
import { RefusedError } from '../../services/refusal';
import type { ProjectStore } from '../../store/project';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';
import { chooseParks } from '../parkChoice';

export const IMPORT_USAGE = `  import FILE INPUT [--layer plots|rail_spurs|utility_lines] [--crs EPSG:4326|MSK-62-1|MSK-62-2|PROJ4|WKT]
         [--park NAME] [--map FIELD=COLUMN]… [--table NAME] [--units m|mm|cm|km|ft|in] [--swap-xy]
         [--skip-rejected] [--dry-run]
                             GeoJSON, KML/KMZ, zipped shapefile, GeoPackage (--table), DXF (needs --crs;
                             --units overrides its $INSUNITS) or a CSV coordinate list into a park; per feature
                             what was repaired or rejected, and plots overlapping others or leaving the park
                             (warnings); any rejection imports nothing unless --skip-rejected`;

function importPark(store: ProjectStore, wanted: string | undefined): Park {
  const parks = chooseParks(store.parks.list(), wanted);
  if (parks.length === 0) throw RefusedError.untranslated('The project has no park to import into.');
  if (parks.length > 1) throw new UsageError(`the project has ${parks.length} parks; say which with --park`);
  return parks[0] as Park;
}

/** Reads the options, or a usage error naming the one that is wrong. */
function importOptions(args: readonly string[]): { file: string; park: string | undefined; dryRun: boolean; options: ImportOptions } {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      layer: { type: 'string', default: 'plots' },
      crs: { type: 'string' },
      park: { type: 'string' },
      map: { type: 'string', multiple: true, default: [] },
      table: { type: 'string' },
      units: { type: 'string' },
      'swap-xy': { type: 'boolean', default: false },
      'skip-rejected': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const [file, input] = positionals;
  if (file === undefined || input === undefined || positionals.length > 2) throw new UsageError('import takes a project file and an input file');
  if (!(IMPORT_LAYERS as readonly string[]).includes(values.layer)) throw new UsageError(`--layer must be one of ${IMPORT_LAYERS.join(', ')}`);
  if (values.units !== undefined && !(DXF_UNITS as readonly string[]).includes(values.units)) throw new UsageError(`--units must be one of ${DXF_UNITS.join(', ')}`);
  let fieldMap: ImportOptions['fieldMap'];
  try {
    fieldMap = parseFieldMap(values.map);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const options: ImportOptions = {
    input,
    layer: values.layer as ImportLayer,
    fieldMap,
    skipRejected: values['skip-rejected'],
    swapXY: values['swap-xy'],
    ...(values.crs === undefined ? {} : { crs: values.crs }),
    ...(values.table === undefined ? {} : { table: values.table }),
    ...(values.units === undefined ? {} : { units: values.units as DxfUnit }),
  };
  return { file, park: values.park, dryRun: values['dry-run'], options };
}

/**
 * `parkplan import FILE INPUT …`: checks the input against a read-only open of the project and prints
 * the per-feature report; only when nothing is rejected (or --skip-rejected) is it written, in one
 * transaction. A refusal throws, so the CLI exits 1 with the project untouched.
 */
export function importCommand(args: readonly string[], out: (line: string) => void): void {
  const { file, park: wanted, dryRun, options } = importOptions(args);
  const reader = openExisting(file);
  let parkChosen: Park;
  let check: ImportReport;
  try {
    parkChosen = importPark(reader, wanted);
    check = checkImport(reader, parkChosen, options);
    for (const line of reportLines(check)) out(line);
    if (check.rejectedCount > 0 && !options.skipRejected) {
      throw RefusedError.untranslated(`${check.rejectedCount} feature(s) rejected; nothing was imported (fix them, or re-run with --skip-rejected to import the other ${check.accepted}).`);
    }
    if (check.accepted === 0) throw RefusedError.untranslated('No feature can be imported; nothing was written.');
  } finally {
    reader.close();
  }
  if (dryRun) {
    out('Dry run: nothing was written.');
    return;
  }
  const writer = openExisting(file, false);
  try {
    const done = commitImport(writer, parkChosen, options, check);
    out(`Imported ${done.written} ${options.layer.replace('_', ' ')} into ${parkChosen.name}${done.journaled ? ' (one edit; Undo in the app reverts it)' : ''}.`);
  } finally {
    writer.close();
  }
}
