/*
 * A second process that allocates a plot, for the concurrency tests. Run as
 *   node --import tsx allocateWorker.ts FILE PLOT_ID RESIDENT_ID AGREEMENT START END|open SIGNAL_DIR NAME
 * It opens the project, writes SIGNAL_DIR/ready-NAME, waits for SIGNAL_DIR/go, allocates, and prints
 * one JSON line: { ok: true, allocationId } or { ok: false, message }.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlotId, ResidentId } from '../../../shared/domain/ids';
import { allocatePlots } from '../../../electron/services/registry/plotAllocation';
import { openProject } from '../../../electron/store/project';

const [file, plotId, residentId, agreementNo, startDate, end, signalDir, name] = process.argv.slice(2);
if (file === undefined || plotId === undefined || residentId === undefined || agreementNo === undefined || startDate === undefined || end === undefined || signalDir === undefined || name === undefined) {
  throw new Error('usage: allocateWorker FILE PLOT_ID RESIDENT_ID AGREEMENT START END|open SIGNAL_DIR NAME');
}

const pause = new Int32Array(new SharedArrayBuffer(4));
const store = openProject(file);
try {
  writeFileSync(join(signalDir, `ready-${name}`), '');
  const deadline = Date.now() + 20_000;
  while (!existsSync(join(signalDir, 'go'))) {
    if (Date.now() > deadline) throw new Error('no go signal');
    Atomics.wait(pause, 0, 0, 2);
  }
  try {
    const [entry] = allocatePlots(
      store,
      {
        residentId: Number(residentId) as ResidentId,
        plotIds: [Number(plotId) as PlotId],
        kind: 'lease',
        agreementNo,
        startDate,
        endDate: end === 'open' ? null : end,
      },
      '2026-06-15',
    );
    console.log(JSON.stringify({ ok: true, allocationId: entry?.id }));
  } catch (error) {
    console.log(JSON.stringify({ ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }));
  }
} finally {
  store.close();
}
