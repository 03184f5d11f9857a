import { runAreaBench } from './area.bench';
import type { BenchResult, BenchRunner } from './benchResult';
import { runDxfReadBench } from './dxfRead.bench';
import { runEditRoundTripBench } from './editRoundTrip.bench';
import { runGeotiffOpenBench } from './geotiffOpen.bench';
import { runImportJobsBench } from './importJobs.bench';
import { runImportVsOgrBench } from './importVsOgr.bench';
import { runMapExportBench } from './mapExport.bench';
import { runPlannerPageBench } from './plannerPage.bench';
import { runTeamSyncBench } from './teamSync.bench';
import { runUnderlayPanZoomBench } from './underlayPanZoom.bench';
import { runValidationBench } from './validation.bench';

/*
 * `npm run bench`: runs each benchmark in turn (they share two cores, so never in parallel),
 * prints a table per benchmark and a final JSON line for CI to keep.
 * Add a benchmark by appending its runner here. BENCH_ONLY=plannerPage runs only the runners whose
 * function name holds that word.
 */
const BENCHES: readonly BenchRunner[] = [runAreaBench, runValidationBench, runEditRoundTripBench, runMapExportBench, runImportJobsBench, runImportVsOgrBench, runDxfReadBench, runGeotiffOpenBench, runUnderlayPanZoomBench, runPlannerPageBench, runTeamSyncBench];

function printTable(result: BenchResult): void {
  const rows = Object.entries(result.figures);
  const width = Math.max(...rows.map(([key]) => key.length));
  console.log(`\n${result.name}`);
  for (const [key, value] of rows) console.log(`  ${key.padEnd(width)}  ${String(value)}`);
}

async function main(): Promise<void> {
  const results: BenchResult[] = [];
  const only = process.env['BENCH_ONLY'] ?? '';
  for (const bench of BENCHES.filter((runner) => runner.name.toLowerCase().includes(only.toLowerCase()))) {
    const result = await bench();
    printTable(result);
    results.push(result);
  }
  console.log(JSON.stringify({ bench: results }));
}

await main();
