import type { PolygonGeometry } from '../../../shared/domain/geometry';
import type { FeatureCollection, PlotFeatureProps } from '../../../shared/contract/views';
import { formatHectares } from '../../../shared/format/measure';
import type { Locale } from '../../../shared/format/locale';

export type LabelledPlotProps = PlotFeatureProps & { readonly label: string };

/** One decimal reads well on a map; a plot under a hectare would show as 0,4 for many sizes, so it gets two. */
export const labelHectareDigits = (areaHa: number): number => (Math.abs(areaHa) < 1 ? 2 : 1);

/**
 * The two-line map label of a plot: its code and its area in the interface language.
 *
 * @example
 * plotLabel('Р-07', 12.4321, 'ru') // 'Р-07\n12,4 га'
 */
export function plotLabel(code: string, areaHa: number, locale: Locale): string {
  return `${code}\n${formatHectares(areaHa, locale, labelHectareDigits(areaHa))}`;
}

/** The plots with a `label` property added, for the symbol layer; rebuilt when the language changes. */
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
  return { ...feature, properties: { ...feature.properties, label: plotLabel(feature.properties.code, feature.properties.areaHa, locale) } };
}
