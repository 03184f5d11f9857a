import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ParkPlanBridge } from '../../shared/contract/bridge';

declare global {
  interface Window {
    /** Defined by the Electron preload; absent in a browser, where the web bridge stands in. */
    parkplan?: ParkPlanBridge;
    /** The planner's map, for end-to-end tests and the developer console; the app never reads it. */
    __parkplanMap?: MapLibreMap;
  }
}
