/**
 * Colours for styling plots by resident. Each resident keeps its colour from one session to the next
 * because the colour is picked from its name by a hash, not from its position in a list. Two residents
 * whose hashes meet take the next free colour, in name order, so a park's legend never shows the same
 * colour twice while there are fewer residents than colours.
 * The same rule as the map's resident colouring, so an exported map matches the screen.
 */

/** Tableau's 20 and four light extras: they print, carry black labels, and none is the «no resident» grey. */
export const RESIDENT_PALETTE = [
  '#4e79a7', '#a0cbe8', '#f28e2b', '#ffbe7d', '#59a14f', '#8cd17d', '#b6992d', '#f1ce63',
  '#499894', '#86bcb6', '#e15759', '#ff9d9a', '#bcbd22', '#17becf', '#d37295', '#fabfd2',
  '#b07aa1', '#d4a6c8', '#9d7660', '#d7b5a6', '#c5e1a5', '#80deea', '#ce93d8', '#ffe082',
] as const;

/** A plot nobody holds, when the map is coloured by resident. */
export const NO_RESIDENT_COLOR = '#e4e3dc';

/** 32-bit FNV-1a over the UTF-16 code units: cheap, stable, and spreads near-identical names apart. */
export function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i += 1) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The colour of every named resident: its hashed slot in the palette, or the next free one when an
 * earlier name (in sorting order) already took it; past the palette's size colours repeat.
 *
 * @example
 * residentColours(['ООО «Лесной карандаш»', 'ООО «Цветные мелки»']).get('ООО «Цветные мелки»'); // '#…'
 */
export function residentColours(names: Iterable<string>): ReadonlyMap<string, string> {
  const unique = [...new Set(names)].sort();
  const size = RESIDENT_PALETTE.length;
  const taken = new Set<number>();
  const colours = new Map<string, string>();
  for (const name of unique) {
    let slot = nameHash(name) % size;
    if (taken.size < size) {
      while (taken.has(slot)) slot = (slot + 1) % size;
      taken.add(slot);
    }
    colours.set(name, RESIDENT_PALETTE[slot] ?? NO_RESIDENT_COLOR);
  }
  return colours;
}
