import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoProject } from '../../electron/services/project/demoProject';
import { writeBigGeoJson } from '../import/bigGeoJson';
import type { BenchResult } from './benchResult';

/*
 * `parkplan import` of the 100 MB GeoJSON (63,000 plots, test/import/bigGeoJson.ts) side by side with
 * `ogr2ogr -f GPKG` on the same file, each in a child process measured the same way: wall time and the
 * child's peak RSS (getrusage of the children, through python3, which every GDAL install brings).
 */

const FILE_BYTES = 100 * 1024 * 1024;
const root = join(import.meta.dirname, '../..');

// Runs argv, then prints "seconds maxrss_kb exit_code" as its last line.
const MEASURE = [
  'import resource, subprocess, sys, time',
  'started = time.monotonic()',
  'code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).returncode',
  'print(time.monotonic() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)',
].join('\n');

interface Measured {
  readonly seconds: number;
  readonly peakMb: number;
}

function measure(argv: readonly string[]): Measured {
  const run = spawnSync('python3', ['-c', MEASURE, ...argv], { cwd: root, encoding: 'utf8' });
  const [seconds, rssKb, code] = (run.stdout.trim().split('\n').pop() ?? '').split(' ').map(Number);
  if (code !== 0 || seconds === undefined || rssKb === undefined) throw new Error(`${argv.join(' ')} failed: ${run.stderr}`);
  return { seconds, peakMb: rssKb / 1024 };
}

export async function runImportVsOgrBench(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-bench-ogr-'));
  try {
    const input = join(dir, 'big.geojson');
    const features = writeBigGeoJson(input, FILE_BYTES, false);
    const demo = join(dir, 'demo.gpkg');
    createDemoProject(demo).close();
    const project = join(dir, 'project.gpkg');
    copyFileSync(demo, project);
    // The bundle is built before timing, so the figure is the import and not a first-run build.
    spawnSync(process.execPath, ['scripts/batchBundle.mjs'], { cwd: root });
    const ours = measure([process.execPath, 'bin/parkplan.mjs', 'import', project, input, '--park', 'Рязанский']);
    const ogr = measure(['ogr2ogr', '-f', 'GPKG', join(dir, 'ogr.gpkg'), input]);
    return {
      name: 'import 100 MB GeoJSON: parkplan import vs ogr2ogr -f GPKG',
      figures: {
        features,
        'parkplan import, s': Number(ours.seconds.toFixed(1)),
        'ogr2ogr, s': Number(ogr.seconds.toFixed(1)),
        'time ratio (target ≤ 2)': Number((ours.seconds / ogr.seconds).toFixed(2)),
        'parkplan import peak RSS, MB': Math.round(ours.peakMb),
        'ogr2ogr peak RSS, MB': Math.round(ogr.peakMb),
        'peak RSS ratio': Number((ours.peakMb / ogr.peakMb).toFixed(2)),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
