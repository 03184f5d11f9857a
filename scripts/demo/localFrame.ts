import geographiclib from 'geographiclib-geodesic';
import type { Position } from '../../shared/domain/geometry';

const { Geodesic } = geographiclib;

/** A point in the layout's local metric frame: u along the park's main axis, v across it, metres. */
export type LocalPoint = readonly [u: number, v: number];

/**
 * The metric frame a park is laid out in: an azimuthal equidistant projection around the park centre
 * (geodesic Direct from the centre), with the layout axes turned `rotationDeg` anticlockwise from east.
 * Equal local points give bit-identical longitudes and latitudes, which is what lets neighbouring plots
 * share edges exactly.
 *
 * @example
 * const frame = localFrame({ lat: 54.7, lon: 39.6 }, 0);
 * frame.toLonLat([0, 1000]); // about 1 km north of the centre: [39.6, 54.708…]
 */
export interface LocalFrame {
  toLonLat(point: LocalPoint): Position;
}

export function localFrame(centre: { readonly lat: number; readonly lon: number }, rotationDeg: number): LocalFrame {
  const theta = (rotationDeg * Math.PI) / 180;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  return {
    toLonLat([u, v]) {
      const east = u * cos - v * sin;
      const north = u * sin + v * cos;
      const distance = Math.hypot(east, north);
      if (distance === 0) return [centre.lon, centre.lat];
      const azimuth = (Math.atan2(east, north) * 180) / Math.PI;
      const { lat2, lon2 } = Geodesic.WGS84.Direct(centre.lat, centre.lon, azimuth, distance);
      if (lat2 === undefined || lon2 === undefined) throw new Error('geodesic Direct gave no position');
      return [lon2, lat2];
    },
  };
}

/**
 * WGS84 ellipsoidal (geodesic) area of a closed or open ring of [lon, lat], in m²; positive for an
 * anticlockwise ring, as RFC 7946 wants exterior rings.
 *
 * @example
 * geodesicRingArea([[39.6, 54.7], [39.61, 54.7], [39.61, 54.71], [39.6, 54.71]]); // ≈ 712 000 m²
 */
export function geodesicRingArea(ring: readonly Position[]): number {
  const polygon = Geodesic.WGS84.Polygon(false);
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  const open = closed ? ring.slice(0, -1) : ring;
  for (const [lon, lat] of open) polygon.AddPoint(lat, lon);
  return polygon.Compute(false, true).area ?? 0;
}
