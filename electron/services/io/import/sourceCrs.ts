import proj4 from 'proj4';
import { CADASTRAL_ZONES, cadastralZoneFromName } from '../../../../shared/crs/cadastralZones';
import type { Position } from '../../../../shared/domain/geometry';
import { message, type Message } from '../../../../shared/messages/message';
import { RefusedError } from '../../refusals/refusedError';

/*
 * The CRS the source coordinates are in, from `--crs` or from the file (.prj WKT, a GeoJSON `crs`
 * member, a GeoPackage's srs table). Every source ends up as WGS84 [lon, lat] degrees, the project's CRS.
 */

export interface SourceCrs {
  /** As the report names it. */
  readonly label: Message;
  /** True when the source coordinates are already longitude/latitude degrees. */
  readonly geographic: boolean;
  /** Source x, y → [lon, lat]; non-finite input gives non-finite output, never an exception. */
  toLonLat(x: number, y: number): Position;
}

const identity: SourceCrs = { label: message('import.crs.wgs84'), geographic: true, toLonLat: (x, y) => [x, y] };

const GEOGRAPHIC_EPSG = new Set(['4326', '4258', '4269', 'CRS84']);

function projected(label: Message, definition: string): SourceCrs {
  let converter: proj4.Converter;
  try {
    converter = proj4(definition, 'WGS84');
  } catch (error) {
    throw new RefusedError('import.crs.notUnderstood', { crs: label, detail: error instanceof Error ? error.message : String(error) });
  }
  const probe = converter.forward([0, 0]);
  const geographic = /^\s*(GEOGCS|GEOGCRS|GEODCRS)\[/i.test(definition) || /\+proj=(longlat|latlong)/.test(definition);
  if (!Array.isArray(probe)) throw new RefusedError('import.crs.notUnderstoodShort', { crs: label });
  return {
    label,
    geographic,
    toLonLat(x, y) {
      if (!Number.isFinite(x) || !Number.isFinite(y)) return [Number.NaN, Number.NaN];
      const [lon, lat] = converter.forward([x, y]);
      return [lon ?? Number.NaN, lat ?? Number.NaN];
    },
  };
}

/**
 * Reads a CRS name: EPSG:4326 (and other geographic codes), EPSG:3857, an МСК zone of the table (MSK-62-1,
 * MSK-50-2, МСК-71-1, «МСК-33, зона 2»), an OGC URN
 * (urn:ogc:def:crs:EPSG::4326), a proj4 string or WKT (as a .prj holds it).
 *
 * @example
 * resolveCrs('MSK-62-1').toLonLat(1322107.2, 451607.6); // ≈ [39.6, 54.7]
 */
export function resolveCrs(text: string): SourceCrs {
  const trimmed = text.trim();
  const zone = cadastralZoneFromName(trimmed);
  if (zone !== null) return projected(message('import.text', { text: CADASTRAL_ZONES[zone].label }), CADASTRAL_ZONES[zone].proj4);
  const code = trimmed.match(/^(?:urn:ogc:def:crs:)?(EPSG|OGC):(?:[\d.]*:)?:?(\w+)$/i)?.[2] ?? (/^\d+$/.test(trimmed) ? trimmed : null);
  if (code !== null) {
    if (GEOGRAPHIC_EPSG.has(code.toUpperCase())) return identity;
    if (code === '3857' || code === '900913') return projected(message('import.crs.webMercator'), 'EPSG:3857');
    throw new RefusedError('import.crs.epsgNotBuiltIn', { code });
  }
  if (trimmed.startsWith('+') || /^\s*[A-Z]+CRS\[|^\s*(PROJCS|GEOGCS)\[/i.test(trimmed)) {
    const name = trimmed.startsWith('+') ? trimmed : trimmed.match(/^\w+\["([^"]*)"/)?.[1];
    // A .prj that names an МСК zone («MSK-62 zone 1») is labelled as the zone is, in either language.
    const named = name === undefined ? null : cadastralZoneFromName(name);
    const label = named !== null ? CADASTRAL_ZONES[named].label : name;
    return projected(label === undefined ? message('import.crs.fromWkt') : message('import.text', { text: label }), trimmed);
  }
  throw new RefusedError('cadastre.crs.unknown', { text: trimmed.slice(0, 80) });
}

export const WGS84_DEGREES = identity;

/** The same CRS with the file's two axes taken the other way round (`--swap-xy`). */
export function swapAxes(crs: SourceCrs): SourceCrs {
  return { label: message('import.crs.swapped', { crs: crs.label }), geographic: crs.geographic, toLonLat: (x, y) => crs.toLonLat(y, x) };
}
