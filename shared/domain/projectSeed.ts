import type { AreaGeometry, LineStringGeometry, PolygonGeometry } from './geometry';
import type { Park } from './park';
import type { Plot } from './plot';
import type { Resident } from './resident';
import type { Allocation } from './allocation';
import type { RailSpur } from './railSpur';
import type { UtilityConnection, UtilityLine, Network } from './utility';

/**
 * A whole project as plain data with its own keys instead of database ids: the shape of the shipped demo
 * (assets/demo/demo-project.json) and of anything else written into a new project in one transaction.
 * Plots are keyed by `${parkKey}/${code}`.
 */
export interface ProjectSeed {
  /** A seed park without a codePrefix takes DEFAULT_CODE_PREFIX (the shipped demo predates the prefix). */
  readonly parks: readonly (Omit<Park, 'id' | 'boundary' | 'codePrefix'> & { readonly key: string; readonly boundary: AreaGeometry; readonly codePrefix?: string })[];
  readonly plots: readonly (Omit<Plot, 'id' | 'parkId' | 'geometry'> & {
    readonly parkKey: string;
    readonly geometry: PolygonGeometry;
  })[];
  readonly residents: readonly (Omit<Resident, 'id'> & { readonly key: string })[];
  readonly allocations: readonly (Omit<Allocation, 'id' | 'plotId' | 'residentId'> & {
    readonly parkKey: string;
    readonly plotCode: string;
    readonly residentKey: string;
  })[];
  readonly railSpurs: readonly (Omit<RailSpur, 'id' | 'parkId' | 'geometry'> & {
    readonly parkKey: string;
    readonly geometry: LineStringGeometry;
  })[];
  readonly utilityLines: readonly (Omit<UtilityLine, 'id' | 'parkId' | 'geometry'> & {
    readonly parkKey: string;
    readonly geometry: LineStringGeometry;
  })[];
  readonly utilityConnections: readonly (Omit<UtilityConnection, 'id' | 'plotId'> & {
    readonly parkKey: string;
    readonly plotCode: string;
  })[];
  readonly capacities: readonly { readonly parkKey: string; readonly network: Network; readonly capacity: number }[];
}
