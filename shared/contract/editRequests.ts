import { formatMessage, message, type Message } from '../messages/message';
import { z } from 'zod';
import { CADASTRAL_ZONE_KEYS, type CadastralZoneKey } from '../crs/cadastralZones';
import type { LineStringGeometry, PolygonGeometry } from '../domain/geometry';
import type { ParkId, PlotId, RailSpurId, UtilityLineId } from '../domain/ids';
import { PLOT_STATUSES, PLOT_ZONES, type PlotStatus, type PlotZone } from '../domain/plot';
import { RAIL_SPUR_STATUSES, type RailSpurStatus } from '../domain/railSpur';
import { NETWORKS, UTILITY_STATUSES, type Network, type UtilityStatus } from '../domain/utility';
import { lineStringField, polygonField } from './geometryFields';
import { capacityField, parkIdField, plotIdField } from './requestFields';

/** ЕГРН cadastral number: district, area, quarter (6 or 7 digits), plot, e.g. 62:15:0000000:123. */
export const CADASTRAL_NUMBER_PATTERN = /^\d{2}:\d{2}:\d{6,7}:\d+$/;

/** What is wrong with a cadastral number, naming the field, or null when it is well formed. */
export function cadastralNumberProblem(value: string): Message | null {
  return CADASTRAL_NUMBER_PATTERN.test(value) ? null : message('plot.cadastralNumberInvalid', { value });
}

export interface PlotCreateRequest {
  readonly parkId: ParkId;
  readonly geometry: PolygonGeometry;
  /** Left out: the next free code «Н-1», «Н-2»… of the park. */
  readonly code?: string;
  readonly status?: PlotStatus;
  readonly zone?: PlotZone;
  readonly notes?: string;
  /** Clip the new plot against the plots already there (the largest piece is kept). */
  readonly avoidOverlaps?: boolean;
}

export interface PlotGeometryUpdateRequest {
  readonly plotId: PlotId;
  readonly geometry: PolygonGeometry;
  readonly avoidOverlaps?: boolean;
}

export interface PlotAttributesPatch {
  readonly code?: string;
  /** null (or an empty string) clears it. */
  readonly cadastralNumber?: string | null;
  readonly status?: PlotStatus;
  readonly zone?: PlotZone;
  readonly notes?: string;
}

export interface PlotAttributesUpdateRequest {
  readonly plotId: PlotId;
  readonly patch: PlotAttributesPatch;
}

export interface PlotIdRequest {
  readonly plotId: PlotId;
}

export interface PlotSplitRequest {
  readonly plotId: PlotId;
  readonly line: LineStringGeometry;
}

export interface PlotMergeRequest {
  readonly plotIds: readonly [PlotId, PlotId];
}

/** Exactly one of `count` (plots of equal area) and `targetAreaM2` (plots of that area and the rest). */
export interface PlotSubdivideRequest {
  readonly plotId: PlotId;
  /** Edge i of the outer ring runs from vertex i to i + 1 (0-based); cuts are perpendicular to it. */
  readonly baseEdgeIndex: number;
  readonly count?: number;
  readonly targetAreaM2?: number;
}

export const COORDINATE_SYSTEMS = ['WGS84', ...CADASTRAL_ZONE_KEYS] as const;
export type CoordinateSystem = 'WGS84' | CadastralZoneKey;

export interface PlotFromCoordinatesRequest {
  readonly parkId: ParkId;
  /** Replace this plot's outline; left out, a new plot is created. */
  readonly plotId?: PlotId;
  /** "N X Y" lines of a cadastral extract (metres, X north), or "lon lat" / "lat lon" degree lines. */
  readonly text: string;
  /** A CoordinateSystem, or any МСК zone name, proj4 string or WKT the list's metres are in. */
  readonly crs: CoordinateSystem | (string & Record<never, never>);
}

export interface RailSpurCreateRequest {
  readonly parkId: ParkId;
  readonly name: string;
  readonly status: RailSpurStatus;
  readonly station: string;
  readonly geometry: LineStringGeometry;
}

export interface RailSpurGeometryUpdateRequest {
  readonly railSpurId: RailSpurId;
  readonly geometry: LineStringGeometry;
}

export interface RailSpurIdRequest {
  readonly railSpurId: RailSpurId;
}

export interface UtilityLineCreateRequest {
  readonly parkId: ParkId;
  readonly network: Network;
  readonly name: string;
  readonly capacity: number | null;
  readonly serviceClass: string;
  readonly status: UtilityStatus;
  readonly geometry: LineStringGeometry;
}

export interface UtilityLineGeometryUpdateRequest {
  readonly utilityLineId: UtilityLineId;
  readonly geometry: LineStringGeometry;
}

export interface UtilityLineIdRequest {
  readonly utilityLineId: UtilityLineId;
}

export interface ParkIdRequest {
  readonly parkId: ParkId;
}

const positiveInt = z.number().int().positive();
const railSpurIdField = positiveInt.transform((n) => n as RailSpurId);
const utilityLineIdField = positiveInt.transform((n) => n as UtilityLineId);
const codeField = z.string().trim().min(1, 'the plot code is empty').max(50);
const nameField = z.string().trim().min(1, 'the name is empty').max(200);
const notesField = z.string().max(10_000);
const cadastralNumberField = z
  .string()
  .trim()
  .nullable()
  .transform((value) => (value === '' ? null : value))
  .superRefine((value, context) => {
    const problem = value === null ? null : cadastralNumberProblem(value);
    if (problem !== null) context.addIssue({ code: 'custom', message: formatMessage('en', problem) });
  });

export const plotCreateSchema: z.ZodType<PlotCreateRequest, unknown> = z
  .object({
    parkId: parkIdField,
    geometry: polygonField,
    code: codeField.optional(),
    status: z.enum(PLOT_STATUSES).optional(),
    zone: z.enum(PLOT_ZONES).optional(),
    notes: notesField.optional(),
    avoidOverlaps: z.boolean().optional(),
  })
  .strict();

export const plotGeometryUpdateSchema: z.ZodType<PlotGeometryUpdateRequest, unknown> = z
  .object({ plotId: plotIdField, geometry: polygonField, avoidOverlaps: z.boolean().optional() })
  .strict();

export const plotAttributesUpdateSchema: z.ZodType<PlotAttributesUpdateRequest, unknown> = z
  .object({
    plotId: plotIdField,
    patch: z
      .object({
        code: codeField.optional(),
        cadastralNumber: cadastralNumberField.optional(),
        status: z.enum(PLOT_STATUSES).optional(),
        zone: z.enum(PLOT_ZONES).optional(),
        notes: notesField.optional(),
      })
      .strict(),
  })
  .strict();

export const plotIdSchema: z.ZodType<PlotIdRequest, unknown> = z.object({ plotId: plotIdField }).strict();

export const plotSplitSchema: z.ZodType<PlotSplitRequest, unknown> = z.object({ plotId: plotIdField, line: lineStringField }).strict();

export const plotMergeSchema: z.ZodType<PlotMergeRequest, unknown> = z
  .object({
    plotIds: z.tuple([plotIdField, plotIdField]).refine(([a, b]) => a !== b, { message: 'a plot cannot be merged with itself' }),
  })
  .strict();

export const plotSubdivideSchema: z.ZodType<PlotSubdivideRequest, unknown> = z
  .object({
    plotId: plotIdField,
    baseEdgeIndex: z.number().int().nonnegative(),
    count: z.number().int().min(2).max(1_000).optional(),
    targetAreaM2: z.number().finite().positive().optional(),
  })
  .strict()
  .refine((request) => (request.count === undefined) !== (request.targetAreaM2 === undefined), {
    path: ['count'],
    message: 'give either count or targetAreaM2',
  });

export const plotFromCoordinatesSchema: z.ZodType<PlotFromCoordinatesRequest, unknown> = z
  .object({
    parkId: parkIdField,
    plotId: plotIdField.optional(),
    text: z.string().min(1, 'the coordinate list is empty').max(2_000_000),
    crs: z.union([z.enum(COORDINATE_SYSTEMS), z.string().min(1).max(8000)]),
  })
  .strict();

export const railSpurCreateSchema: z.ZodType<RailSpurCreateRequest, unknown> = z
  .object({
    parkId: parkIdField,
    name: nameField,
    status: z.enum(RAIL_SPUR_STATUSES),
    station: z.string().trim().max(200),
    geometry: lineStringField,
  })
  .strict();

export const railSpurGeometryUpdateSchema: z.ZodType<RailSpurGeometryUpdateRequest, unknown> = z
  .object({ railSpurId: railSpurIdField, geometry: lineStringField })
  .strict();

export const railSpurIdSchema: z.ZodType<RailSpurIdRequest, unknown> = z.object({ railSpurId: railSpurIdField }).strict();

export const utilityLineCreateSchema: z.ZodType<UtilityLineCreateRequest, unknown> = z
  .object({
    parkId: parkIdField,
    network: z.enum(NETWORKS),
    name: nameField,
    capacity: capacityField.nullable(),
    serviceClass: z.string().trim().max(200),
    status: z.enum(UTILITY_STATUSES),
    geometry: lineStringField,
  })
  .strict();

export const utilityLineGeometryUpdateSchema: z.ZodType<UtilityLineGeometryUpdateRequest, unknown> = z
  .object({ utilityLineId: utilityLineIdField, geometry: lineStringField })
  .strict();

export const utilityLineIdSchema: z.ZodType<UtilityLineIdRequest, unknown> = z.object({ utilityLineId: utilityLineIdField }).strict();

export const parkIdSchema: z.ZodType<ParkIdRequest, unknown> = z.object({ parkId: parkIdField }).strict();
