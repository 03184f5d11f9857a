/*
 * The Web Mercator XYZ tile grid MapLibre asks tiles on: tile (z, x, y) from the north-west, 256 px a tile.
 */

const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137;

/** Longitude and latitude of a point of tile (z, x, y), given in tile fractions (0…1 across, from the top-left). */
export function tilePointLonLat(z: number, x: number, y: number, fx: number, fy: number): [number, number] {
  const n = 2 ** z;
  const lon = ((x + fx) / n) * 360 - 180;
  const mercY = Math.PI * (1 - (2 * (y + fy)) / n);
  const lat = (Math.atan(Math.sinh(mercY)) * 180) / Math.PI;
  return [lon, lat];
}

/** Ground metres one pixel of a 256 px tile covers at zoom z and latitude lat. */
export function metresPerPixel(z: number, lat: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (256 * 2 ** z);
}

/** The lowest zoom whose pixels are no larger than `metres` at `lat`: where an image of that resolution shows every pixel. */
export function zoomForResolution(metres: number, lat: number): number {
  return Math.max(0, Math.ceil(Math.log2((EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (256 * metres))));
}

/** Tile (x, y) holding the point at zoom z. */
export function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}
