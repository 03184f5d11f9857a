import type { ProjectSummary } from '../../../shared/contract/views';
import { parkFigures } from '../../../shared/park/parkFigures';
import type { ProjectSnapshot } from './projectSnapshot';

/** Per-park figures for the header, the CLI's `info` and the dashboard. */
export function summarizeProject(snapshot: ProjectSnapshot, file: string, today: string): ProjectSummary {
  return {
    file,
    parks: snapshot.parks.map((park) =>
      parkFigures(
        park,
        snapshot.plots.filter((plot) => plot.parkId === park.id),
        snapshot.allocations,
        today,
      ),
    ),
    rowFindings: snapshot.rowFindings,
  };
}
