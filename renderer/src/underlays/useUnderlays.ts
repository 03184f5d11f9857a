import { useCallback, useEffect, useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { Channel, RequestOf } from '../../../shared/contract/channels';
import type { Failure } from '../../../shared/contract/result';
import type { UnderlayView } from '../../../shared/contract/underlayChannels';
import { getBridge } from '../bridge';
import { LAYER } from '../map/layerIds';
import { syncUnderlays } from './underlayLayers';

/** The underlay channels that answer with the whole list. */
type UnderlayChange = 'underlays:update' | 'underlays:add' | 'underlays:remove' | 'underlays:georeference';

export interface Underlays {
  readonly views: readonly UnderlayView[] | null;
  /** The last refusal of a change, shown in «Подложки» until the next change succeeds. */
  readonly failure: Failure | null;
  /** Sends a change; resolves true when the store took it. */
  readonly change: <C extends UnderlayChange & Channel>(channel: C, request: RequestOf<C>) => Promise<boolean>;
}

/** The project's underlays, kept on the map under the plan; `change` sends one change and redraws. */
export function useUnderlays(map: maplibregl.Map | null): Underlays {
  const [views, setViews] = useState<readonly UnderlayView[] | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

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

  const change = useCallback(async <C extends UnderlayChange & Channel>(channel: C, request: RequestOf<C>): Promise<boolean> => {
    const result = await getBridge().invoke(channel, request);
    if (!result.ok) {
      setFailure(result.error);
      return false;
    }
    setFailure(null);
    setViews(result.value as readonly UnderlayView[]);
    return true;
  }, []);

  return { views, failure, change };
}
