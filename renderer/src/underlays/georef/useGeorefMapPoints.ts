import { useEffect } from 'react';
import * as maplibregl from 'maplibre-gl';
import type { ControlPoint } from '../../../../shared/domain/underlay';
import type { mapPointConverter } from '../../../../shared/underlay/scanCorners';

type Converter = NonNullable<ReturnType<typeof mapPointConverter>>;

/*
 * The map side of georeferencing: each control point's map point is a numbered marker the planner can
 * drag; while a scan pixel waits for its map point, a click on the map gives it (the crosshair cursor says so).
 */
export function useGeorefMapPoints(
  map: maplibregl.Map | null,
  points: readonly ControlPoint[],
  converter: Converter | null,
  waiting: boolean,
  onPlace: (x: number, y: number) => void,
  onMove: (index: number, x: number, y: number) => void,
): void {
  useEffect(() => {
    if (map === null || converter === null) return undefined;
    const markers = points.map((point, i) => {
      const element = document.createElement('div');
      element.className = 'georef-map-marker';
      element.textContent = String(i + 1);
      element.dataset['point'] = String(i + 1);
      const marker = new maplibregl.Marker({ element, draggable: true }).setLngLat([...converter.toLonLat(point.x, point.y)]).addTo(map);
      marker.on('dragend', () => {
        const { lng, lat } = marker.getLngLat();
        const moved = converter.fromLonLat(lng, lat);
        onMove(i, moved.x, moved.y);
      });
      return marker;
    });
    return () => markers.forEach((marker) => marker.remove());
  }, [map, points, converter, onMove]);

  useEffect(() => {
    if (map === null || converter === null || !waiting) return undefined;
    const canvas = map.getCanvasContainer();
    canvas.classList.add('georef-picking');
    const click = (event: maplibregl.MapMouseEvent) => {
      const { x, y } = converter.fromLonLat(event.lngLat.lng, event.lngLat.lat);
      onPlace(x, y);
    };
    map.on('click', click);
    return () => {
      canvas.classList.remove('georef-picking');
      map.off('click', click);
    };
  }, [map, converter, waiting, onPlace]);
}
