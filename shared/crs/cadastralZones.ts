/*
 * Cadastral coordinate systems (МСК, местные системы координат) the project knows: Рязанская МСК-62 and
 * the neighbouring regions' МСК. Every one is Transverse Mercator on the Krassovsky 1940 ellipsoid, 3°-wide
 * zones with scale 1 on the central meridian, a false easting of N·1 000 000 m + the regional offset for
 * zone N, a regional false northing, and the GOST R 51794-2008 datum shift from СК-42 to WGS84 in PROJ's
 * +towgs84 (position-vector) convention. The shift moves points by a few metres as a whole and does not
 * change areas, which depend only on the central meridian, the scale and the ellipsoid.
 *
 * Sources, per parameter set (see REGION_SOURCES below): the public МСК parameter table (zone-1 central
 * meridian, zone width, false easting of zone 1, false northing per region) in the form circulated with
 * GIS-Lab's МСК collection (MapInfo MAPINFOW.PRJ lines) and republished in open GIS code, which is where
 * these values were read; they were not checked against GIS-Lab's own page or a Rosreestr document.
 * МСК-50 and МСК-58 also agree with proj4 strings in public projects that convert ЕГРН extracts.
 */

const TOWGS84 = '+towgs84=23.57,-140.95,-79.8,0,0.35,0.79,-0.22';
const KRASSOVSKY_TM = '+proj=tmerc +lat_0=0 +k=1 +ellps=krass +units=m +no_defs';

export const CADASTRAL_ZONE_KEYS = [
  'MSK-62-1', 'MSK-62-2',
  'MSK-50-1', 'MSK-50-2',
  'MSK-71-1', 'MSK-71-2',
  'MSK-33-1', 'MSK-33-2', 'MSK-33-3',
  'MSK-48-1', 'MSK-48-2',
  'MSK-68-1', 'MSK-68-2', 'MSK-68-3',
  'MSK-58-1', 'MSK-58-2',
  'MSK-13-1', 'MSK-13-2',
] as const;
export type CadastralZoneKey = (typeof CADASTRAL_ZONE_KEYS)[number];

export interface CadastralZone {
  readonly label: { readonly ru: string; readonly en: string };
  /** The label beside an area: «МСК-62, зона 1». */
  readonly shortLabel: { readonly ru: string; readonly en: string };
  /** Central meridian, degrees east. */
  readonly centralMeridian: number;
  /** Longitudes (degrees east) the zone is meant for: 1.5° either side of its central meridian. */
  readonly coversLongitude: readonly [number, number];
  readonly proj4: string;
}

/** One region's МСК: the zone-1 central meridian, the false easting of zone 1 and the false northing. */
interface RegionSystem {
  readonly code: string;
  readonly region: { readonly ru: string; readonly en: string };
  readonly firstMeridian: number;
  readonly firstFalseEasting: number;
  readonly falseNorthing: number;
  /** Where this parameter set comes from. */
  readonly source: string;
}

const GIS_LAB_TABLE = 'GIS-Lab МСК parameter table (MAPINFOW.PRJ form)';

const REGION_SOURCES: Readonly<Record<string, RegionSystem>> = {
  // МСК-62: zone 1 on 38°29′ E; false northing −5 612 900.566 m (GIS-Lab table: −5 612 900.56).
  '62': { code: '62', region: { ru: 'Рязанская область', en: 'Ryazan oblast' }, firstMeridian: 38.48333333333, firstFalseEasting: 1_250_000, falseNorthing: -5_612_900.566, source: GIS_LAB_TABLE },
  // МСК-50: also as in public proj4 strings for ЕГРН extracts of Московская область.
  '50': { code: '50', region: { ru: 'Московская область', en: 'Moscow oblast' }, firstMeridian: 35.48333333333, firstFalseEasting: 1_250_000, falseNorthing: -5_712_900.566, source: `${GIS_LAB_TABLE}; public proj4 strings` },
  '71': { code: '71', region: { ru: 'Тульская область', en: 'Tula oblast' }, firstMeridian: 35.48333333333, firstFalseEasting: 1_250_000, falseNorthing: -5_612_900.563, source: GIS_LAB_TABLE },
  // МСК-33 derived from СК-63 (the СК-95 variant is a different system, not listed here).
  '33': { code: '33', region: { ru: 'Владимирская область', en: 'Vladimir oblast' }, firstMeridian: 38.55, firstFalseEasting: 1_250_000, falseNorthing: -5_814_743.504, source: GIS_LAB_TABLE },
  '48': { code: '48', region: { ru: 'Липецкая область', en: 'Lipetsk oblast' }, firstMeridian: 38.48333333333, firstFalseEasting: 1_250_000, falseNorthing: -5_412_900.566, source: GIS_LAB_TABLE },
  '68': { code: '68', region: { ru: 'Тамбовская область', en: 'Tambov oblast' }, firstMeridian: 41.48333333333, firstFalseEasting: 1_250_000, falseNorthing: -5_412_900.56, source: GIS_LAB_TABLE },
  // МСК-58: also as in public proj4 strings (zones 1–3 share y_0; only zones 1 and 2 cover the oblast).
  '58': { code: '58', region: { ru: 'Пензенская область', en: 'Penza oblast' }, firstMeridian: 43.05, firstFalseEasting: 1_300_000, falseNorthing: -5_514_743.504, source: `${GIS_LAB_TABLE}; public proj4 strings` },
  '13': { code: '13', region: { ru: 'Республика Мордовия', en: 'Republic of Mordovia' }, firstMeridian: 44.55, firstFalseEasting: 1_250_000, falseNorthing: -5_614_743.504, source: GIS_LAB_TABLE },
};

function zoneOf(key: CadastralZoneKey): CadastralZone {
  const [, code = '', zoneText = ''] = key.split('-');
  const system = REGION_SOURCES[code];
  if (system === undefined) throw new RangeError(`No МСК parameters for ${key}`);
  const zone = Number(zoneText);
  const centralMeridian = Number((system.firstMeridian + 3 * (zone - 1)).toFixed(11));
  const falseEasting = system.firstFalseEasting + 1_000_000 * (zone - 1);
  return {
    label: { ru: `МСК-${code}, зона ${zone} (${system.region.ru})`, en: `MSK-${code} zone ${zone} (${system.region.en})` },
    shortLabel: { ru: `МСК-${code}, зона ${zone}`, en: `MSK-${code} zone ${zone}` },
    centralMeridian,
    coversLongitude: [centralMeridian - 1.5, centralMeridian + 1.5],
    proj4: `${KRASSOVSKY_TM} +lon_0=${centralMeridian} +x_0=${falseEasting} +y_0=${system.falseNorthing} ${TOWGS84}`,
  };
}

export const CADASTRAL_ZONES: Readonly<Record<CadastralZoneKey, CadastralZone>> = Object.fromEntries(
  CADASTRAL_ZONE_KEYS.map((key) => [key, zoneOf(key)]),
) as Record<CadastralZoneKey, CadastralZone>;

/** Where the parameters of a zone come from (for the table's documentation and the tests). */
export function zoneSource(key: CadastralZoneKey): string {
  return REGION_SOURCES[key.split('-')[1] ?? '']?.source ?? '';
}

/** The zones of Рязанская МСК-62, the default region of the first users' parks. */
export const RYAZAN_ZONE_KEYS: readonly CadastralZoneKey[] = ['MSK-62-1', 'MSK-62-2'];

/** Industrial park «Рязанский» (≈ 39.6° E) lies in zone 1, whose central meridian is 38°29′ E. */
export const RYAZAN_DEFAULT_ZONE: CadastralZoneKey = 'MSK-62-1';

/** Narrows a stored key (Park.cadastralCrs) to a known zone; also accepts «МСК-50-1» and lower case. */
export function isCadastralZone(key: string): key is CadastralZoneKey {
  return (CADASTRAL_ZONE_KEYS as readonly string[]).includes(key);
}

/** A zone key from how planners write it: MSK-50-1, msk-50-1, МСК-50-1, «МСК-50, зона 1». */
export function cadastralZoneFromName(name: string): CadastralZoneKey | null {
  const match = /^\s*(?:MSK|МСК)[\s-]*(\d{2})[\s,-]*(?:зона|zone)?\s*(\d)\s*$/iu.exec(name);
  if (match === null) return null;
  const key = `MSK-${match[1]}-${match[2]}`;
  return isCadastralZone(key) ? key : null;
}

/**
 * The zone among `keys` whose longitude band holds `lon`, or null when none does.
 *
 * @example
 * cadastralZoneForLongitude(39.6); // 'MSK-62-1'
 */
export function cadastralZoneForLongitude(lon: number, keys: readonly CadastralZoneKey[] = RYAZAN_ZONE_KEYS): CadastralZoneKey | null {
  for (const key of keys) {
    const [west, east] = CADASTRAL_ZONES[key].coversLongitude;
    if (lon >= west && lon < east) return key;
  }
  return null;
}
