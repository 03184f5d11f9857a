import { cadastralCrsOf } from '../../../shared/crs/cadastralCrs';
import type { AreaGeometry } from '../../../shared/domain/geometry';
import { DEFAULT_CODE_PREFIX, type Park } from '../../../shared/domain/park';
import type { ProjectStore } from '../../store/project';
import { RefusedError } from '../refusals/refusedError';

/*
 * A planner's own park: added with its name, boundary, cadastral CRS, declared area and plot code
 * prefix, and removed again while nothing is allocated in it. Every field is checked before anything is
 * written, so a refusal leaves the project as it was.
 */

export interface NewParkRequest {
  readonly name: string;
  readonly boundary: AreaGeometry;
  /** An МСК zone key or name, a proj4 string or WKT; null or 'EPSG:4326' for none. */
  readonly cadastralCrs: string | null;
  readonly declaredAreaHa: number | null;
  /** Null takes DEFAULT_CODE_PREFIX. */
  readonly codePrefix: string | null;
  readonly region?: string;
}

/** Names compare without case, ё as е and surrounding spaces («рязанский» is «Рязанский »). */
export const foldedParkName = (name: string): string => name.trim().toLocaleLowerCase('ru').replaceAll('ё', 'е');

/** 1–8 letters or digits, an optional dash at the end: «П-», «ZU», «А1-». */
const PREFIX = /^[\p{L}\p{N}]{1,8}-?$/u;

/** The stored CRS key, or null; degrees are no cadastral CRS and an unknown text is refused. */
function parkCrs(text: string | null): string | null {
  if (text === null || /^(EPSG:)?4326$|^WGS84$/i.test(text.trim())) return null;
  const crs = cadastralCrsOf(text);
  if (crs === null) throw new RefusedError('cadastre.crs.unknown', { text: text.trim().slice(0, 80) });
  if (/\+proj=(longlat|latlong)|^\s*GEOG(CS|CRS)\[/i.test(crs.definition)) throw new RefusedError('park.crs.geographic', { crs: crs.shortLabel.en });
  return crs.key;
}

/** A park's own fields, checked and tidied: what addPark and the app's park form write. */
export interface CheckedParkFields {
  readonly name: string;
  readonly declaredAreaHa: number | null;
  readonly codePrefix: string;
  readonly cadastralCrs: string | null;
}

/** Checks a park's fields, refusing the first that is wrong; nothing is written. */
export function checkParkFields(fields: Pick<NewParkRequest, 'name' | 'cadastralCrs' | 'declaredAreaHa' | 'codePrefix'>): CheckedParkFields {
  const name = fields.name.trim();
  if (name === '') throw new RefusedError('park.name.empty');
  const declared = fields.declaredAreaHa;
  if (declared !== null && !(Number.isFinite(declared) && declared > 0)) throw new RefusedError('park.declared.invalid', { text: String(declared) });
  const codePrefix = fields.codePrefix?.trim() ?? DEFAULT_CODE_PREFIX;
  if (!PREFIX.test(codePrefix)) throw new RefusedError('park.prefix.invalid', { prefix: codePrefix });
  return { name, declaredAreaHa: declared, codePrefix, cadastralCrs: parkCrs(fields.cadastralCrs) };
}

/** Refuses a name another park of the project has (`except`: the park being renamed). */
export function refuseTakenParkName(store: ProjectStore, name: string, except?: Park['id']): void {
  if (store.parks.list().some((park) => park.id !== except && foldedParkName(park.name) === foldedParkName(name))) throw new RefusedError('park.name.taken', { park: name });
}

/**
 * Adds a park and returns it as stored.
 *
 * @example
 * addPark(store, { name: 'Технопарк', boundary, cadastralCrs: 'MSK-62-1', declaredAreaHa: 120, codePrefix: 'Т-' });
 */
export function addPark(store: ProjectStore, request: NewParkRequest): Park {
  const fields = checkParkFields(request);
  return store.transaction(() => {
    refuseTakenParkName(store, fields.name);
    return store.parks.insert({ ...fields, region: request.region ?? '', illustrative: false, boundary: request.boundary });
  });
}

/** How many allocations a refusal names before it says "and N more". */
const NAMED_ALLOCATIONS = 10;

/**
 * Removes a park with its plots, spurs, lines and parcels. Refused while any plot of it has an
 * allocation (current, past or future), naming them: they are the residents' history and go only by hand.
 */
export function removePark(store: ProjectStore, park: Park): void {
  store.transaction(() => {
    const plots = store.plots.listByPark(park.id);
    const held = plots.flatMap((plot) =>
      store.allocations.listByPlot(plot.id).map((allocation) => {
        const resident = store.residents.get(allocation.residentId)?.name ?? `resident ${allocation.residentId}`;
        return `${plot.code} — ${resident} (${allocation.kind}${allocation.agreementNo === '' ? '' : ` №${allocation.agreementNo}`}, from ${allocation.startDate})`;
      }),
    );
    if (held.length > 0) {
      const more = held.length > NAMED_ALLOCATIONS ? `, and ${held.length - NAMED_ALLOCATIONS} more` : '';
      throw new RefusedError('park.remove.allocated', { park: park.name, allocations: held.slice(0, NAMED_ALLOCATIONS).join('; ') + more });
    }
    store.parks.remove(park.id);
  });
}
