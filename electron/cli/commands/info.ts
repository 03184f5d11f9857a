import { parseArgs } from 'node:util';
import { isoDate } from '../../../shared/park/activeAllocation';
import { readSnapshot } from '../../services/project/projectSnapshot';
import { summarizeProject } from '../../services/project/projectSummary';
import { UsageError } from '../cliError';
import { openExisting } from '../openExisting';
import { rowFindingLines } from '../rowFindingLines';
import { formatMessage } from '../../../shared/messages/message';
import { rowFindingMessage } from '../../../shared/validation/rowFindingMessage';
import type { Locale } from '../../../shared/format/locale';

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
      out(`  boundary area   ${park.boundaryAreaHa.toFixed(4)} ha (geodesic, WGS84)`);
      out(`  plots           ${park.plotCount}, ${park.plotAreaHa.toFixed(4)} ha`);
      out(`  allocated       ${park.allocatedAreaHa.toFixed(4)} ha`);
      out(`  free            ${park.freeAreaHa.toFixed(4)} ha`);
      out(`  residents       ${park.residentCount}`);
    }
    const findings = rowFindingLines(summary.rowFindings, locale);
    if (findings.length > 0) out('');
    for (const line of findings) out(line);
  } finally {
    store.close();
  }
}
