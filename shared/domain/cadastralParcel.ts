import type { MultiPolygonGeometry } from './geometry';
import type { ParkId } from './ids';

/** Id of a row of `cadastral_parcels`. */
export type CadastralParcelId = number & { readonly __brand: 'CadastralParcelId' };

/**
 * A land parcel as the ЕГРН records it, read from a Rosreestr extract: reference data beside the plots,
 * never edited by the plot tools. The outline is in WGS84, converted from the extract's МСК X/Y with the
 * CRS the planner chose at import (`sourceCrs`).
 */
export interface CadastralParcel {
  readonly id: CadastralParcelId;
  readonly parkId: ParkId;
  /** 62:15:0060201:123 */
  readonly cadastralNumber: string;
  /** The declared (уточнённая/декларированная) area, m², as the extract states it. */
  readonly declaredAreaM2: number | null;
  /** The stated inaccuracy of that area (± m²). */
  readonly areaInaccuracyM2: number | null;
  /** Land category: the code and, where the extract has it, its wording. */
  readonly category: string;
  readonly permittedUse: string;
  readonly address: string;
  /** Record state: «актуальные», «учтенный», or the KPT's State code (01, 06 …). */
  readonly state: string;
  /** The extract's file name and its format (KPT_v10, extract_cadastral_plan_territory, …). */
  readonly source: string;
  /** The CRS the X/Y were read in (an МСК zone key, or the proj4/WKT). */
  readonly sourceCrs: string;
  readonly geometry: MultiPolygonGeometry;
}

export type NewCadastralParcel = Omit<CadastralParcel, 'id'>;

/** What an extract states about a parcel besides its number and outline. */
export const PARCEL_RECORD_FIELDS = ['declaredAreaM2', 'areaInaccuracyM2', 'category', 'permittedUse', 'address', 'state'] as const;
export type ParcelRecord = Pick<CadastralParcel, (typeof PARCEL_RECORD_FIELDS)[number]>;

/** Those fields of anything that has them (a parcel read from an extract), and nothing else. */
export const parcelRecordOf = (from: ParcelRecord): ParcelRecord =>
  Object.fromEntries(PARCEL_RECORD_FIELDS.map((field) => [field, from[field]])) as unknown as ParcelRecord;
