import proj4 from 'proj4';
import { CADASTRAL_ZONES, cadastralZoneFromName, isCadastralZone } from './cadastralZones';

/*
 * A park's cadastral CRS as stored (Park.cadastralCrs): a zone key of the МСК table (MSK-62-1), or a
 * planner's own proj4 string or WKT (proj4 parses both). Everything that needs the CRS — areas, the
 * coordinate-list reader, the Rosreestr import, the PDF grid — resolves the stored text here.
 */

type Wording = { readonly ru: string; readonly en: string };

export interface CadastralCrs {
  /** The stored text: a zone key, or the proj4/WKT itself. */
  readonly key: string;
  /** «МСК-62, зона 1 (Рязанская область)», or the WKT's name, or «proj4: +proj=tmerc …». */
  readonly label: Wording;
  /** What stands beside an area: «МСК-62, зона 1». */
  readonly shortLabel: Wording;
  /** proj4 string or WKT for proj4. */
  readonly definition: string;
  /** The longitudes the zone is meant for; null for a custom CRS. */
  readonly coversLongitude: readonly [number, number] | null;
}

const resolved = new Map<string, CadastralCrs | null>();

function customLabel(text: string): Wording {
  const wktName = /^\s*[A-Z_]+\[\s*"([^"]*)"/i.exec(text)?.[1];
  if (wktName !== undefined) return { ru: wktName, en: wktName };
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return { ru: `proj4: ${short}`, en: `proj4: ${short}` };
}

function isCustomDefinition(text: string): boolean {
  return text.startsWith('+') || /^[A-Z_]+(CRS)?\[/i.test(text);
}

function resolve(text: string): CadastralCrs | null {
  const key = isCadastralZone(text) ? text : cadastralZoneFromName(text);
  if (key !== null) {
    const zone = CADASTRAL_ZONES[key];
    return { key, label: zone.label, shortLabel: zone.shortLabel, definition: zone.proj4, coversLongitude: zone.coversLongitude };
  }
  if (!isCustomDefinition(text)) return null;
  try {
    const probe = proj4('WGS84', text).forward([40, 55]);
    if (!probe.every(Number.isFinite)) return null;
  } catch {
    return null;
  }
  const label = customLabel(text);
  return { key: text, label, shortLabel: label, definition: text, coversLongitude: null };
}

/**
 * The CRS a stored key or a planner's text names, or null when it names none proj4 can read.
 *
 * @example
 * cadastralCrsOf('MSK-50-1')?.shortLabel.ru; // 'МСК-50, зона 1'
 * cadastralCrsOf('+proj=tmerc +lon_0=39 +ellps=krass')?.coversLongitude; // null
 */
export function cadastralCrsOf(text: string | null | undefined): CadastralCrs | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  let crs = resolved.get(trimmed);
  if (crs === undefined) {
    crs = resolve(trimmed);
    resolved.set(trimmed, crs);
  }
  return crs;
}
