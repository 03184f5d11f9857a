import { z } from 'zod';
import type { PolygonGeometry } from '../domain/geometry';
import type { ParkId } from '../domain/ids';
import type { EditState } from './editViews';
import { polygonField } from './geometryFields';
import { parkIdField } from './requestFields';

/*
 * A planner's own park in the app (issue 11 «Parks in the app»): created with its name, cadastral CRS,
 * declared area and plot code prefix, and a boundary drawn on the map, pasted as a coordinate list or
 * read from a file staged by the import upload; renamed, reshaped and deleted. Each is one undoable edit.
 */

export type ParkBoundarySource =
  /** Drawn on the map, or edited with the plot tools: WGS84 degrees. */
  | { readonly kind: 'drawn'; readonly geometry: PolygonGeometry }
  /** A pasted vertex list: "N X Y" in metres of `crs` (an МСК zone, proj4, WKT) or degrees with 'WGS84'. */
  | { readonly kind: 'coordinates'; readonly text: string; readonly crs: string }
  /** A file staged with import:upload: any format the import reads, or a coordinate list. */
  | { readonly kind: 'upload'; readonly uploadId: string; readonly crs?: string; readonly table?: string };

export interface ParkFields {
  readonly name: string;
  /** An МСК zone key (MSK-62-1), a proj4 string or WKT; null for none (areas are then geodesic). */
  readonly cadastralCrs: string | null;
  /** The area in the park's documents, ha; null when not known. */
  readonly declaredAreaHa: number | null;
  /** New plots are coded prefix + number; null takes the default (Н-). */
  readonly codePrefix: string | null;
}

export interface ParkCreateRequest extends ParkFields {
  readonly boundary: ParkBoundarySource;
}

/** Only the fields given change. */
export interface ParkUpdateRequest extends Partial<ParkFields> {
  readonly parkId: ParkId;
  readonly boundary?: ParkBoundarySource;
}

export interface ParkEdited {
  readonly parkId: ParkId;
  readonly edit: EditState;
}

export interface ParkChannelMap {
  'parks:create': [ParkCreateRequest, ParkEdited];
  'parks:update': [ParkUpdateRequest, ParkEdited];
  /** Deletes the park with its plots, lines and parcels; refused while a plot of it is allocated. Undo brings it all back. */
  'parks:delete': [{ readonly parkId: ParkId }, ParkEdited];
}

const crsText = z.string().trim().min(1).max(8000);

const boundarySource: z.ZodType<ParkBoundarySource, unknown> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('drawn'), geometry: polygonField }).strict(),
  z.object({ kind: z.literal('coordinates'), text: z.string().min(1, 'the coordinate list is empty').max(2_000_000), crs: crsText }).strict(),
  z.object({ kind: z.literal('upload'), uploadId: z.string().min(1).max(100), crs: crsText.optional(), table: z.string().min(1).max(200).optional() }).strict(),
]);

const fields = {
  name: z.string().max(200),
  cadastralCrs: crsText.nullable(),
  // Finite only: the service says what is wrong with 0 or a negative area, in the planner's words.
  declaredAreaHa: z.number().finite().nullable(),
  codePrefix: z.string().max(20).nullable(),
};

export const parkRequestSchemas: { readonly [C in keyof ParkChannelMap]: z.ZodType<ParkChannelMap[C][0], unknown> } = {
  'parks:create': z.object({ ...fields, boundary: boundarySource }).strict(),
  'parks:update': z
    .object({
      parkId: parkIdField,
      name: fields.name.optional(),
      cadastralCrs: fields.cadastralCrs.optional(),
      declaredAreaHa: fields.declaredAreaHa.optional(),
      codePrefix: fields.codePrefix.optional(),
      boundary: boundarySource.optional(),
    })
    .strict(),
  'parks:delete': z.object({ parkId: parkIdField }).strict(),
};
