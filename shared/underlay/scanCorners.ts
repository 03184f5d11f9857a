import proj4 from 'proj4';
import { cadastralCrsOf } from '../crs/cadastralCrs';
import type { ScanGeoreference } from '../domain/underlay';
import { fitGeoreference, type GeorefFit } from './georefTransform';

export type LonLat = readonly [number, number];

/** The four image corners on the map, as MapLibre's image source takes them: top-left, top-right, bottom-right, bottom-left. */
export type ScanCorners = readonly [LonLat, LonLat, LonLat, LonLat];

/** Converts a map point (X north, Y east in `crs`) to longitude and latitude; null when the CRS is not one ParkPlan reads. */
export function mapPointConverter(crs: string): { toLonLat: (x: number, y: number) => LonLat; fromLonLat: (lon: number, lat: number) => { x: number; y: number } } | null {
  const resolved = cadastralCrsOf(crs);
  if (resolved === null) return null;
  const converter = proj4(resolved.definition, 'WGS84');
  return {
    toLonLat: (x, y) => {
      const [lon = Number.NaN, lat = Number.NaN] = converter.forward([y, x]);
      return [lon, lat];
    },
    fromLonLat: (lon, lat) => {
      const [y = Number.NaN, x = Number.NaN] = converter.inverse([lon, lat]);
      return { x, y };
    },
  };
}

/**
 * Where a georeferenced scan's corners fall, in degrees, with the fit that put them there; null while the
 * control points do not yet fix the transform or the CRS is unknown.
 */
export function scanCorners(georeference: ScanGeoreference): { readonly corners: ScanCorners; readonly fit: GeorefFit } | null {
  const outcome = fitGeoreference(georeference.transform, georeference.controlPoints);
  const converter = mapPointConverter(georeference.crs);
  if (!outcome.ok || converter === null) return null;
  const { imageWidth: w, imageHeight: h } = georeference;
  const corner = (px: number, py: number): LonLat => {
    const point = outcome.fit.toMap(px, py);
    return converter.toLonLat(point.x, point.y);
  };
  const corners: ScanCorners = [corner(0, 0), corner(w, 0), corner(w, h), corner(0, h)];
  if (!corners.every(([lon, lat]) => Number.isFinite(lon) && Math.abs(lat) < 85)) return null;
  return { corners, fit: outcome.fit };
}
