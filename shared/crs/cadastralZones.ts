/*
 * Cadastral coordinate systems (МСК, местные системы координат) the project knows. Ryazan oblast
 * uses МСК-62: Transverse Mercator on the Krassovsky 1940 ellipsoid, 3°-wide zones with scale 1 on
 * the central meridian, the regional false northing, and the GOST R 51794-2008 datum shift from
 * СК-42 to WGS84 in PROJ's +towgs84 (position-vector) convention.
 * Source: the Rosreestr МСК parameter table as republished in public GIS code (МСК-62: first zone
 * central meridian 38°29′ E, 3° steps, false easting 1 250 000 m + 1 000 000 m per zone, false
 * northing −5 612 900.566 m); the +towgs84 string is the one used for every МСК of this family.
 * The shift moves points by a few metres as a whole and does not change areas.
 */

const TOWGS84 = '+towgs84=23.57,-140.95,-79.8,0,0.35,0.79,-0.22';
const KRASSOVSKY_TM = '+proj=tmerc +lat_0=0 +k=1 +ellps=krass +units=m +no_defs';

export const CADASTRAL_ZONE_KEYS = ['MSK-62-1', 'MSK-62-2'] as const;
export type CadastralZoneKey = (typeof CADASTRAL_ZONE_KEYS)[number];

export interface CadastralZone {
  readonly label: { readonly ru: string; readonly en: string };
  /** Central meridian, degrees east. */
  readonly centralMeridian: number;
  /** Longitudes (degrees east) the zone is meant for: 1.5° either side of its central meridian. */
  readonly coversLongitude: readonly [number, number];
  readonly proj4: string;
}

export const CADASTRAL_ZONES = {
  'MSK-62-1': {
    label: { ru: 'МСК-62, зона 1 (Рязанская область)', en: 'MSK-62 zone 1 (Ryazan oblast)' },
    centralMeridian: 38.48333333333,
    coversLongitude: [36.98333333333, 39.98333333333],
    proj4: `${KRASSOVSKY_TM} +lon_0=38.48333333333 +x_0=1250000 +y_0=-5612900.566 ${TOWGS84}`,
  },
  'MSK-62-2': {
    label: { ru: 'МСК-62, зона 2 (Рязанская область)', en: 'MSK-62 zone 2 (Ryazan oblast)' },
    centralMeridian: 41.48333333333,
    coversLongitude: [39.98333333333, 42.98333333333],
    proj4: `${KRASSOVSKY_TM} +lon_0=41.48333333333 +x_0=2250000 +y_0=-5612900.566 ${TOWGS84}`,
  },
} as const satisfies Record<CadastralZoneKey, CadastralZone>;

/** Industrial park «Рязанский» (≈ 39.6° E) lies in zone 1, whose central meridian is 38°29′ E. */
export const RYAZAN_DEFAULT_ZONE: CadastralZoneKey = 'MSK-62-1';

/** Narrows a stored key (Park.cadastralCrs) to a known zone. */
export function isCadastralZone(key: string): key is CadastralZoneKey {
  return (CADASTRAL_ZONE_KEYS as readonly string[]).includes(key);
}

/**
 * The zone among `keys` whose longitude band holds `lon`, or null when none does.
 *
 * @example
 * cadastralZoneForLongitude(39.6); // 'MSK-62-1'
 */
export function cadastralZoneForLongitude(lon: number, keys: readonly CadastralZoneKey[] = CADASTRAL_ZONE_KEYS): CadastralZoneKey | null {
  for (const key of keys) {
    const [west, east] = CADASTRAL_ZONES[key].coversLongitude;
    if (lon >= west && lon < east) return key;
  }
  return null;
}
