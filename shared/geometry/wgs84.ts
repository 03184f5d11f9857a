/** The WGS84 ellipsoid, the datum of every coordinate the project stores (EPSG:4326). */
export const WGS84_A = 6378137;
export const WGS84_F = 1 / 298.257223563;
/** First eccentricity squared, e² = f(2 − f) ≈ 0.00669. */
export const WGS84_E2 = WGS84_F * (2 - WGS84_F);

export const DEG_TO_RAD = Math.PI / 180;
