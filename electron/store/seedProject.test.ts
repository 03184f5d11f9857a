import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectSeed } from '../../shared/domain/projectSeed';
import { SMALL_SEED } from './__fixtures__/smallSeed';
import { openProject } from './project';
import { SeedKeyError, writeSeed } from './seedProject';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-seed-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeSeed', () => {
  it('writes every part of the seed and links them through the ids the file gave', () => {
    const store = openProject(join(dir, 'seed.gpkg'), { create: true });
    try {
      const ids = writeSeed(store, SMALL_SEED);
      expect([...ids.parks.keys()]).toEqual(['ryazansky', 'karandash']);
      expect([...ids.plots.keys()]).toEqual(['ryazansky/A-01', 'ryazansky/A-02', 'ryazansky/U-01', 'karandash/1', 'karandash/2']);
      const karandash = ids.parks.get('karandash')!;
      expect(store.plots.listByPark(karandash).map((plot) => plot.code)).toEqual(['1', '2']);
      const [pencil] = store.allocations.listActiveByPlot(ids.plots.get('karandash/1')!, '2024-01-01');
      expect(pencil?.residentId).toBe(ids.residents.get('pencil'));
      expect(store.utilityConnections.listByPlot(ids.plots.get('ryazansky/A-01')!)).toMatchObject([
        { network: 'power', requestedCapacity: 2500, status: 'connected' },
      ]);
      expect(store.parkCapacities.listByPark(karandash)).toEqual([{ parkId: karandash, network: 'gas', capacity: 300 }]);
      expect(store.railSpurs.list()[0]?.parkId).toBe(ids.parks.get('ryazansky'));
      expect(store.utilityLines.list().map((line) => line.parkId)).toEqual([ids.parks.get('ryazansky'), karandash]);
    } finally {
      store.close();
    }
  });

  const broken: [string, ProjectSeed, RegExp][] = [
    [
      'a plot in an unknown park',
      { ...SMALL_SEED, plots: [...SMALL_SEED.plots, { ...SMALL_SEED.plots[0]!, parkKey: 'tula', code: 'T-1' }] },
      /plot "tula\/T-1" refers to unknown park key "tula"/,
    ],
    [
      'an allocation of an unknown resident',
      { ...SMALL_SEED, allocations: [...SMALL_SEED.allocations, { ...SMALL_SEED.allocations[0]!, residentKey: 'ghost', endDate: '2019-04-01' }] },
      /refers to unknown resident key "ghost"/,
    ],
    [
      'a connection of an unknown plot',
      { ...SMALL_SEED, utilityConnections: [{ ...SMALL_SEED.utilityConnections[0]!, plotCode: 'Z-9' }] },
      /power connection of plot "ryazansky\/Z-9" refers to unknown plot key "ryazansky\/Z-9"/,
    ],
    [
      'a capacity of an unknown park (written last)',
      { ...SMALL_SEED, capacities: [...SMALL_SEED.capacities, { parkKey: 'nowhere', network: 'heat', capacity: 1 }] },
      /heat capacity refers to unknown park key "nowhere"/,
    ],
    [
      'a park key defined twice',
      { ...SMALL_SEED, parks: [...SMALL_SEED.parks, { ...SMALL_SEED.parks[0]!, name: 'again' }] },
      /defines park key "ryazansky" twice/,
    ],
  ];

  it.each(broken)('refuses %s, names the key, and leaves the file unchanged', (_what, seed, message) => {
    const file = join(dir, 'seed.gpkg');
    openProject(file, { create: true }).close();
    const before = readFileSync(file);
    const store = openProject(file);
    expect(() => writeSeed(store, seed)).toThrow(SeedKeyError);
    expect(() => writeSeed(store, seed)).toThrow(message);
    expect(store.parks.list()).toEqual([]);
    expect(store.residents.list()).toEqual([]);
    store.close();
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
