import { parseArgs } from 'node:util';
import { DXF_UNITS, type DxfUnit } from '../../../shared/contract/exchangeRequests';
import type { Park } from '../../../shared/domain/park';
import type { Locale } from '../../../shared/format/locale';
import { formatMessage, message, type Message } from '../../../shared/messages/message';
import { parseFieldMap } from '../../services/io/import/attributeMapping';
import { checkImport, commitImport, importInOnePass, IMPORT_LAYERS, type ImportLayer, type ImportOptions } from '../../services/io/import/importPipeline';
import { reportLines, type ImportReport } from '../../services/io/import/importReport';
import { assertImportable, checkParcelImport, commitParcelImport, isRosreestrInput, type ParcelCheck, type ParcelImportOptions } from '../../services/io/import/parcelImport';
import { RefusedError } from '../../services/refusals/refusedError';
import type { ProjectStore } from '../../store/project';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';
import { chooseParks } from '../parkChoice';

export const IMPORT_USAGE = `  import FILE INPUT [--layer plots|rail_spurs|utility_lines] [--crs EPSG:4326|MSK-NN-Z|PROJ4|WKT]
         [--layer cadastral_parcels]
         [--park NAME] [--map FIELD=COLUMN]… [--table NAME] [--units m|mm|cm|km|ft|in] [--swap-xy]
         [--skip-rejected] [--dry-run]
                             GeoJSON, KML/KMZ, zipped shapefile, MapInfo MIF/MID (loose or zipped), GeoPackage
                             (--table), DXF (needs --crs; --units overrides its $INSUNITS; block INSERTs expanded)
                             or a CSV coordinate list into a park; per feature
                             what was repaired or rejected, and plots overlapping others or leaving the park
                             (warnings); any rejection imports nothing unless --skip-rejected.
                             --crs takes an МСК zone (MSK-62-1, MSK-62-2, MSK-50-1/2, MSK-71-1/2, MSK-33-1..3,
                             MSK-48-1/2, MSK-68-1..3, MSK-58-1/2, MSK-13-1/2), a proj4 string or WKT.
                             A Rosreestr extract (KPT_v10, extract_cadastral_plan_territory,
                             extract_about_property_land, KVZU_v07; .xml or the .zip with its .sig) goes into
                             the park's cadastral_parcels layer, its X/Y read in --crs or the park's CRS`;

function importPark(store: ProjectStore, wanted: string | undefined): Park {
  const parks = chooseParks(store.parks.list(), wanted);
  if (parks.length === 0) throw new RefusedError('import.noPark');
  if (parks.length > 1) throw new UsageError(`the project has ${parks.length} parks; say which with --park`);
  return parks[0] as Park;
}

/** Reads the options, or a usage error naming the one that is wrong. */
function importOptions(args: readonly string[]): { file: string; park: string | undefined; dryRun: boolean; parcels: boolean; options: ImportOptions } {
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
  const parcels = values.layer === 'cadastral_parcels' || (values.layer === 'plots' && isRosreestrInput(input));
  if (!parcels && !(IMPORT_LAYERS as readonly string[]).includes(values.layer)) throw new UsageError(`--layer must be one of ${IMPORT_LAYERS.join(', ')}`);
  if (values.units !== undefined && !(DXF_UNITS as readonly string[]).includes(values.units)) throw new UsageError(`--units must be one of ${DXF_UNITS.join(', ')}`);
  let fieldMap: ImportOptions['fieldMap'];
  try {
    fieldMap = parseFieldMap(values.map);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const options: ImportOptions = {
    input,
    layer: (parcels ? 'plots' : values.layer) as ImportLayer,
    fieldMap,
    skipRejected: values['skip-rejected'],
    swapXY: values['swap-xy'],
    ...(values.crs === undefined ? {} : { crs: values.crs }),
    ...(values.table === undefined ? {} : { table: values.table }),
    ...(values.units === undefined ? {} : { units: values.units as DxfUnit }),
  };
  return { file, park: values.park, dryRun: values['dry-run'], parcels, options };
}

/**
 * One import as the CLI runs it, whatever goes in: the check on a read-only open (its report printed),
 * the refusal when the check says so, and the write on a second open — or, where `once` is offered and
 * this is no dry run, both in a single pass inside the write transaction.
 */
interface CliImport<Check> {
  check(reader: ProjectStore, park: Park): Check;
  report(check: Check): ImportReport;
  /** Throws when the check's rejections (or nothing to write) stop the import. */
  refuseUnlessImportable(check: Check): void;
  /** Writes the import; the line that says what was written. */
  commit(writer: ProjectStore, park: Park, check: Check): Message;
  /**
   * Checks and writes in one pass inside the write transaction, when the import can: `shown` gets the
   * report before the refusal, which throws and rolls the transaction back.
   */
  once?(writer: ProjectStore, park: Park, shown: (report: ImportReport) => void): Message;
}

function plotImport(options: ImportOptions): CliImport<ImportReport> {
  const refuseUnlessImportable = (check: ImportReport): void => {
    if (check.rejectedCount > 0 && !options.skipRejected) throw new RefusedError('import.rejectedCli', { count: check.rejectedCount, accepted: check.accepted });
    if (check.accepted === 0) throw new RefusedError('import.nothing');
  };
  const imported = (park: Park, done: ImportReport): Message =>
    message(`importReport.imported.${options.layer}`, { count: done.written, park: park.name, journaled: done.journaled ? message('importReport.journaled') : '' });
  return {
    check: (reader, park) => checkImport(reader, park, options),
    report: (check) => check,
    refuseUnlessImportable,
    commit: (writer, park, check) => imported(park, commitImport(writer, park, options, check)),
    // A plain import reads, repairs and measures each feature once (a 100 MB file took two passes).
    once(writer, park, shown) {
      const done = importInOnePass(writer, park, options, (report) => {
        shown(report);
        refuseUnlessImportable(report);
      });
      return imported(park, done);
    },
  };
}

function parcelImport(options: ImportOptions): CliImport<ParcelCheck> {
  const parcelOptions: ParcelImportOptions = { input: options.input, skipRejected: options.skipRejected, ...(options.crs === undefined ? {} : { crs: options.crs }) };
  return {
    check: (reader, park) => checkParcelImport(reader, park, parcelOptions),
    report: (check) => check.report,
    refuseUnlessImportable: (check) => assertImportable(check, parcelOptions),
    commit(writer, park) {
      const done = commitParcelImport(writer, park, parcelOptions);
      return message('importReport.imported.cadastral_parcels', { count: done.report.written, park: park.name, crs: done.crs.label });
    },
  };
}

/**
 * `parkplan import FILE INPUT …`: checks the input against a read-only open of the project and prints
 * the per-feature report in the CLI's language; only when nothing is rejected (or --skip-rejected) is it
 * written, in one transaction. A refusal throws, so the CLI exits 1 with the project untouched (a plain
 * plot import checks inside that transaction, and the refusal rolls it back).
 */
export function importCommand(args: readonly string[], out: (line: string) => void, locale: Locale = 'en'): void {
  const { file, park: wanted, dryRun, parcels, options } = importOptions(args);
  if (parcels) runImport(file, wanted, parcelImport(options), dryRun, out, locale);
  else runImport(file, wanted, plotImport(options), dryRun, out, locale);
}

function runImport<Check>(file: string, wanted: string | undefined, run: CliImport<Check>, dryRun: boolean, out: (line: string) => void, locale: Locale): void {
  if (!dryRun && run.once !== undefined) {
    const writer = openExisting(file, false);
    try {
      const done = run.once(writer, importPark(writer, wanted), (report) => {
        for (const line of reportLines(report, locale)) out(line);
      });
      out(formatMessage(locale, done));
    } finally {
      writer.close();
    }
    return;
  }
  const reader = openExisting(file);
  let park: Park;
  let check: Check;
  try {
    park = importPark(reader, wanted);
    check = run.check(reader, park);
    for (const line of reportLines(run.report(check), locale)) out(line);
    run.refuseUnlessImportable(check);
  } finally {
    reader.close();
  }
  if (dryRun) {
    out(formatMessage(locale, message('importReport.dryRun')));
    return;
  }
  const writer = openExisting(file, false);
  try {
    out(formatMessage(locale, run.commit(writer, park, check)));
  } finally {
    writer.close();
  }
}
