import { z } from 'zod';
import type { ParkId } from '../domain/ids';
import { mapSheetFields } from './mapSheetFields';
import { MAP_ORIENTATIONS, MAP_PAPERS, MAP_SCALE_RANGE, type MapOrientation, type MapPaper, type MapSheetChoices } from './mapSheetLimits';
import { parkIdField } from './requestFields';

/*
 * The export and import dialogs (issue 5). Files cross the boundary as base64 inside JSON, so that the
 * desktop bridge and web mode's POST /api/<channel> carry them the same way.
 */

// The sheet's lists live with its other limits (zod-free, for the CLI); these names stay for existing callers.
export { MAP_ORIENTATIONS, MAP_PAPERS, MAP_SCALE_RANGE, type MapOrientation, type MapPaper } from './mapSheetLimits';
export const MAP_LEGENDS = ['status', 'resident'] as const;
export type MapLegend = (typeof MAP_LEGENDS)[number];
export const EXPORT_FORMATS = ['pdf', 'svg', 'png', 'geojson', 'gpkg', 'kml', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const IMPORT_TARGET_LAYERS = ['plots', 'rail_spurs', 'utility_lines'] as const;
export type ImportTargetLayer = (typeof IMPORT_TARGET_LAYERS)[number];

/** Plot and line fields an import fills from the file's columns (attribute mapping). */
export const MAPPED_FIELDS = ['code', 'status', 'zone', 'cadastralNumber', 'notes', 'name', 'station', 'network', 'capacity', 'serviceClass'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
/**
 * Which column fills which field; a field left out is found by the names engineers commonly use, and a
 * field mapped to null is left empty whatever the file has.
 */
export type FieldMap = Partial<Record<MappedField, string | null>>;
/** The fields each target layer fills, in the order the mapping table lists them. */
export const LAYER_MAPPED_FIELDS: Readonly<Record<ImportTargetLayer, readonly MappedField[]>> = {
  plots: ['code', 'status', 'zone', 'cadastralNumber', 'notes'],
  rail_spurs: ['name', 'status', 'station'],
  utility_lines: ['name', 'network', 'status', 'capacity', 'serviceClass'],
};
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


export interface ExportPreviewRequest extends MapSheetChoices {
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

const mapFields = {
  parkId: parkIdField,
  paper: z.enum(MAP_PAPERS),
  orientation: z.enum(MAP_ORIENTATIONS),
  scale: z.union([z.literal('fit'), z.number().int().min(MAP_SCALE_RANGE[0]).max(MAP_SCALE_RANGE[1])]),
  legendBy: z.enum(MAP_LEGENDS),
  atlas: z.boolean(),
  ...mapSheetFields,
};

export const exportPreviewSchema: z.ZodType<ExportPreviewRequest, unknown> = z.object(mapFields).strict();
export const exportFileSchema: z.ZodType<ExportFileRequest, unknown> = z.object({ ...mapFields, format: z.enum(EXPORT_FORMATS) }).strict();

const columnName = z.string().min(1).max(200);

/** The choices' fields, for every request that carries them. */
export const importChoiceFields = {
  layer: z.enum(IMPORT_TARGET_LAYERS),
  crs: z.string().min(1).max(4000).optional(),
  fieldMap: z.partialRecord(z.enum(MAPPED_FIELDS), columnName.nullable()).optional(),
  swapXY: z.boolean().optional(),
  skipRejected: z.boolean().optional(),
  table: z.string().min(1).max(200).optional(),
  units: z.enum(DXF_UNITS).optional(),
};
