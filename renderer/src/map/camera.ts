import type { MapLayers } from '../../../shared/contract/views';
import type { ParkId } from '../../../shared/domain/ids';
import type { CameraRequest } from '../state/viewState';
import { boundsOf, type Bounds } from './bounds';

export interface CameraMove {
  readonly bounds: Bounds;
  /** A plot is framed closely but never closer than a planner can still see its neighbours. */
  readonly maxZoom: number;
  /** Fly (zoom out and in) between parks, ease within a park. */
  readonly motion: 'fly' | 'ease' | 'jump';
}

/** A plot is shown with its neighbours around it: this much of its own size on every side. */
const PLOT_CONTEXT = 0.75;

function withMargin([[west, south], [east, north]]: Bounds, share: number): Bounds {
  const dx = (east - west) * share;
  const dy = (north - south) * share;
  return [
    [west - dx, south - dy],
    [east + dx, north + dy],
  ];
}

/** Where the camera goes for a request, or null when the request names something the layers lack. */
export function cameraMove(request: CameraRequest, layers: MapLayers): CameraMove | null {
  switch (request.target) {
    case 'all': {
      const parks = layers.parks.features.map((feature) => feature.geometry);
      const bounds = boundsOf(parks.length > 0 ? parks : layers.plots.features.map((feature) => feature.geometry));
      // The first framing happens before the planner looks: no animation.
      return bounds && { bounds, maxZoom: 16, motion: request.seq === 0 ? 'jump' : 'fly' };
    }
    case 'park': {
      const park = layers.parks.features.find((feature) => feature.properties.id === request.parkId);
      const bounds = park ? boundsOf([park.geometry]) : null;
      return bounds && { bounds, maxZoom: 17, motion: request.seq === 0 ? 'jump' : 'fly' };
    }
    case 'plot': {
      const plot = layers.plots.features.find((feature) => feature.properties.id === request.plotId);
      const bounds = plot ? boundsOf([plot.geometry]) : null;
      return bounds && { bounds: withMargin(bounds, PLOT_CONTEXT), maxZoom: 17, motion: 'ease' };
    }
  }
}

/** How much larger than the largest park the frame of all parks may be before the parks shrink to dots. */
const LEGIBLE_SPREAD = 20;

const diagonal = ([[west, south], [east, north]]: Bounds): number => Math.hypot(east - west, north - south);

/**
 * The first view: all parks when they lie close enough to be read together, else the first park —
 * «Рязанский» and «Карандаш» are 1,300 km apart, and a frame of both would show two dots.
 */
export function startCamera(layers: MapLayers, firstParkId: ParkId | null): CameraRequest {
  const parks = layers.parks.features.map((feature) => boundsOf([feature.geometry]));
  const all = boundsOf(layers.parks.features.map((feature) => feature.geometry));
  const largest = Math.max(0, ...parks.map((bounds) => (bounds ? diagonal(bounds) : 0)));
  const legible = all !== null && diagonal(all) <= LEGIBLE_SPREAD * largest;
  return legible || firstParkId === null ? { target: 'all', seq: 0 } : { target: 'park', parkId: firstParkId, seq: 0 };
}
