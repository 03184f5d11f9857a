import { CADASTRAL_ZONES, CADASTRAL_ZONE_KEYS, type CadastralZoneKey } from '../../../../shared/crs/cadastralZones';
import { RefusedError } from '../../refusals/refusedError';

/*
 * A MapInfo `CoordSys` clause as proj4. Municipal planning data comes as MapInfo in an МСК or in
 * Pulkovo-1942 Gauss–Krüger: `CoordSys Earth Projection 8` (Transverse Mercator) on Krassovsky with a
 * towgs84 datum (9999: seven parameters; 999: three) or datum 1001 (Pulkovo 1942), and
 * `Projection 1` (longitude/latitude). MapInfo turns its rotations the other way from proj4's
 * position-vector towgs84, so they change sign here, as GDAL's MITAB reader does. A clause whose
 * parameters are an МСК zone of our table is read as that zone.
 */

/** MapInfo ellipsoid numbers → proj4 (MapInfo Professional's MAPINFOW.PRJ table). */
const ELLIPSOIDS: Readonly<Record<number, string>> = { 0: 'GRS80', 1: 'WGS72', 3: 'krass', 4: 'intl', 28: 'WGS84' };

/**
 * Datum numbers that stand for a shift to WGS84. 1001, Pulkovo 1942, takes ГОСТ Р 51794-2008's СК-42 →
 * WGS84 parameters (GDAL reads it as Krassovsky with no shift, which puts a Ryazan plot some 120 m off).
 */
const DATUMS: Readonly<Record<number, string>> = {
  104: '+datum=WGS84',
  1001: '+ellps=krass +towgs84=23.92,-141.27,-80.9,0,0.35,0.82,-0.12',
};

const UNITS: Readonly<Record<string, string>> = { m: 'm', km: 'km', cm: 'cm', mm: 'mm', ft: 'ft' };

export interface MifCrs {
  /** What the source declares for the pipeline: an МСК zone key or a proj4 string. */
  readonly declared: string;
  /** The proj4 string read from the clause. */
  readonly proj4: string;
}

/** The clause's comma-separated values, the units string among them, up to `Bounds`. */
function valuesOf(clause: string): string[] {
  const body = clause.replace(/\bBounds\b[\s\S]*$/i, '').trim();
  return body.split(',').map((value) => value.trim()).filter((value) => value !== '');
}

const numberAt = (values: readonly string[], i: number, clause: string): number => {
  const value = Number(values[i]);
  if (values[i] === undefined || !Number.isFinite(value)) throw new RefusedError('import.mif.coordSys', { clause: clause.slice(0, 160) });
  return value;
};

/** The datum part and how many values it took, from the value after the projection number. */
function datumOf(values: readonly string[], clause: string): { readonly proj4: string; readonly used: number } {
  const datum = numberAt(values, 0, clause);
  if (datum === 999 || datum === 9999) {
    const ellipsoid = ELLIPSOIDS[numberAt(values, 1, clause)];
    if (ellipsoid === undefined) throw new RefusedError('import.mif.coordSys', { clause: clause.slice(0, 160) });
    const [dx, dy, dz] = [2, 3, 4].map((i) => numberAt(values, i, clause));
    if (datum === 999) return { proj4: `+ellps=${ellipsoid} +towgs84=${dx},${dy},${dz},0,0,0,0`, used: 5 };
    const [rx, ry, rz, ds] = [5, 6, 7, 8].map((i) => numberAt(values, i, clause));
    const turned = [rx, ry, rz].map((value) => (value === 0 ? 0 : -(value ?? 0)));
    // The tenth value is the prime meridian; Greenwich is the only one a Russian file carries.
    if (numberAt(values, 9, clause) !== 0) throw new RefusedError('import.mif.coordSys', { clause: clause.slice(0, 160) });
    return { proj4: `+ellps=${ellipsoid} +towgs84=${dx},${dy},${dz},${turned.join(',')},${ds}`, used: 10 };
  }
  const known = DATUMS[datum];
  if (known === undefined) throw new RefusedError('import.mif.datum', { datum, clause: clause.slice(0, 160) });
  return { proj4: known, used: 1 };
}

/** The proj4 parameters of a definition, for comparing two definitions whatever their order. */
function parameters(definition: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of definition.trim().split(/\s+/)) {
    const [key = '', value = ''] = part.replace(/^\+/, '').split('=');
    if (key !== 'no_defs' && key !== 'type') map.set(key, value);
  }
  return map;
}

function sameDefinition(a: string, b: string): boolean {
  const pa = parameters(a);
  const pb = parameters(b);
  const keys = new Set([...pa.keys(), ...pb.keys()]);
  for (const key of keys) {
    const va = (pa.get(key) ?? (key === 'lat_0' || key === 'y_0' || key === 'x_0' ? '0' : '')).split(',');
    const vb = (pb.get(key) ?? (key === 'lat_0' || key === 'y_0' || key === 'x_0' ? '0' : '')).split(',');
    if (va.length !== vb.length) return false;
    for (let i = 0; i < va.length; i++) {
      const x = Number(va[i]);
      const y = Number(vb[i]);
      if (Number.isFinite(x) && Number.isFinite(y) ? Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x)) : va[i] !== vb[i]) return false;
    }
  }
  return true;
}

/** The МСК zone of our table with exactly these parameters, or null. */
export function zoneOfDefinition(definition: string): CadastralZoneKey | null {
  return CADASTRAL_ZONE_KEYS.find((key) => sameDefinition(CADASTRAL_ZONES[key].proj4, definition)) ?? null;
}

/**
 * The CRS of a `CoordSys` clause (the text after the keyword); null for `NonEarth`, which names no place
 * (the planner gives one with --crs). Anything else unread is refused naming the clause.
 *
 * @example
 * mifCoordSys('Earth Projection 8, 9999, 3, 23.57, -140.95, -79.8, 0, -0.35, -0.79, -0.22, 0, "m", 38.48333333333, 0, 1, 1250000, -5612900.566');
 * // { declared: 'MSK-62-1', proj4: '+proj=tmerc … +towgs84=23.57,-140.95,-79.8,0,0.35,0.79,-0.22' }
 */
export function mifCoordSys(clause: string): MifCrs | null {
  const text = clause.trim();
  if (/^NonEarth\b/i.test(text)) return null;
  const match = text.match(/^Earth\s+Projection\s+(\d+)\s*,([\s\S]*)$/i);
  if (match === null) throw new RefusedError('import.mif.coordSys', { clause: text.slice(0, 160) });
  const projection = Number(match[1]);
  const values = valuesOf(match[2] ?? '');
  const datum = datumOf(values, text);
  if (projection === 1) {
    const proj4 = `+proj=longlat ${datum.proj4} +no_defs`;
    return { declared: datum.proj4 === '+datum=WGS84' ? 'EPSG:4326' : proj4, proj4 };
  }
  if (projection !== 8) throw new RefusedError('import.mif.projection', { projection, clause: text.slice(0, 160) });
  const rest = values.slice(datum.used);
  const unit = UNITS[(rest[0] ?? '').replace(/"/g, '').toLowerCase()];
  if (unit === undefined) throw new RefusedError('import.mif.units', { units: rest[0] ?? '', clause: text.slice(0, 160) });
  const [lon0, lat0, k, x0, y0] = [1, 2, 3, 4, 5].map((i) => numberAt(rest, i, text));
  const proj4 = `+proj=tmerc +lat_0=${lat0} +lon_0=${lon0} +k=${k} +x_0=${x0} +y_0=${y0} ${datum.proj4} +units=${unit} +no_defs`;
  return { declared: zoneOfDefinition(proj4) ?? proj4, proj4 };
}
