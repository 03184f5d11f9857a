import type { PolygonGeometry } from './geometry';
import type { ParkId, PlotId } from './ids';

export const PLOT_STATUSES = ['free', 'reserved', 'allocated', 'built', 'infrastructure'] as const;
export type PlotStatus = (typeof PLOT_STATUSES)[number];

export const PLOT_ZONES = ['production', 'warehouse', 'office', 'utility', 'green', 'road'] as const;
export type PlotZone = (typeof PLOT_ZONES)[number];

/** A land plot (участок) inside a park. */
export interface Plot {
  readonly id: PlotId;
  readonly parkId: ParkId;
  readonly code: string;
  /** ЕГРН cadastral number such as 62:15:0000000:123, or null when not yet registered. */
  readonly cadastralNumber: string | null;
  readonly status: PlotStatus;
  readonly zone: PlotZone;
  readonly notes: string;
  readonly geometry: PolygonGeometry;
}
