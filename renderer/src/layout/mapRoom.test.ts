import { describe, expect, it } from 'vitest';
import { EVERYTHING_SHOWN, saveMapRoom, savedMapRoom, toggleMapRoom } from './mapRoom';

/** A Storage over a Map: what the browser's localStorage does with strings, for Node. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { readonly values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('the map room choices', () => {
  it('shows everything on a first start', () => {
    expect(savedMapRoom(memoryStorage())).toEqual(EVERYTHING_SHOWN);
    expect(savedMapRoom(undefined)).toEqual(EVERYTHING_SHOWN);
  });

  it('reads back what was saved', () => {
    const storage = memoryStorage();
    const folded = toggleMapRoom(toggleMapRoom(EVERYTHING_SHOWN, 'hint'), 'detailsPanel');
    saveMapRoom(folded, storage);
    expect(savedMapRoom(storage)).toEqual({ hint: true, legend: false, listPanel: false, detailsPanel: true });
  });

  it('toggles one part and leaves the others', () => {
    const once = toggleMapRoom(EVERYTHING_SHOWN, 'legend');
    expect(once).toEqual({ ...EVERYTHING_SHOWN, legend: true });
    expect(toggleMapRoom(once, 'legend')).toEqual(EVERYTHING_SHOWN);
  });

  it('shows a part saved as something other than true, and survives a broken value', () => {
    const storage = memoryStorage();
    storage.values.set('parkplan.mapRoom', JSON.stringify({ hint: 'yes', legend: true, unknown: true }));
    expect(savedMapRoom(storage)).toEqual({ ...EVERYTHING_SHOWN, legend: true });
    storage.values.set('parkplan.mapRoom', '{not json');
    expect(savedMapRoom(storage)).toEqual(EVERYTHING_SHOWN);
    storage.values.set('parkplan.mapRoom', 'null');
    expect(savedMapRoom(storage)).toEqual(EVERYTHING_SHOWN);
  });

  it('does not throw when storage refuses to save', () => {
    const refusing = { setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => saveMapRoom(EVERYTHING_SHOWN, refusing)).not.toThrow();
  });
});
