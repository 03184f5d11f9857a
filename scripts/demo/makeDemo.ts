import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProjectSeed } from '../../shared/domain/projectSeed';
import { allocatePlots, cadastralNumbers } from './allocations';
import { connectPlots, demand } from './connections';
import { KARANDASH_KEY, KARANDASH_ROSTER, layOutKarandash } from './karandash';
import { residentsFromRoster } from './residentRoster';
import { layOutRyazanskiy, RYAZANSKIY_KEY } from './ryazanskiy';
import { ryazanskiyCapacities, ryazanskiyRailSpurs, ryazanskiyUtilityLines } from './ryazanskiyNetworks';
import { RYAZANSKIY_ROSTER } from './ryazanskiyResidents';
import { seededRandom } from './seededRandom';
import type { LaidOutPlot, SeedPlot } from './seedTypes';
import { stableJson } from './stableJson';

/*
 * Writes the shipped illustrative demo project (assets/demo/demo-project.json) — the same bytes on every run.
 *   node --import tsx scripts/demo/makeDemo.ts [output path]
 */

export function makeDemo(): ProjectSeed {
  const ryazanskiy = layOutRyazanskiy();
  const karandash = layOutKarandash();

  const freedPlot = ryazanskiy.plots.find(({ use }) => use.status === 'free' && use.notes.includes('расторжения'));
  if (freedPlot === undefined) throw new Error('the plan lost its freed plot');
  const ryazanskiyAllocations = allocatePlots(seededRandom(62_01), ryazanskiy.plots, {
    parkKey: RYAZANSKIY_KEY,
    tag: 'РЯЗ',
    builtYears: [2016, 2021],
    allocatedYears: [2020, 2025],
    reservedFirst: 3,
    past: [{ plotCode: freedPlot.code, residentKey: 'furniture', kind: 'lease', startDate: '2018-05-14', endDate: '2022-03-31' }],
  });
  const karandashAllocations = allocatePlots(seededRandom(66_01), karandash.plots, {
    parkKey: KARANDASH_KEY,
    tag: 'КАР',
    builtYears: [2018, 2022],
    allocatedYears: [2022, 2025],
    reservedFirst: 1,
    past: [],
  });

  const ryazanskiyConnections = connectPlots(seededRandom(62_02), ryazanskiy.plots, {
    parkKey: RYAZANSKIY_KEY,
    demands: [
      demand('power', 0.95, [110, 190], [40, 90], 50),
      demand('gas', 0.5, [60, 140], [20, 50], 10),
      demand('water', 0.8, [9, 20], [3, 7], 5),
      demand('sewer', 0.75, [8, 17], [2, 6], 5),
      demand('heat', 0.2, [0.04, 0.08], [0.03, 0.06], 0.05),
    ],
  });
  const karandashConnections = connectPlots(seededRandom(66_02), karandash.plots, {
    parkKey: KARANDASH_KEY,
    demands: [demand('power', 1, [140, 220], [80, 120], 10), demand('water', 1, [15, 30], [8, 15], 1)],
  });

  return {
    parks: [ryazanskiy.park, karandash.park],
    plots: [
      ...seedPlots(RYAZANSKIY_KEY, ryazanskiy.plots, cadastralNumbers(seededRandom(62_03), ryazanskiy.plots, '62:15')),
      ...seedPlots(KARANDASH_KEY, karandash.plots, cadastralNumbers(seededRandom(66_03), karandash.plots, '66:54')),
    ],
    residents: [
      ...residentsFromRoster(seededRandom(62_04), RYAZANSKIY_ROSTER, { region: '62', office: '15' }),
      ...residentsFromRoster(seededRandom(66_04), KARANDASH_ROSTER, { region: '66', office: '30' }),
    ],
    allocations: [...ryazanskiyAllocations, ...karandashAllocations],
    railSpurs: ryazanskiyRailSpurs(ryazanskiy),
    utilityLines: [...ryazanskiyUtilityLines(ryazanskiy), ...karandash.utilityLines],
    utilityConnections: [...ryazanskiyConnections, ...karandashConnections],
    capacities: [...ryazanskiyCapacities(), ...karandash.capacities],
  } satisfies ProjectSeed;
}

function seedPlots(parkKey: string, plots: readonly LaidOutPlot[], numbers: ReadonlyMap<string, string | null>): SeedPlot[] {
  return plots.map(({ code, use, ring }) => ({
    parkKey,
    code,
    cadastralNumber: numbers.get(code) ?? null,
    status: use.status,
    zone: use.zone,
    notes: use.notes,
    geometry: { type: 'Polygon', coordinates: [ring] },
  }));
}

const isEntryPoint = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntryPoint) {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const output = resolve(process.argv[2] ?? resolve(repoRoot, 'assets', 'demo', 'demo-project.json'));
  writeFileSync(output, stableJson(makeDemo()));
  console.log(`demo project written to ${output}`);
}
