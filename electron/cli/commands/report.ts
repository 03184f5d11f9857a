import { parseArgs } from 'node:util';
import { isoDate } from '../../../shared/park/activeAllocation';
import { DEFAULT_RAIL_THRESHOLD_M } from '../../../shared/park/railAccess';
import { balanceSheetOf, readBalanceSheetData } from '../../services/parks/parkBalanceSheet';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';
import { chooseParks } from '../parkChoice';
import { balanceSheetLines } from './reportText';
import { readRowFindings } from '../../services/project/rowFindings';
import { rowFindingLines } from '../rowFindingLines';
import type { Locale } from '../../../shared/format/locale';

function railThreshold(text: string | undefined): number {
  if (text === undefined) return DEFAULT_RAIL_THRESHOLD_M;
  const metres = Number(text);
  if (!Number.isFinite(metres) || metres <= 0) throw new UsageError(`--rail-threshold takes a distance in metres, not "${text}"`);
  return metres;
}

/** `parkplan report FILE [--park NAME] [--rail-threshold M] [--json]`: the balance sheet of each park. */
export function reportCommand(args: readonly string[], out: (line: string) => void, locale: Locale = 'en'): void {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean' }, park: { type: 'string' }, 'rail-threshold': { type: 'string' } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('report takes one project file');
  const thresholdM = railThreshold(values['rail-threshold']);
  const store = openExisting(file);
  try {
    const data = readBalanceSheetData(store);
    const parks = chooseParks(data.parks, values.park);
    const today = isoDate(new Date());
    const sheets = parks.map((park) => ({ park, sheet: balanceSheetOf(data, park, today, { railThresholdM: thresholdM }) }));
    if (values.json === true) {
      out(JSON.stringify({ file, today, railThresholdM: thresholdM, parks: sheets.map(({ sheet }) => sheet) }, null, 2));
      return;
    }
    out(`Project: ${file}   (allocations as of ${today})`);
    for (const { park, sheet } of sheets) {
      out('');
      for (const line of balanceSheetLines(sheet, park.illustrative)) out(line);
    }
    const findings = rowFindingLines(readRowFindings(store), locale);
    if (findings.length > 0) out('');
    for (const line of findings) out(line);
  } finally {
    store.close();
  }
}
