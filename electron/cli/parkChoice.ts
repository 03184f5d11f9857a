import type { Park } from '../../shared/domain/park';
import { UsageError } from './cliError';

const folded = (text: string): string => text.toLocaleLowerCase('ru').replaceAll('ё', 'е');

/**
 * The parks a `--park` option names: without one, every park; with one, the park whose name equals it or
 * the only one containing it, ignoring case («рязан» finds «Индустриальный парк «Рязанский»»). An
 * unknown or ambiguous part is a usage error that lists the candidates.
 *
 * @example
 * chooseParks(parks, 'карандаш'); // [the «Карандаш» park]
 */
export function chooseParks(parks: readonly Park[], wanted: string | undefined): Park[] {
  if (wanted === undefined) return [...parks];
  const part = folded(wanted.trim());
  if (part === '') throw new UsageError('--park needs a name or part of one');
  const exact = parks.filter((park) => folded(park.name) === part);
  if (exact.length === 1) return exact;
  const matching = parks.filter((park) => folded(park.name).includes(part));
  if (matching.length === 1) return matching;
  const listed = (list: readonly Park[]): string => list.map((park) => `  ${park.name}`).join('\n');
  if (matching.length === 0) throw new UsageError(`no park is named like "${wanted}"; the parks are:\n${listed(parks)}`);
  throw new UsageError(`"${wanted}" matches ${matching.length} parks; say which:\n${listed(matching)}`);
}
