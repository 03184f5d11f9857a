import { resolve, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../../../shared/contract/calendarDate';
import {
  MAP_AUTHOR_MAX,
  MAP_DPI_RANGE,
  MAP_ORIENTATIONS,
  MAP_PAPERS,
  MAP_SCALE_RANGE,
  MAP_TITLE_MAX,
  sheetTextProblem,
} from '../../../shared/contract/mapSheetLimits';
import { isoDate } from '../../../shared/park/activeAllocation';
import { CSV_TABLES, LEGEND_KINDS, type ExportOptionName, type ExportOptions } from '../../services/io/export/exporter';
import { snapshotOfParks } from '../../services/io/export/parkSelection';
import { EXPORTERS, exporterFor } from '../../services/io/export/registry';
import { readSnapshot } from '../../services/project/projectSnapshot';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';
import { chooseParks } from '../parkChoice';

/** The export part of the CLI usage text, built from the registry so a new format shows up by itself. */
export const EXPORT_USAGE = [
  `  export FILE OUT.{${Object.keys(EXPORTERS).map((extension) => extension.slice(1)).join(',')}} [--park NAME]`,
  '         [--paper A4..A0] [--orientation portrait|landscape] [--scale N (1:N)] [--atlas]',
  '         [--legend status|resident] [--grid] [--parcels] [--title TEXT] [--author TEXT] [--date YYYY-MM-DD]',
  '         [--dpi N] [--underlays] [--table plots|residents|allocations]',
  '                             the format follows OUT\'s extension; --park narrows to one park. Maps:',
  '                             --grid draws the park\'s МСК zone grid, --parcels its ЕГРН parcels,',
  '                             --title replaces the heading,',
  '                             --author and --date go in the title block (--date also picks the day',
  `                             whose allocations are drawn), --dpi is the PNG resolution (${MAP_DPI_RANGE[0]}–${MAP_DPI_RANGE[1]})`,
  '                             and the underlays\' raster in any map, --underlays draws the visible underlays',
  '                             (basemaps, orthophotos, placed scans) under the plan',
  ...[...new Set(Object.values(EXPORTERS))].map((entry) => {
    const extensions = Object.keys(EXPORTERS).filter((extension) => EXPORTERS[extension] === entry);
    return `                             ${extensions.join(' ').padEnd(9)} ${entry.describe}`;
  }),
].join('\n');

const OPTIONS = {
  park: { type: 'string' },
  paper: { type: 'string' },
  orientation: { type: 'string' },
  scale: { type: 'string' },
  atlas: { type: 'boolean' },
  legend: { type: 'string' },
  dpi: { type: 'string' },
  grid: { type: 'boolean' },
  underlays: { type: 'boolean' },
  parcels: { type: 'boolean' },
  title: { type: 'string' },
  author: { type: 'string' },
  date: { type: 'string' },
  table: { type: 'string' },
} as const;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const match = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (match === undefined) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  return match;
}

function integerIn(flag: string, value: string | undefined, low: number, high: number): number | undefined {
  if (value === undefined) return undefined;
  const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < low || number > high) {
    throw new UsageError(`--${flag} must be a whole number from ${low} to ${high}, not "${value}"`);
  }
  return number;
}

/** A free-text flag checked by the same rule the export dialog's request is checked by. */
function sheetText(flag: string, value: string | undefined, max: number): string | undefined {
  const problem = value === undefined ? null : sheetTextProblem(value, max);
  if (problem !== null) throw new UsageError(`--${flag}: ${problem}`);
  return value;
}

function dateFlag(value: string | undefined): string | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  throw new UsageError(`--date must be a calendar date as YYYY-MM-DD, not "${value}"`);
}

/** Reads and checks the flags; throws UsageError for anything malformed, before any file is opened. */
function parseExportArgs(args: readonly string[]): { file: string; target: string; options: ExportOptions } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [file, target] = positionals;
  if (file === undefined || target === undefined || positionals.length > 2) {
    throw new UsageError('export takes a project file and an output file');
  }
  const options: ExportOptions = {
    ...(values.park === undefined ? {} : { park: values.park }),
    ...optional('paper', oneOf('paper', values.paper, MAP_PAPERS)),
    ...optional('orientation', oneOf('orientation', values.orientation, MAP_ORIENTATIONS)),
    ...optional('scale', integerIn('scale', values.scale, ...MAP_SCALE_RANGE)),
    ...(values.atlas === true ? { atlas: true } : {}),
    ...optional('legend', oneOf('legend', values.legend, LEGEND_KINDS)),
    ...optional('dpi', integerIn('dpi', values.dpi, ...MAP_DPI_RANGE)),
    ...(values.grid === true ? { grid: true } : {}),
    ...(values.underlays === true ? { underlays: true } : {}),
    ...(values.parcels === true ? { parcels: true } : {}),
    ...optional('title', sheetText('title', values.title, MAP_TITLE_MAX)),
    ...optional('author', sheetText('author', values.author, MAP_AUTHOR_MAX)),
    ...optional('date', dateFlag(values.date)),
    ...optional('table', oneOf('table', values.table, CSV_TABLES)),
  };
  return { file, target, options };
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/**
 * `parkplan export FILE OUT.ext [flags]`: picks the exporter by OUT's extension, narrows the project to
 * the `--park` asked for and writes atomically. The project is opened read-only, so it stays byte for byte.
 */
export async function exportCommand(args: readonly string[], out: (line: string) => void): Promise<void> {
  const { file, target, options } = parseExportArgs(args);
  const extension = extname(target).toLowerCase();
  const entry = exporterFor(extension);
  if (entry === undefined) {
    const known = Object.keys(EXPORTERS).join(', ');
    throw new UsageError(`Cannot export to "${extension || target}": the formats are ${known}`);
  }
  const refused = (Object.keys(options) as (keyof ExportOptions)[]).filter(
    (name): name is ExportOptionName => name !== 'park' && !entry.accepts.includes(name),
  );
  if (refused.length > 0) throw new UsageError(`${extension} export does not take ${refused.map((name) => `--${name}`).join(', ')}`);
  if (resolve(target) === resolve(file)) throw new UsageError('the output file is the project file itself');

  const writer = await entry.load();
  const store = openExisting(file);
  try {
    const whole = readSnapshot(store);
    const parks = chooseParks(whole.parks, options.park);
    const snapshot = options.park === undefined ? whole : snapshotOfParks(whole, parks);
    const result = await writer.write({
      store,
      snapshot,
      parks,
      narrowed: options.park !== undefined,
      options,
      outFile: target,
      today: isoDate(new Date()),
    });
    for (const written of result.files) out(`Exported ${written.summary} to ${written.path}`);
    for (const warning of result.warnings ?? []) out(`Warning: ${warning}`);
  } finally {
    store.close();
  }
}
