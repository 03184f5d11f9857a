import type { Park } from '../../../../shared/domain/park';
import { openProject, type ProjectStore } from '../../../store/project';
import { withAtomicOutput } from './atomicOutput';
import type { ExportWriter } from './exporter';

/**
 * Drops from a copied project everything outside the kept parks. Allocations go first (they restrict
 * deleting their plots); removing a park cascades to its plots, spurs, lines, connections and capacities;
 * residents left without any allocation go last.
 */
function keepOnlyParks(copy: ProjectStore, kept: readonly Park[]): void {
  const keptIds = new Set(kept.map((park) => park.id));
  const droppedParks = copy.parks.list().filter((park) => !keptIds.has(park.id));
  const droppedPlots = new Set(copy.plots.list().filter((plot) => !keptIds.has(plot.parkId)).map((plot) => plot.id));
  for (const allocation of copy.allocations.list()) {
    if (droppedPlots.has(allocation.plotId)) copy.allocations.remove(allocation.id);
  }
  for (const park of droppedParks) copy.parks.remove(park.id);
  const holding = new Set(copy.allocations.list().map((allocation) => allocation.residentId));
  for (const resident of copy.residents.list()) {
    if (!holding.has(resident.id)) copy.residents.remove(resident.id);
  }
}

/**
 * GeoPackage: a clean copy of the project made with the SQLite backup API, so ids, full-precision
 * geometries and every table come across as they are. The copy drops the undo journal (local history, and
 * with --park it would name other parks' plots), overwrites deleted rows with zeros (secure_delete) and
 * leaves WAL mode, so it is one self-contained file to send on. A per-park copy's gpkg_contents extents are
 * those of the features it kept, so "zoom to layer" goes to that park and not to the whole project.
 */
export const gpkgExporter: ExportWriter = {
  async write({ store, parks, narrowed, snapshot, outFile }) {
    await withAtomicOutput(outFile, async (temporary) => {
      await store.backup(temporary);
      const copy = openProject(temporary);
      try {
        copy.db.pragma('secure_delete = ON');
        copy.transaction(() => {
          if (narrowed) {
            keepOnlyParks(copy, parks);
            copy.fitExtentsToFeatures();
          }
          copy.editJournal.trim(0);
        });
        copy.db.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
    });
    const summary = `a project of parks ${snapshot.parks.length}, plots ${snapshot.plots.length}, residents ${snapshot.residents.length}`;
    return { files: [{ path: outFile, summary }] };
  },
};
