import type { ParkId } from '../../shared/domain/ids';
import type { ProjectStore } from '../store/project';

import { DEFAULT_CODE_PREFIX } from '../../shared/domain/park';

/** Prefix of the codes given to plots drawn without one: «Н» for новый. */
export const NEW_PLOT_PREFIX = DEFAULT_CODE_PREFIX;

/**
 * Codes for the pieces of a plot: Р-12 → Р-12/1, Р-12/2, …, skipping codes the park already uses
 * (except `own`, the code the first piece takes over from the original).
 *
 * @example
 * pieceCodes(store, park.id, 'Р-12', 3); // ['Р-12/1', 'Р-12/2', 'Р-12/3']
 */
export function pieceCodes(store: ProjectStore, parkId: ParkId, original: string, count: number): string[] {
  const codes: string[] = [];
  for (let n = 1; codes.length < count; n++) {
    const code = `${original}/${n}`;
    if (store.plots.getByCode(parkId, code) === null) codes.push(code);
  }
  return codes;
}

/** The first free code Н-1, Н-2, … of the park, for a plot drawn or imported without a code. */
export function nextNewPlotCode(store: ProjectStore, parkId: ParkId): string {
  for (let n = 1; ; n++) {
    const code = `${NEW_PLOT_PREFIX}${n}`;
    if (store.plots.getByCode(parkId, code) === null) return code;
  }
}
