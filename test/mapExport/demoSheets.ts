import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Park } from '../../shared/domain/park';
import { createDemoProject } from '../../electron/services/project/demoProject';
import { readSnapshot, type ProjectSnapshot } from '../../electron/services/project/projectSnapshot';

/** The shipped demo project written to a fresh temporary folder, read back as a snapshot. */
export function demoSnapshot(): { snapshot: ProjectSnapshot; ryazansky: Park; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-map-'));
  const store = createDemoProject(join(dir, 'demo.gpkg'));
  try {
    const snapshot = readSnapshot(store);
    const ryazansky = snapshot.parks.find((park) => park.name.includes('Рязанский'));
    if (ryazansky === undefined) throw new Error('The demo has no «Рязанский» park');
    return { snapshot, ryazansky, dir };
  } finally {
    store.close();
  }
}

/** Runs a poppler-utils tool (pdfinfo, pdftotext, pdffonts, pdfimages) and returns its output; fails loudly. */
export function poppler(tool: string, ...args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

/** The plots of a park held today, as the test reads them straight from the snapshot. */
export function heldPlotsOf(snapshot: ProjectSnapshot, park: Park, today: string) {
  const plotIds = new Set(snapshot.plots.filter((plot) => plot.parkId === park.id).map((plot) => plot.id));
  return snapshot.allocations.filter(
    (allocation) => plotIds.has(allocation.plotId) && allocation.startDate <= today && (allocation.endDate === null || allocation.endDate >= today),
  );
}
