import { useEffect, useRef } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { LAYER } from '../map/layerIds';
import { NO_PARCEL_PICKED, parcelPickFilter } from '../map/mapStyle';

/**
 * While `active`, a click on an ЕГРН parcel on the map hands its cadastral number to `onPick`; the picked
 * parcels are outlined in the selection colour whether or not picking is on, so the planner sees what
 * «Create plots» will make.
 */
export function useParcelPicking(map: maplibregl.Map | null, active: boolean, picked: readonly string[], onPick: (cadastralNumber: string) => void): void {
  const pickRef = useRef(onPick);
  pickRef.current = onPick;

  useEffect(() => {
    if (!map || !active) return undefined;
    const click = (event: maplibregl.MapLayerMouseEvent) => {
      const number: unknown = event.features?.[0]?.properties?.cadastralNumber;
      if (typeof number === 'string') pickRef.current(number);
    };
    const enter = () => (map.getCanvas().style.cursor = 'copy');
    const leave = () => (map.getCanvas().style.cursor = '');
    map.on('click', LAYER.parcelHit, click);
    map.on('mouseenter', LAYER.parcelHit, enter);
    map.on('mouseleave', LAYER.parcelHit, leave);
    return () => {
      map.off('click', LAYER.parcelHit, click);
      map.off('mouseenter', LAYER.parcelHit, enter);
      map.off('mouseleave', LAYER.parcelHit, leave);
      leave();
    };
  }, [map, active]);

  useEffect(() => {
    map?.setFilter(LAYER.parcelPicked, picked.length === 0 ? NO_PARCEL_PICKED : parcelPickFilter(picked));
  }, [map, picked]);
}
