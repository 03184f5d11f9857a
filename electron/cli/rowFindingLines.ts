import type { RowFinding } from '../../shared/contract/views';
import type { Locale } from '../../shared/format/locale';
import { formatMessage, message } from '../../shared/messages/message';
import { rowFindingMessage } from '../../shared/validation/rowFindingMessage';

/**
 * The lines `info`, `report` and `export` print for rows another tool wrote wrongly; none when there are none.
 *
 * @example
 * rowFindingLines(snapshot.rowFindings, 'en'); // ['Rows another tool wrote …:', '  plots fid 89 «QG-1», not read: a MultiPolygon of 2 parts, …']
 */
export function rowFindingLines(findings: readonly RowFinding[], locale: Locale): string[] {
  if (findings.length === 0) return [];
  return [formatMessage(locale, message('unreadable.heading')), ...findings.map((finding) => `  ${formatMessage(locale, rowFindingMessage(finding))}`)];
}
