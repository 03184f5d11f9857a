/*
 * The parcels a planner has picked on the map for «Create plots from parcels»: a click adds a parcel, a
 * second click on it takes it back; the order of the picks is kept, so the plots are made in that order.
 */

/**
 * The picks after a click on `cadastralNumber`.
 *
 * @example
 * togglePick(['62:15:0060201:101'], '62:15:0060201:102'); // ['62:15:0060201:101', '62:15:0060201:102']
 * togglePick(['62:15:0060201:101'], '62:15:0060201:101'); // []
 */
export function togglePick(picked: readonly string[], cadastralNumber: string): readonly string[] {
  return picked.includes(cadastralNumber) ? picked.filter((number) => number !== cadastralNumber) : [...picked, cadastralNumber];
}

/** Picks of parcels that are no longer on the map (a re-read after an import) are dropped. */
export function keepPresent(picked: readonly string[], present: ReadonlySet<string>): readonly string[] {
  const kept = picked.filter((number) => present.has(number));
  return kept.length === picked.length ? picked : kept;
}
