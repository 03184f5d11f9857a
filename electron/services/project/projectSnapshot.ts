import type { Allocation } from '../../../shared/domain/allocation';
import type { CadastralParcel } from '../../../shared/domain/cadastralParcel';
import type { Park } from '../../../shared/domain/park';
import type { Plot } from '../../../shared/domain/plot';
import type { RailSpur } from '../../../shared/domain/railSpur';
import type { Resident } from '../../../shared/domain/resident';
import type { UtilityLine } from '../../../shared/domain/utility';
import type { RowFinding } from '../../../shared/contract/views';
import type { ProjectSettings } from '../../../shared/domain/projectSettings';
import type { ProjectStore } from '../../store/project';
import { inFileOrder, selfCrossingPlots } from './rowFindings';

/** The project as domain objects, read in one read transaction (one snapshot, no write lock) so every view is consistent. */
export interface ProjectSnapshot {
  readonly parks: readonly Park[];
  readonly plots: readonly Plot[];
  readonly residents: readonly Resident[];
  readonly allocations: readonly Allocation[];
  readonly railSpurs: readonly RailSpur[];
  readonly utilityLines: readonly UtilityLine[];
  /** Parcels from Rosreestr extracts: reference data. */
  readonly cadastralParcels: readonly CadastralParcel[];
  /** Rows another tool wrote that are not what their table holds: left out above (or read, if SpatiaLite), named here. */
  readonly rowFindings: readonly RowFinding[];
  /** «Составил» and the other settings the project's documents print. */
  readonly settings: ProjectSettings;
}

export function readSnapshot(store: ProjectStore): ProjectSnapshot {
  return store.read(() => {
    const plots = store.plots.readAll();
    const railSpurs = store.railSpurs.readAll();
    const utilityLines = store.utilityLines.readAll();
    const cadastralParcels = store.cadastralParcels.readAll();
    return {
      parks: store.parks.list(),
      plots: plots.items,
      residents: store.residents.list(),
      allocations: store.allocations.list(),
      railSpurs: railSpurs.items,
      utilityLines: utilityLines.items,
      cadastralParcels: cadastralParcels.items,
      rowFindings: inFileOrder([...plots.findings, ...selfCrossingPlots(plots.items), ...railSpurs.findings, ...utilityLines.findings, ...cadastralParcels.findings]),
      settings: store.settings.get(),
    };
  });
}
