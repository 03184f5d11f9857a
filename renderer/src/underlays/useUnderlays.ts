import { useCallback, useEffect, useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { UnderlayUpdateRequest, UnderlayView } from '../../../shared/contract/underlayChannels';
import { getBridge } from '../bridge';
import { LAYER } from '../map/layerIds';
import { syncUnderlays } from './underlayLayers';

/** The project's underlays, kept on the map under the plan; `update` changes one and redraws. */
export function useUnderlays(map: maplibregl.Map | null): { readonly views: readonly UnderlayView[] | null; readonly update: (request: UnderlayUpdateRequest) => void } {
  const [views, setViews] = useState<readonly UnderlayView[] | null>(null);

  useEffect(() => {
    let current = true;
    void getBridge().invoke('underlays:list', {}).then((result) => {
      if (current && result.ok) setViews(result.value);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (map === null || views === null) return;
    syncUnderlays(map, views, window.location.origin, LAYER.background);
  }, [map, views]);

  const update = useCallback((request: UnderlayUpdateRequest) => {
    void getBridge().invoke('underlays:update', request).then((result) => {
      if (result.ok) setViews(result.value);
    });
  }, []);

  return { views, update };
}
