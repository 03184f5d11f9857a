import type { FeatureCollection, MapLayers, PlotFeatureProps } from '../../../shared/contract/views';
import type { PolygonGeometry } from '../../../shared/domain/geometry';
import type { PlotId } from '../../../shared/domain/ids';

/*
 * The selection outline has a source of its own holding the selected plot alone (issue 9): a selection
 * then redraws one feature, where a filter on the plots' layer would make MapLibre lay out every plot
 * tile again (50,000 plots: a quarter of a second of worker time per click).
 */

type PlotFeature = MapLayers['plots']['features'][number];

/** The selected plot's feature, or null when none is selected or it is gone. */
export function selectedPlotFeature(layers: MapLayers, plotId: PlotId | null): PlotFeature | null {
  if (plotId === null) return null;
  return layers.plots.features.find((feature) => feature.properties.id === plotId) ?? null;
}

/**
 * What the selection source shows: the selected plot, or nothing.
 *
 * @example
 * selectionData(null) // { type: 'FeatureCollection', features: [] }
 */
export function selectionData(feature: PlotFeature | null): FeatureCollection<PolygonGeometry, PlotFeatureProps> {
  return { type: 'FeatureCollection', features: feature === null ? [] : [feature] };
}
