import { useMemo, useState } from 'react';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { PlotFeatureProps } from '../../../shared/contract/views';
import type { Locale } from '../../../shared/format/locale';
import { useBridgeQuery } from '../views/useBridgeQuery';
import { plotFillExpression, type ColourMode } from './plotColouring';
import { residentColours } from '../../../shared/style/residentPalette';

/**
 * The map's «colour by» state: the fill expression for the plot layer and the legend's residents (those
 * holding plots in the current park, by name). Colours are assigned over the whole registry so a
 * resident keeps its colour when the planner switches parks.
 */
export function useResidentColouring(parkPlots: readonly PlotFeatureProps[], locale: Locale) {
  const [mode, setMode] = useState<ColourMode>('status');
  const registry = useBridgeQuery('residents:list', {}, ['residents']);
  const colours = useMemo(() => {
    const names = registry.status === 'ready' ? registry.value.map((resident) => resident.name) : [];
    // A plot may name a holder the registry answer does not have yet (the answers cross): colour it too.
    return residentColours([...names, ...parkPlots.flatMap((plot) => (plot.residentName === null ? [] : [plot.residentName]))]);
  }, [registry, parkPlots]);
  const fill = useMemo<ExpressionSpecification>(() => plotFillExpression(mode, colours), [mode, colours]);
  const legend = useMemo(() => {
    const collator = new Intl.Collator(locale);
    const held = [...new Set(parkPlots.flatMap((plot) => (plot.residentName === null ? [] : [plot.residentName])))].sort(collator.compare);
    return held.map((name) => [name, colours.get(name) ?? '#888888'] as const);
  }, [parkPlots, colours, locale]);
  return { mode, setMode, fill, legend };
}
