/*
 * A second process that edits a plot over and over, for the journal concurrency test. Run as
 *   node --import tsx editWorker.ts FILE PLOT_ID EDITS SIGNAL_DIR NAME
 * It opens the project, writes SIGNAL_DIR/ready-NAME, waits for SIGNAL_DIR/go, then makes EDITS
 * journaled edits of the plot's notes ("NAME 1", "NAME 2", …) and prints one JSON line { ok, edits }.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlotId } from '../../../shared/domain/ids';
import { updatePlotAttributes } from '../../../electron/services/plots/plotAttributes';
import { openProject } from '../../../electron/store/project';

const [file, plotId, edits, signalDir, name] = process.argv.slice(2);
if (file === undefined || plotId === undefined || edits === undefined || signalDir === undefined || name === undefined) {
  throw new Error('usage: editWorker FILE PLOT_ID EDITS SIGNAL_DIR NAME');
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
  for (let i = 1; i <= Number(edits); i++) {
    updatePlotAttributes(store, { plotId: Number(plotId) as PlotId, patch: { notes: `${name} ${i}` } });
  }
  console.log(JSON.stringify({ ok: true, edits: Number(edits) }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }));
} finally {
  store.close();
}
