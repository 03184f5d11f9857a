import type { RowFinding } from '../contract/views';
import { message, type Message } from '../messages/message';

/**
 * A finding on a row another tool wrote, as one message: the row by table, fid and name, whether it was
 * read, and the problem.
 *
 * @example
 * rowFindingMessage({ table: 'plots', fid: 89, name: 'QG-1', problem, read: false }); // «plots fid 89 «QG-1», not read: …»
 */
export function rowFindingMessage(finding: RowFinding): Message {
  const row = finding.name === '' ? message('unreadable.rowUnnamed', { table: finding.table, fid: finding.fid }) : message('unreadable.row', { table: finding.table, fid: finding.fid, name: finding.name });
  return message(finding.read ? 'unreadable.finding' : 'unreadable.findingNotRead', { row, problem: finding.problem });
}
