import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../../electron/store/project';
import { updatePlotAttributes } from '../../electron/services/plots/plotAttributes';
import { postgisMissing, startPostgisCluster } from '../sync/support/postgisCluster';
import type { BenchResult } from './benchResult';
import { writeGridPark } from './gridPark';

/*
 * Team sync against a throwaway PostGIS cluster: publishing and cloning a 10,000-plot project, and a sync
 * pushing 1,000 plot edits and another pulling them, each a `parkplan` child process timed by wall clock;
 * beside them `ogr2ogr -f PostgreSQL` loading the same plots into the same server.
 */

const PLOTS = 10_000;
const EDITS = 1_000;
const root = join(import.meta.dirname, '../..');

export async function runTeamSyncBench(): Promise<BenchResult> {
  const name = `team sync: ${PLOTS} plots published and cloned, ${EDITS} edits pushed and pulled, vs ogr2ogr -f PostgreSQL`;
  const missing = postgisMissing();
  if (missing !== null) return { name, figures: { skipped: missing } };
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-bench-sync-'));
  const cluster = await startPostgisCluster();
  try {
    cluster.createDatabase('bench');
    const timed = (argv: readonly string[]): number => {
      const started = performance.now();
      const run = spawnSync(argv[0]!, argv.slice(1), { cwd: root, encoding: 'utf8', env: cluster.env });
      if (run.status !== 0) throw new Error(`${argv.join(' ')} failed: ${run.stderr}`);
      return (performance.now() - started) / 1000;
    };
    spawnSync(process.execPath, ['scripts/batchBundle.mjs'], { cwd: root });
    const [first, second] = [join(dir, 'grid.gpkg'), join(dir, 'second.gpkg')];
    writeGridPark(first, PLOTS);
    const parkplan = (...args: string[]): number => timed([process.execPath, 'bin/parkplan.mjs', ...args]);
    const publish = parkplan('publish', first, '--to', cluster.url('bench'), '--planner', 'Bench');
    const clone = parkplan('clone', cluster.url('bench'), second, '--planner', 'Second');
    const ogr = timed(['ogr2ogr', '-f', 'PostgreSQL', `PG:host=127.0.0.1 port=${cluster.port} dbname=bench user=postgres`, first, 'plots', '-nln', 'public.ogr_plots']);
    const store = openProject(first);
    try {
      const plots = store.plots.list().slice(0, EDITS);
      for (const plot of plots) updatePlotAttributes(store, { plotId: plot.id, patch: { notes: `surveyed ${plot.code}` } });
    } finally {
      store.close();
    }
    const push = parkplan('sync', first);
    const pull = parkplan('sync', second);
    const idle = parkplan('sync', second);
    return {
      name,
      figures: {
        'publish 10,000 plots, s': Number(publish.toFixed(2)),
        'ogr2ogr -f PostgreSQL of the plots, s': Number(ogr.toFixed(2)),
        'publish / ogr2ogr': Number((publish / ogr).toFixed(2)),
        'clone (pull the project), s': Number(clone.toFixed(2)),
        'clone / ogr2ogr': Number((clone / ogr).toFixed(2)),
        'sync pushing 1,000 edits, s': Number(push.toFixed(2)),
        'sync pulling 1,000 edits, s': Number(pull.toFixed(2)),
        'sync with nothing to do, s': Number(idle.toFixed(2)),
      },
    };
  } finally {
    cluster.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}
