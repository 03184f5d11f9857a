import type { ParkId } from '../../../shared/domain/ids';
import { DEFAULT_CODE_PREFIX, type Park } from '../../../shared/domain/park';
import type { Plot } from '../../../shared/domain/plot';
import { nextPlotCode, plotCodeKey } from '../../../shared/park/plotCode';
import type { ProjectStore } from '../../store/project';

/** Prefix of the codes given to plots of a park that has none of its own: «Н» for новый. */
export const NEW_PLOT_PREFIX = DEFAULT_CODE_PREFIX;

/** The park's codes as codes compare (look-alikes folded), to test many candidates against one query. */
export function takenCodeKeys(store: ProjectStore, parkId: ParkId): Set<string> {
  return new Set(store.plots.listCodes(parkId).map(plotCodeKey));
}

/**
 * The park's plot holding `code` as codes compare («P-01» typed in Latin finds «Р-01»), or null.
 *
 * @example
 * plotWithCode(store, park.id, 'p-01')?.code; // 'Р-01'
 */
export function plotWithCode(store: ProjectStore, parkId: ParkId, code: string): Plot | null {
  const exact = store.plots.getByCode(parkId, code);
  if (exact !== null) return exact;
  const key = plotCodeKey(code);
  const stored = store.plots.listCodes(parkId).find((candidate) => plotCodeKey(candidate) === key);
  return stored === undefined ? null : store.plots.getByCode(parkId, stored);
}

/**
 * Codes for the pieces of a plot: Р-12 → Р-12/1, Р-12/2, …, skipping codes the park already uses
 * (except `own`, the code the first piece takes over from the original).
 *
 * @example
 * pieceCodes(store, park.id, 'Р-12', 3); // ['Р-12/1', 'Р-12/2', 'Р-12/3']
 */
export function pieceCodes(store: ProjectStore, parkId: ParkId, original: string, count: number): string[] {
  const taken = takenCodeKeys(store, parkId);
  const codes: string[] = [];
  for (let n = 1; codes.length < count; n++) {
    const code = `${original}/${n}`;
    if (!taken.has(plotCodeKey(code))) codes.push(code);
  }
  return codes;
}

/** The park's next code with its prefix (Т-8 after Т-7), for a plot drawn or pasted without a code. */
export function nextNewPlotCode(store: ProjectStore, park: Park): string {
  return nextPlotCode(park.codePrefix, store.plots.listCodes(park.id));
}
