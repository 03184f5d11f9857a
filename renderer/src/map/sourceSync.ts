import type * as maplibregl from 'maplibre-gl';
import type { MapLayers } from '../../../shared/contract/views';
import type { Locale } from '../../../shared/format/locale';
import type { LayerDiff } from '../project/projectChanges';
import { SOURCE } from './layerIds';
import type { StartData } from './mapStyle';
import { labelledPlot, withPlotLabels } from './plotLabels';

/*
 * Keeps the map's GeoJSON sources in step with the project store (issue 9): the map is made with the
 * layers of one step in its sources; a step the map has seen the one before of updates the changed
 * features in place (GeoJSONSource.updateData by feature id, the labels of those features alone);
 * anything else — a re-read, a new language — sets the whole collections.
 */

export interface SyncedLayers {
  readonly version: number;
  readonly locale: Locale;
}

type Source = maplibregl.GeoJSONSource;
type SourceData = Parameters<Source['setData']>[0];
type SourceDiff = Parameters<Source['updateData']>[0];

const LAYER_SOURCES = { parks: SOURCE.parks, plots: SOURCE.plots, railSpurs: SOURCE.railSpurs, utilityLines: SOURCE.utilityLines } as const;

/** What each layer source shows for `layers` in `locale`: the map is made with it, a re-read sets it. */
export function layerSourceData(layers: MapLayers, locale: Locale): StartData {
  return {
    [SOURCE.parks]: layers.parks,
    [SOURCE.railSpurs]: layers.railSpurs,
    [SOURCE.utilityLines]: layers.utilityLines,
    [SOURCE.cadastralParcels]: layers.cadastralParcels,
    [SOURCE.plots]: withPlotLabels(layers.plots, locale),
  };
}

function setAll(map: maplibregl.Map, layers: MapLayers, locale: Locale): void {
  // Our FeatureCollections are read-only views of GeoJSON; MapLibre copies what it is given.
  for (const [source, data] of Object.entries(layerSourceData(layers, locale))) map.getSource<Source>(source)?.setData(data as SourceData);
}

function updateChanged(map: maplibregl.Map, diff: NonNullable<LayerDiff>, locale: Locale): void {
  for (const [layer, source] of Object.entries(LAYER_SOURCES) as [keyof typeof LAYER_SOURCES, string][]) {
    const change = diff[layer];
    if (change === undefined) continue;
    const upserted = layer === 'plots' ? (diff.plots?.upserted ?? []).map((feature) => labelledPlot(feature, locale)) : change.upserted;
    // `add` with an id already in the source replaces that feature.
    void map.getSource<Source>(source)?.updateData({ remove: [...change.removed], add: [...upserted] } as unknown as SourceDiff);
  }
}

/** Brings the sources from what `synced` says they show to `version`; returns what they show now. */
export function syncSources(map: maplibregl.Map, synced: SyncedLayers | null, layers: MapLayers, version: number, diff: LayerDiff, locale: Locale): SyncedLayers {
  if (synced !== null && synced.version === version && synced.locale === locale) return synced;
  if (synced !== null && synced.locale === locale && synced.version === version - 1 && diff !== null) updateChanged(map, diff, locale);
  else setAll(map, layers, locale);
  return { version, locale };
}
