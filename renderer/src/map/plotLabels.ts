import type { PolygonGeometry } from '../../../shared/domain/geometry';
import type { FeatureCollection, PlotFeatureProps } from '../../../shared/contract/views';
import { formatHectares } from '../../../shared/format/measure';
import type { Locale } from '../../../shared/format/locale';

export type LabelledPlotProps = PlotFeatureProps & { readonly areaLabel: string };

/** One decimal reads well on a map; a plot under a hectare would show as 0,4 for many sizes, so it gets two. */
export const labelHectareDigits = (areaHa: number): number => (Math.abs(areaHa) < 1 ? 2 : 1);

/**
 * A plot's area as its map label shows it, in the interface language. The code is a label of its own
 * (the `code` property), so that where labels crowd the code stays and the area gives way (issue 11).
 *
 * @example
 * plotAreaLabel(12.4321, 'ru') // '12,4 га'
 */
export function plotAreaLabel(areaHa: number, locale: Locale): string {
  return formatHectares(areaHa, locale, labelHectareDigits(areaHa));
}

/** The plots with an `areaLabel` property added, for the area symbol layer; rebuilt when the language changes. */
export function withPlotLabels(
  plots: FeatureCollection<PolygonGeometry, PlotFeatureProps>,
  locale: Locale,
): FeatureCollection<PolygonGeometry, LabelledPlotProps> {
  return {
    type: 'FeatureCollection',
    features: plots.features.map((feature) => labelledPlot(feature, locale)),
  };
}

/** One plot with its label, for a feature updated in place. */
export function labelledPlot<F extends FeatureCollection<PolygonGeometry, PlotFeatureProps>['features'][number]>(feature: F, locale: Locale): F & { readonly properties: LabelledPlotProps } {
  return { ...feature, properties: { ...feature.properties, areaLabel: plotAreaLabel(feature.properties.areaHa, locale) } };
}
