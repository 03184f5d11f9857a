import proj4 from 'proj4';
import type { Converter } from 'proj4';
import type { AreaGeometry, LinearRing, Position } from '../domain/geometry';
import { assertRingShape, invalidPositionError, isValidLonLat } from '../geometry/positionChecks';
import { cadastralCrsOf } from './cadastralCrs';

/**
 * A point in a cadastral МСК zone, in metres, with the axes as Russian survey documents and ЕГРН
 * extracts name them: X is northing, Y is easting.
 */
export interface CadastralPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * A CRS as callers give it: a zone key of the МСК table (MSK-62-1), or a proj4 string / WKT
 * (see cadastralCrsOf).
 */
export type CadastralCrsRef = string;

const converters = new Map<CadastralCrsRef, Converter>();

function converterFor(crs: CadastralCrsRef): Converter {
  let converter = converters.get(crs);
  if (converter === undefined) {
    const definition = cadastralCrsOf(crs)?.definition;
    if (definition === undefined) throw new RangeError(`"${crs.slice(0, 80)}" is not an МСК zone, proj4 string or WKT`);
    converter = proj4('WGS84', definition);
    converters.set(crs, converter);
  }
  return converter;
}

/**
 * WGS84 [lon, lat] → cadastral X (north), Y (east) in the given МСК zone.
 *
 * @example
 * toCadastral([39.6, 54.7], 'MSK-62-1'); // { x: ≈ 451 607.6, y: ≈ 1 322 107.2 }
 */
export function toCadastral(position: Position, zoneKey: CadastralCrsRef): CadastralPoint {
  if (!isValidLonLat(position[0], position[1])) throw invalidPositionError('toCadastral', 0, position[0], position[1]);
  const lonLat: [number, number] = [position[0], position[1]];
  const [easting, northing] = converterFor(zoneKey).forward(lonLat);
  return { x: northing, y: easting };
}

/**
 * Cadastral X (north), Y (east) in the given МСК zone → WGS84 [lon, lat].
 *
 * @example
 * fromCadastral(toCadastral([39.6, 54.7], 'MSK-62-1'), 'MSK-62-1'); // ≈ [39.6, 54.7]
 */
export function fromCadastral(point: CadastralPoint, zoneKey: CadastralCrsRef): Position {
  if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) {
    throw new RangeError(`fromCadastral: X and Y must be finite metres (got X=${point.x}, Y=${point.y})`);
  }
  const eastNorth: [number, number] = [point.y, point.x];
  return converterFor(zoneKey).inverse(eastNorth);
}

/** Shoelace area of one ring in the zone's plane, in m², whatever its winding. */
function planarRingArea(ring: LinearRing, converter: Converter): number {
  assertRingShape(ring, 'cadastralArea');
  let twiceArea = 0;
  let originE = 0;
  let originN = 0;
  let prevE = 0;
  let prevN = 0;
  let index = 0;
  for (const position of ring) {
    if (!isValidLonLat(position[0], position[1])) throw invalidPositionError('cadastralArea', index, position[0], position[1]);
    const lonLat: [number, number] = [position[0], position[1]];
    const [e, n] = converter.forward(lonLat);
    // Relative to the first vertex: products of 10⁶-metre coordinates would lose centimetres.
    if (index === 0) {
      originE = e;
      originN = n;
    } else {
      const dE = e - originE;
      const dN = n - originN;
      twiceArea += prevE * dN - dE * prevN;
      prevE = dE;
      prevN = dN;
    }
    index++;
  }
  return Math.abs(twiceArea) / 2;
}

/**
 * The «кадастровая площадь»: planar area in m² after projecting each vertex into the МСК zone, as
 * the cadastre (ЕГРН) computes it from the plot's X, Y. Holes subtract. It differs from the
 * ellipsoidal area by the zone's scale distortion (about 1.3e-4 at 39.6° E in MSK-62 zone 1).
 *
 * @example
 * cadastralArea(plot.geometry, 'MSK-62-1'); // m², compare geodesicArea(plot.geometry)
 */
export function cadastralArea(geometry: AreaGeometry, zoneKey: CadastralCrsRef): number {
  const converter = converterFor(zoneKey);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let area = 0;
  for (const rings of polygons) {
    let outer = true;
    for (const ring of rings) {
      area += outer ? planarRingArea(ring, converter) : -planarRingArea(ring, converter);
      outer = false;
    }
  }
  return area;
}
