import { useEffect } from 'react';
import * as maplibregl from 'maplibre-gl';
import type { ControlPoint } from '../../../../shared/domain/underlay';
import type { mapPointConverter } from '../../../../shared/underlay/scanCorners';

type Converter = NonNullable<ReturnType<typeof mapPointConverter>>;

/** As MapLibre's own click: a press that moved further is a drag. */
const CLICK_TOLERANCE_PX = 3;

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
    const container = map.getCanvasContainer();
    container.classList.add('georef-picking');
    // The click is taken before MapLibre sees it (capture phase, propagation stopped), so placing a point
    // does not also select the plot under it; a press that moved (a pan) is left to the map.
    let pressed: { x: number; y: number } | null = null;
    const down = (event: MouseEvent) => {
      pressed = { x: event.clientX, y: event.clientY };
    };
    const click = (event: MouseEvent) => {
      if (pressed === null || Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) > CLICK_TOLERANCE_PX) return;
      if (event.target instanceof Element && event.target.closest('.maplibregl-marker, .maplibregl-ctrl') !== null) return;
      event.stopPropagation();
      const box = map.getCanvas().getBoundingClientRect();
      const { lng, lat } = map.unproject([event.clientX - box.left, event.clientY - box.top]);
      const { x, y } = converter.fromLonLat(lng, lat);
      onPlace(x, y);
    };
    container.addEventListener('mousedown', down, true);
    container.addEventListener('click', click, true);
    return () => {
      container.classList.remove('georef-picking');
      container.removeEventListener('mousedown', down, true);
      container.removeEventListener('click', click, true);
    };
  }, [map, converter, waiting, onPlace]);
}
