import { parseArgs } from 'node:util';
import { isoDate } from '../../../shared/park/activeAllocation';
import { addPark, removePark } from '../../services/parks/parkSetup';
import { readParkBoundary } from '../../services/parks/parkBoundaryInput';
import { readSnapshot } from '../../services/project/projectSnapshot';
import { summarizeProject } from '../../services/project/projectSummary';
import { RefusedError } from '../../services/refusals/refusedError';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';
import { chooseParks } from '../parkChoice';

export const PARK_USAGE = `  park add FILE --name NAME --boundary INPUT [--crs EPSG:4326|MSK-62-1|MSK-62-2|PROJ4|WKT]
           [--declared-ha N] [--code-prefix P] [--table NAME]
                             a new park; INPUT is any file import reads or a coordinate list (.csv/.txt);
                             --crs is the CRS of INPUT's coordinates and the park's cadastral CRS
                             (EPSG:4326: degrees, no cadastral CRS); new plots are coded P1, P2, … (Н- if not given)
  park list FILE [--json]    the parks with their CRS, declared and boundary area, code prefix and plots
  park remove FILE --park NAME
                             removes a park with its plots and lines; refused while any plot is allocated`;

function add(args: readonly string[], out: (line: string) => void): void {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { name: { type: 'string' }, boundary: { type: 'string' }, crs: { type: 'string' }, 'declared-ha': { type: 'string' }, 'code-prefix': { type: 'string' }, table: { type: 'string' } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('park add takes one project file');
  if (values.name === undefined) throw new UsageError('park add needs --name');
  if (values.boundary === undefined) throw new UsageError('park add needs --boundary INPUT');
  const declaredText = values['declared-ha'];
  const declared = declaredText === undefined ? null : Number(declaredText.replace(',', '.'));
  if (declared !== null && !(Number.isFinite(declared) && declared > 0)) throw new RefusedError('park.declared.invalid', { text: declaredText ?? '' });
  const boundary = readParkBoundary({ input: values.boundary, ...(values.crs === undefined ? {} : { crs: values.crs }), ...(values.table === undefined ? {} : { table: values.table }) });
  const store = openExisting(file, false);
  try {
    const park = addPark(store, { name: values.name, boundary, cadastralCrs: values.crs ?? null, declaredAreaHa: declared, codePrefix: values['code-prefix'] ?? null });
    const figures = summarizeProject(readSnapshot(store), file, isoDate(new Date())).parks.find((entry) => entry.id === park.id);
    out(`Added park «${park.name}» to ${file}: boundary ${figures?.boundaryAreaHa.toFixed(4) ?? '?'} ha, new plots coded ${park.codePrefix}1, ${park.codePrefix}2, …`);
  } finally {
    store.close();
  }
}

function list(args: readonly string[], out: (line: string) => void): void {
  const { values, positionals } = parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, allowPositionals: true });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('park list takes one project file');
  const store = openExisting(file);
  try {
    const figures = summarizeProject(readSnapshot(store), file, isoDate(new Date())).parks;
    const parks = store.parks.list().map((park) => {
      const figure = figures.find((entry) => entry.id === park.id);
      return {
        name: park.name,
        cadastralCrs: park.cadastralCrs,
        declaredAreaHa: park.declaredAreaHa,
        boundaryAreaHa: figure?.boundaryAreaHa ?? null,
        codePrefix: park.codePrefix,
        plotCount: figure?.plotCount ?? 0,
        illustrative: park.illustrative,
      };
    });
    if (values.json === true) {
      out(JSON.stringify({ parks }, null, 2));
      return;
    }
    if (parks.length === 0) out(`${file} has no parks yet.`);
    for (const park of parks) {
      const declared = park.declaredAreaHa === null ? 'no declared area' : `declared ${park.declaredAreaHa} ha`;
      out(`${park.name}: ${park.boundaryAreaHa?.toFixed(4) ?? '?'} ha (${declared}), ${park.cadastralCrs ?? 'no cadastral CRS'}, codes ${park.codePrefix}…, ${park.plotCount} plots`);
    }
  } finally {
    store.close();
  }
}

function remove(args: readonly string[], out: (line: string) => void): void {
  const { values, positionals } = parseArgs({ args: [...args], options: { park: { type: 'string' } }, allowPositionals: true });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('park remove takes one project file');
  if (values.park === undefined) throw new UsageError('park remove needs --park NAME');
  const store = openExisting(file, false);
  try {
    const [park] = chooseParks(store.parks.list(), values.park);
    if (park === undefined) throw new RefusedError('park.remove.unknown', { park: values.park });
    removePark(store, park);
    out(`Removed park «${park.name}» from ${file}.`);
  } finally {
    store.close();
  }
}

/** `parkplan park add|list|remove FILE …`: a planner's own parks. */
export function parkCommand(args: readonly string[], out: (line: string) => void): void {
  const [action, ...rest] = args;
  if (action === 'add') add(rest, out);
  else if (action === 'list') list(rest, out);
  else if (action === 'remove') remove(rest, out);
  else throw new UsageError('park takes add, list or remove');
}
