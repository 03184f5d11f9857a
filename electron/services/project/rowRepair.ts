import type { PlotId, RailSpurId, UtilityLineId } from '../../../shared/domain/ids';
import { message, type Message } from '../../../shared/messages/message';
import type { ProjectStore } from '../../store/project';
import { readRowFindings } from './rowFindings';

/*
 * `parkplan repair` for rows another tool wrote: a MultiPolygon plot becomes one plot per part (the row
 * keeps part 1 with its allocations and connections, as «code/1»; the others are new plots «code/2» …),
 * and a SpatiaLite blob is written back as GeoPackage geometry. One transaction, after the CLI's backup;
 * outside the undo journal, like the rest of the repair (electron/services/projectFiles/projectRepair.ts).
 * Rows that cannot be decoded at all are left.
 */

/** The problems mendRows mends. */
export const MENDED_PROBLEMS: ReadonlySet<string> = new Set(['unreadable.multiPolygonPlot', 'unreadable.spatialite']);

/**
 * Mends what can be mended and says what it did, one message per row.
 *
 * @example
 * mendRows(store); // [message('repair.splitPlot', { code: 'QG-1', count: 2, … }), …]
 */
export function mendRows(store: ProjectStore): Message[] {
  return store.transaction(() => {
    const done: Message[] = [];
    for (const finding of readRowFindings(store)) {
      if (finding.problem.key === 'unreadable.multiPolygonPlot') {
        const plot = store.plots.getMultiPart(finding.fid as PlotId);
        if (plot === null) continue;
        const [first, ...rest] = plot.geometry.coordinates;
        if (first === undefined) continue;
        const codes = plot.geometry.coordinates.map((_, k) => `${plot.code}/${k + 1}`);
        store.plots.update({ ...plot, code: codes[0] ?? plot.code, geometry: { type: 'Polygon', coordinates: first } });
        store.plots.insertMany(rest.map((rings, k) => ({ ...plot, code: codes[k + 1] ?? plot.code, geometry: { type: 'Polygon', coordinates: rings } })));
        done.push(message('repair.splitPlot', { fid: plot.id, code: plot.code, count: codes.length, codes: codes.join(', ') }));
      } else if (finding.problem.key === 'unreadable.spatialite') {
        // Read through the SpatiaLite decoder and written back by our encoder.
        if (finding.table === 'plots') {
          const plot = store.plots.get(finding.fid as PlotId);
          if (plot !== null) store.plots.update(plot);
        } else if (finding.table === 'rail_spurs') {
          const spur = store.railSpurs.get(finding.fid as RailSpurId);
          if (spur !== null) store.railSpurs.update(spur);
        } else if (finding.table === 'utility_lines') {
          const line = store.utilityLines.get(finding.fid as UtilityLineId);
          if (line !== null) store.utilityLines.update(line);
        } else continue;
        done.push(message('repair.rewrittenBlob', { table: finding.table, fid: finding.fid }));
      }
    }
    return done;
  });
}
