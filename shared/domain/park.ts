import type { AreaGeometry } from './geometry';
import type { ParkId } from './ids';

/** The code prefix of a park that has not been given one: «Н» for новый (Н-1, Н-2, …). */
export const DEFAULT_CODE_PREFIX = 'Н-';

/** An industrial park: its boundary, the area declared in its documents and its cadastral CRS. */
export interface Park {
  readonly id: ParkId;
  readonly name: string;
  readonly region: string;
  /** Area from the park's documents, in hectares; the boundary's own geodesic area is derived. */
  readonly declaredAreaHa: number | null;
  /** Key of the cadastral МСК zone (see shared/crs), or null when the park has none. */
  readonly cadastralCrs: string | null;
  /** True for the shipped demo data, which is illustrative and not a survey. */
  readonly illustrative: boolean;
  /** What the codes of the park's new plots begin with: «Н-» gives Н-1, Н-2, … */
  readonly codePrefix: string;
  readonly boundary: AreaGeometry;
}
