import { z } from 'zod';
import type { ParkId } from '../domain/ids';
import { parkIdField } from './requestFields';

/*
 * The export and import dialogs (issue 5). Files cross the boundary as base64 inside JSON, so that the
 * desktop bridge and web mode's POST /api/<channel> carry them the same way.
 */

export const MAP_PAPERS = ['A4', 'A3', 'A2', 'A1', 'A0'] as const;
export type MapPaper = (typeof MAP_PAPERS)[number];
export const MAP_ORIENTATIONS = ['portrait', 'landscape'] as const;
export type MapOrientation = (typeof MAP_ORIENTATIONS)[number];
export const MAP_LEGENDS = ['status', 'resident'] as const;
export type MapLegend = (typeof MAP_LEGENDS)[number];
export const EXPORT_FORMATS = ['pdf', 'svg', 'png', 'geojson', 'gpkg', 'kml', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const IMPORT_TARGET_LAYERS = ['plots', 'rail_spurs', 'utility_lines'] as const;
export type ImportTargetLayer = (typeof IMPORT_TARGET_LAYERS)[number];

/** Plot and line fields an import fills from the file's columns (attribute mapping). */
export const MAPPED_FIELDS = ['code', 'status', 'zone', 'cadastralNumber', 'notes', 'name', 'station', 'network', 'capacity', 'serviceClass'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
/** Which column fills which field; a field left out is found by the names engineers commonly use. */
export type FieldMap = Partial<Record<MappedField, string>>;
/** Drawing units a planner can name for a DXF whose $INSUNITS is missing or wrong. */
export const DXF_UNITS = ['m', 'mm', 'cm', 'km', 'ft', 'in'] as const;
export type DxfUnit = (typeof DXF_UNITS)[number];

/** What the planner chooses in the import dialog; the same choices as `parkplan import`'s options. */
export interface ImportChoices {
  readonly layer: ImportTargetLayer;
  /** EPSG:4326, MSK-62-1, MSK-62-2, a proj4 string or WKT; absent: what the file declares. */
  readonly crs?: string;
  readonly fieldMap?: FieldMap;
  /** The file's X and Y are the other way round (latitude first, or northing first). */
  readonly swapXY?: boolean;
  /** Import the accepted features and leave the rejected ones out. */
  readonly skipRejected?: boolean;
  /** GeoPackage: which feature table. */
  readonly table?: string;
  /** DXF: the drawing units, overriding $INSUNITS. */
  readonly units?: DxfUnit;
}

/** The true scale range of an allocation map, 1:500 to 1:10 000. */
export const MAP_SCALE_RANGE = [500, 10_000] as const;
/** An upload bigger than this (decoded) is refused; web mode's body limit for the import channels follows. */
export const MAX_IMPORT_BYTES = 48 * 1024 * 1024;

export interface ExportPreviewRequest {
  readonly parkId: ParkId;
  readonly paper: MapPaper;
  readonly orientation: MapOrientation;
  readonly scale: number | 'fit';
  readonly legendBy: MapLegend;
  readonly atlas: boolean;
}

export interface ExportFileRequest extends ExportPreviewRequest {
  readonly format: ExportFormat;
}

export interface ImportRequest extends ImportChoices {
  readonly parkId: ParkId;
  /** The name the planner's file had: its extension picks the reader. */
  readonly fileName: string;
  readonly base64: string;
}

const mapFields = {
  parkId: parkIdField,
  paper: z.enum(MAP_PAPERS),
  orientation: z.enum(MAP_ORIENTATIONS),
  scale: z.union([z.literal('fit'), z.number().int().min(MAP_SCALE_RANGE[0]).max(MAP_SCALE_RANGE[1])]),
  legendBy: z.enum(MAP_LEGENDS),
  atlas: z.boolean(),
};

export const exportPreviewSchema: z.ZodType<ExportPreviewRequest, unknown> = z.object(mapFields).strict();
export const exportFileSchema: z.ZodType<ExportFileRequest, unknown> = z.object({ ...mapFields, format: z.enum(EXPORT_FORMATS) }).strict();

// base64 is 4/3 of the bytes; the pattern keeps anything but base64 out before it reaches a decoder.
const base64Field = z
  .string()
  .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');

const columnName = z.string().min(1).max(200);

/** The choices' fields, for every request that carries them. */
export const importChoiceFields = {
  layer: z.enum(IMPORT_TARGET_LAYERS),
  crs: z.string().min(1).max(4000).optional(),
  fieldMap: z.partialRecord(z.enum(MAPPED_FIELDS), columnName).optional(),
  swapXY: z.boolean().optional(),
  skipRejected: z.boolean().optional(),
  table: z.string().min(1).max(200).optional(),
  units: z.enum(DXF_UNITS).optional(),
};

export const importSchema: z.ZodType<ImportRequest, unknown> = z
  .object({
    parkId: parkIdField,
    fileName: z.string().min(1).max(255),
    base64: base64Field,
    ...importChoiceFields,
  })
  .strict();
