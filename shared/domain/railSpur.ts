import type { LineStringGeometry } from './geometry';
import type { ParkId, RailSpurId } from './ids';

export const RAIL_SPUR_STATUSES = ['planned', 'construction', 'operating'] as const;
export type RailSpurStatus = (typeof RAIL_SPUR_STATUSES)[number];

/** A railway spur (подъездной путь). */
export interface RailSpur {
  readonly id: RailSpurId;
  readonly parkId: ParkId;
  readonly name: string;
  readonly status: RailSpurStatus;
  readonly station: string;
  readonly geometry: LineStringGeometry;
}
