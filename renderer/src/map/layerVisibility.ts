import { NETWORKS, type Network } from '../../../shared/domain/utility';
import type { FilterSpecification } from 'maplibre-gl';
import { LAYER, type LayerId } from './layerIds';

/** What the layer panel lets a planner switch on and off. */
export interface LayerToggles {
  readonly boundary: boolean;
  readonly plots: boolean;
  readonly labels: boolean;
  readonly railSpurs: boolean;
  readonly utilityLines: boolean;
  /** ЕГРН parcels from Rosreestr extracts. */
  readonly cadastralParcels: boolean;
  /** The parcels' cadastral numbers over their outlines. */
  readonly parcelNumbers: boolean;
  readonly networks: Readonly<Record<Network, boolean>>;
}

export const TOGGLE_KEYS = ['boundary', 'plots', 'labels', 'railSpurs', 'utilityLines', 'cadastralParcels', 'parcelNumbers'] as const;
export type ToggleKey = (typeof TOGGLE_KEYS)[number];

export const ALL_LAYERS_ON: LayerToggles = {
  boundary: true,
  plots: true,
  labels: true,
  railSpurs: true,
  utilityLines: true,
  cadastralParcels: true,
  parcelNumbers: true,
  networks: Object.fromEntries(NETWORKS.map((network) => [network, true])) as Record<Network, boolean>,
};

/** Which toggle each toggleable map layer follows; the background and the selection always show. */
const LAYER_TOGGLE: Readonly<Partial<Record<LayerId, (toggles: LayerToggles) => boolean>>> = {
  [LAYER.parkFill]: (t) => t.boundary,
  [LAYER.parkOutline]: (t) => t.boundary,
  [LAYER.plotFill]: (t) => t.plots,
  [LAYER.plotOutline]: (t) => t.plots,
  // A label without its plot would float over nothing.
  [LAYER.plotLabel]: (t) => t.plots && t.labels,
  [LAYER.plotAreaLabel]: (t) => t.plots && t.labels,
  [LAYER.railCasing]: (t) => t.railSpurs,
  [LAYER.railTies]: (t) => t.railSpurs,
  [LAYER.railLabel]: (t) => t.railSpurs && t.labels,
  [LAYER.utilityLines]: (t) => t.utilityLines,
  [LAYER.parcelHit]: (t) => t.cadastralParcels,
  [LAYER.parcelOutline]: (t) => t.cadastralParcels,
  [LAYER.parcelPicked]: (t) => t.cadastralParcels,
  [LAYER.parcelLabel]: (t) => t.cadastralParcels && t.parcelNumbers && t.labels,
};

/** The `visibility` layout value of every toggleable layer. */
export function layerVisibility(toggles: LayerToggles): ReadonlyMap<LayerId, 'visible' | 'none'> {
  const result = new Map<LayerId, 'visible' | 'none'>();
  for (const [layer, isOn] of Object.entries(LAYER_TOGGLE)) {
    if (isOn) result.set(layer as LayerId, isOn(toggles) ? 'visible' : 'none');
  }
  return result;
}

/** The filter on the utility line layer that keeps only the networks switched on. */
export function networkFilter(toggles: LayerToggles): FilterSpecification {
  const shown = NETWORKS.filter((network) => toggles.networks[network]);
  return ['in', ['get', 'network'], ['literal', shown]];
}

export function toggleLayer(toggles: LayerToggles, key: ToggleKey): LayerToggles {
  return { ...toggles, [key]: !toggles[key] };
}

export function toggleNetwork(toggles: LayerToggles, network: Network): LayerToggles {
  return { ...toggles, networks: { ...toggles.networks, [network]: !toggles.networks[network] } };
}
