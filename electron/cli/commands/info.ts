import { parseArgs } from 'node:util';
import { formatMessage, message, type MessageKey } from '../../../shared/messages/message';
import { isoDate } from '../../../shared/park/activeAllocation';
import { LAND_PART_TERMS, LAND_PARTS } from '../../../shared/park/landParts';
import { areaBasis } from './reportText';
import { readSnapshot } from '../../services/project/projectSnapshot';
import { summarizeProject } from '../../services/project/projectSummary';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';
import { rowFindingLines } from '../rowFindingLines';
import { rowFindingMessage } from '../../../shared/validation/rowFindingMessage';
import type { Locale } from '../../../shared/format/locale';

const ha = (value: number): string => `${value.toFixed(4)} ha`;
const term = (key: MessageKey): string => formatMessage('en', message(key));

/** `parkplan info FILE [--json]`: per park its boundary, plot count and land figures in hectares. */
export function infoCommand(args: readonly string[], out: (line: string) => void, locale: Locale = 'en'): void {
  const { values, positionals } = parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, allowPositionals: true });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('info takes one project file');
  const store = openExisting(file);
  try {
    const summary = summarizeProject(readSnapshot(store), file, isoDate(new Date()));
    if (values.json === true) {
      // Each finding also as the sentence the text output prints, for a script that only reads text.
      const rowFindings = summary.rowFindings.map((finding) => ({ ...finding, text: formatMessage(locale, rowFindingMessage(finding)) }));
      out(JSON.stringify({ ...summary, rowFindings }, null, 2));
      return;
    }
    out(`Project: ${file}`);
    for (const park of summary.parks) {
      out('');
      out(`${park.name}${park.illustrative ? '  (illustrative data)' : ''}`);
      const land = park.land;
      const row = (key: MessageKey, value: string) => out(`  ${term(key).padEnd(22)} ${value}`);
      row('land.parkArea', `${ha(land.parkAreaHa)} (${areaBasis(park.areaCrs)})`);
      row('land.plotCount', String(park.plotCount));
      for (const part of LAND_PARTS) row(LAND_PART_TERMS[part], ha(land.parts[part]));
      row('land.occupied', ha(land.occupiedHa));
      row('land.residents', String(park.residentCount));
      if (park.outsidePlots.length > 0) {
        row('land.outside', `${ha(land.outsideHa)}, left out of the figures above`);
        for (const plot of park.outsidePlots) out(`    ! ${plot.code}: ${plot.outsideM2.toFixed(0)} m² outside the park boundary`);
      }
    }
    const findings = rowFindingLines(summary.rowFindings, locale);
    if (findings.length > 0) out('');
    for (const line of findings) out(line);
  } finally {
    store.close();
  }
}
