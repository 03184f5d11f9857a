import type { Allocation } from '../../../shared/domain/allocation';
import type { CadastralParcel } from '../../../shared/domain/cadastralParcel';
import type { Park } from '../../../shared/domain/park';
import type { Plot } from '../../../shared/domain/plot';
import type { RailSpur } from '../../../shared/domain/railSpur';
import type { Resident } from '../../../shared/domain/resident';
import type { UtilityLine } from '../../../shared/domain/utility';
import type { ProjectSettings } from '../../../shared/domain/projectSettings';
import type { ProjectStore } from '../../store/project';

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
  /** «Составил» and the other settings the project's documents print. */
  readonly settings: ProjectSettings;
}

export function readSnapshot(store: ProjectStore): ProjectSnapshot {
  return store.read(() => ({
    parks: store.parks.list(),
    plots: store.plots.list(),
    residents: store.residents.list(),
    allocations: store.allocations.list(),
    railSpurs: store.railSpurs.list(),
    utilityLines: store.utilityLines.list(),
    cadastralParcels: store.cadastralParcels.list(),
    settings: store.settings.get(),
  }));
}
