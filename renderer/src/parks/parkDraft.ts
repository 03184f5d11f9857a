import type { ParkFields } from '../../../shared/contract/parkChannels';
import { CADASTRAL_ZONE_KEYS } from '../../../shared/crs/cadastralZones';
import type { PolygonGeometry } from '../../../shared/domain/geometry';

/*
 * The park form as typed (issue 11): text fields as the planner left them, read into the request only
 * on Save. The Node side checks the same fields again and words what is wrong.
 */

export type CadastralZoneKey = (typeof CADASTRAL_ZONE_KEYS)[number];
/** МСК-62 zone 1 or 2 from the list, or a proj4/WKT pasted, or none (areas are then geodesic). */
export type CrsChoice = 'none' | CadastralZoneKey | 'custom';
export type BoundaryMode = 'draw' | 'coordinates' | 'file';

export interface ParkDraft {
  readonly name: string;
  readonly crsChoice: CrsChoice;
  readonly customCrs: string;
  readonly declared: string;
  readonly prefix: string;
  readonly mode: BoundaryMode;
  /** The outline drawn on the map, once drawn. */
  readonly drawn: PolygonGeometry | null;
  readonly coordinates: string;
}

export interface ParkOnForm {
  readonly name: string;
  readonly cadastralCrs: string | null;
  readonly declaredAreaHa: number | null;
  readonly codePrefix: string;
}

/** The form for a new park (`park` absent) or filled from one. */
export function parkDraft(park?: ParkOnForm): ParkDraft {
  const crs = park?.cadastralCrs ?? null;
  const zone = CADASTRAL_ZONE_KEYS.find((key) => key === crs);
  return {
    name: park?.name ?? '',
    crsChoice: crs === null ? (park === undefined ? 'MSK-62-1' : 'none') : (zone ?? 'custom'),
    customCrs: crs !== null && zone === undefined ? crs : '',
    declared: park?.declaredAreaHa === null || park?.declaredAreaHa === undefined ? '' : String(park.declaredAreaHa),
    prefix: park?.codePrefix ?? '',
    mode: 'draw',
    drawn: null,
    coordinates: '',
  };
}

/** The CRS the draft names: a zone key, the pasted text, or null. */
export const draftCrs = (draft: ParkDraft): string | null =>
  draft.crsChoice === 'none' ? null : draft.crsChoice === 'custom' ? (draft.customCrs.trim() === '' ? null : draft.customCrs.trim()) : draft.crsChoice;

/**
 * The park's fields from the draft, or the i18n key of what is wrong. A declared area takes a decimal comma
 * («12,5»); left empty it is unknown.
 *
 * @example
 * parkFieldsOf({ ...parkDraft(), name: 'Технопарк', declared: '12,5' }); // { name: 'Технопарк', declaredAreaHa: 12.5, … }
 */
export function parkFieldsOf(draft: ParkDraft): ParkFields | { readonly problem: 'parks.form.nameNeeded' | 'parks.form.declaredInvalid' | 'parks.form.crsNeeded' } {
  if (draft.name.trim() === '') return { problem: 'parks.form.nameNeeded' };
  const declaredText = draft.declared.trim().replace(',', '.');
  const declared = declaredText === '' ? null : Number(declaredText);
  if (declared !== null && !(Number.isFinite(declared) && declared > 0)) return { problem: 'parks.form.declaredInvalid' };
  if (draft.crsChoice === 'custom' && draft.customCrs.trim() === '') return { problem: 'parks.form.crsNeeded' };
  return { name: draft.name.trim(), cadastralCrs: draftCrs(draft), declaredAreaHa: declared, codePrefix: draft.prefix.trim() === '' ? null : draft.prefix.trim() };
}
