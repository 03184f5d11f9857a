import type { Map as MapLibreMap } from 'maplibre-gl';

// The renderer exposes its map on window for end-to-end tests (renderer/src/global.d.ts declares it there).
declare global {
  interface Window {
    __parkplanMap?: MapLibreMap;
  }
}
