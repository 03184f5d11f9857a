import type { AreaGeometry } from './geometry';
import type { ParkId } from './ids';

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
  readonly boundary: AreaGeometry;
}
