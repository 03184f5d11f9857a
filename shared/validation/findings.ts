import type { Message } from '../messages/message';
import type { Position } from '../domain/geometry';
import type { PlotId } from '../domain/ids';
import type { SelfIntersection } from './selfIntersections';

/*
 * What validation says about a plot. Each finding carries its figures (overlaps in geodesic m², the
 * area outside the park in the park's МСК where it has one) for the plot list to show, and an English
 * sentence for the CLI and logs; the interface words its own from the kind and the figures.
 */

export const FINDING_KINDS = ['too-few-vertices', 'duplicate-vertex', 'self-intersection', 'outside-boundary', 'overlap'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type PlotFinding =
  | { readonly kind: 'too-few-vertices'; readonly ring: number; readonly vertexCount: number; readonly message: Message }
  | { readonly kind: 'duplicate-vertex'; readonly ring: number; readonly vertexIndex: number; readonly position: Position; readonly message: Message }
  | { readonly kind: 'self-intersection'; readonly ring: number; readonly intersections: readonly SelfIntersection[]; readonly message: Message }
  | { readonly kind: 'outside-boundary'; readonly areaOutsideM2: number; readonly message: Message }
  | { readonly kind: 'overlap'; readonly otherPlotId: PlotId; readonly overlapAreaM2: number; readonly message: Message };

export interface PlotValidation {
  readonly plotId: PlotId;
  readonly findings: readonly PlotFinding[];
}

export interface ParkValidation {
  readonly checkedPlots: number;
  /** Only plots with at least one finding, in the order the plots were given. */
  readonly plots: readonly PlotValidation[];
}

export function formatSquareMetres(areaM2: number): string {
  return areaM2 >= 100 ? `${areaM2.toFixed(0)} m²` : `${areaM2.toPrecision(3)} m²`;
}
