/*
 * A GeoTIFF's CRS from its GeoKeys, as a proj4 definition. GDAL writes an МСК (a Transverse Mercator on
 * Krassovsky with a datum shift, no EPSG code) as user-defined keys: the projection's parameters, the
 * ellipsoid and GeogTOWGS84GeoKey. Coded systems are read for the ones an orthophoto of a Russian park
 * comes in: WGS84 degrees, Web Mercator, UTM on WGS84 and Pulkovo-1942 Gauss–Krüger. Anything else gives
 * null, and the planner names the CRS (`--crs`).
 */

export type GeoKeys = Readonly<Record<string, unknown>>;

const USER_DEFINED = 32767;
// Pulkovo 1942 → WGS84 as EPSG:5044 publishes it for Russia (position vector, like PROJ's +towgs84).
const PULKOVO_TOWGS84 = '+towgs84=23.57,-140.95,-79.8,0,0.35,0.79,-0.22';

const num = (keys: GeoKeys, name: string): number | null => {
  const value = keys[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

function codedProjected(code: number): string | null {
  if (code === 3857 || code === 900913) return '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs';
  if (code >= 32601 && code <= 32660) return `+proj=utm +zone=${code - 32600} +datum=WGS84 +units=m +no_defs`;
  if (code >= 32701 && code <= 32760) return `+proj=utm +zone=${code - 32700} +south +datum=WGS84 +units=m +no_defs`;
  if (code >= 28404 && code <= 28432) {
    const zone = code - 28400;
    return `+proj=tmerc +lat_0=0 +lon_0=${6 * zone - 3} +k=1 +x_0=${zone * 1_000_000 + 500_000} +y_0=0 +ellps=krass ${PULKOVO_TOWGS84} +units=m +no_defs`;
  }
  return null;
}

function ellipsoidOf(keys: GeoKeys): string | null {
  const geographic = num(keys, 'GeographicTypeGeoKey');
  const ellipsoid = num(keys, 'GeogEllipsoidGeoKey');
  const towgs84 = keys['GeogTOWGS84GeoKey'];
  const shift = towgs84 !== undefined && towgs84 !== null && typeof towgs84 === 'object' && 'length' in towgs84
    ? ` +towgs84=${Array.from(towgs84 as ArrayLike<number>, (v) => Number(v.toPrecision(12))).join(',')}`
    : '';
  if (geographic === 4326 || ellipsoid === 7030) return `+datum=WGS84`;
  if (geographic === 4284) return `+ellps=krass${shift === '' ? ` ${PULKOVO_TOWGS84}` : shift}`;
  if (ellipsoid === 7024) return `+ellps=krass${shift}`;
  const a = num(keys, 'GeogSemiMajorAxisGeoKey');
  const rf = num(keys, 'GeogInvFlatteningGeoKey');
  if (a !== null && rf !== null) return `+a=${a} +rf=${rf}${shift}`;
  return null;
}

/**
 * proj4 definition of the CRS the GeoKeys describe, or null when ParkPlan cannot tell it.
 *
 * @example
 * geoKeysToProj4({ GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: 32637 }); // '+proj=utm +zone=37 +datum=WGS84 …'
 */
export function geoKeysToProj4(keys: GeoKeys): string | null {
  const model = num(keys, 'GTModelTypeGeoKey');
  if (model === 2) {
    const geographic = num(keys, 'GeographicTypeGeoKey');
    return geographic === 4326 || geographic === null ? '+proj=longlat +datum=WGS84 +no_defs' : null;
  }
  if (model !== 1) return null;
  const projected = num(keys, 'ProjectedCSTypeGeoKey');
  if (projected !== null && projected !== USER_DEFINED) return codedProjected(projected);
  if (num(keys, 'ProjCoordTransGeoKey') !== 1) return null;
  const unit = num(keys, 'ProjLinearUnitsGeoKey');
  if (unit !== null && unit !== 9001) return null;
  const lon0 = num(keys, 'ProjNatOriginLongGeoKey') ?? num(keys, 'ProjCenterLongGeoKey');
  const ellipsoid = ellipsoidOf(keys);
  if (lon0 === null || ellipsoid === null) return null;
  const lat0 = num(keys, 'ProjNatOriginLatGeoKey') ?? 0;
  const k = num(keys, 'ProjScaleAtNatOriginGeoKey') ?? 1;
  const x0 = num(keys, 'ProjFalseEastingGeoKey') ?? 0;
  const y0 = num(keys, 'ProjFalseNorthingGeoKey') ?? 0;
  return `+proj=tmerc +lat_0=${lat0} +lon_0=${lon0} +k=${k} +x_0=${x0} +y_0=${y0} ${ellipsoid} +units=m +no_defs`;
}
