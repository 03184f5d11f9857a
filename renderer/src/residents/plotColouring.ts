import type { ExpressionSpecification } from 'maplibre-gl';
import { PLOT_STATUSES } from '../../../shared/domain/plot';
import { STATUS_COLORS } from '../map/statusColors';
import { NO_RESIDENT_COLOR } from '../../../shared/style/residentPalette';

/** What the plot fills say: the plot's status (the default) or who holds it. */
export const COLOUR_MODES = ['status', 'resident'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

const FALLBACK = '#888888';

/** The status fill, the same `match` the map style starts with. */
export function statusFillExpression(): ExpressionSpecification {
  const pairs = PLOT_STATUSES.flatMap((status) => [status, STATUS_COLORS[status]]);
  // The spec types `match` as fixed-length tuples; one built from a list cannot satisfy them statically.
  return ['match', ['get', 'status'], ...pairs, FALLBACK] as unknown as ExpressionSpecification;
}

/**
 * The plot fill colour for the mode: by status, or by the name of the resident holding the plot today
 * (`residentName` of the plot feature), with plots nobody holds in a neutral grey.
 *
 * @example
 * plotFillExpression('resident', new Map([['ООО «Ранец-Урал»', '#4e79a7']]));
 * // ['match', ['coalesce', ['get', 'residentName'], ''], 'ООО «Ранец-Урал»', '#4e79a7', '#e4e3dc']
 */
export function plotFillExpression(mode: ColourMode, colours: ReadonlyMap<string, string>): ExpressionSpecification {
  if (mode === 'status' || colours.size === 0) {
    return mode === 'status' ? statusFillExpression() : (['literal', NO_RESIDENT_COLOR] as unknown as ExpressionSpecification);
  }
  const pairs = [...colours].flatMap(([name, colour]) => [name, colour]);
  return ['match', ['coalesce', ['get', 'residentName'], ''], ...pairs, NO_RESIDENT_COLOR] as unknown as ExpressionSpecification;
}
