import { z } from 'zod';
import { ALLOCATION_KINDS, type AllocationKind } from '../domain/allocation';
import type { AllocationId, PlotId, ResidentId } from '../domain/ids';
import { allocationIdField, isoDateField, plotIdField, residentIdField } from './requestFields';

/** Allocate one or more plots to a resident under one agreement, all or nothing. */
export interface AllocationCreateRequest {
  readonly residentId: ResidentId;
  readonly plotIds: readonly PlotId[];
  readonly kind: AllocationKind;
  readonly agreementNo: string;
  /** YYYY-MM-DD. */
  readonly startDate: string;
  /** YYYY-MM-DD, inclusive; null or absent for an open-ended allocation. */
  readonly endDate?: string | null;
}

/** End an allocation on `endDate` (inclusive); it stays as history. */
export interface AllocationEndRequest {
  readonly allocationId: AllocationId;
  readonly endDate: string;
}

/** The timeline of one plot or of one resident. */
export type AllocationHistoryRequest = { readonly plotId: PlotId } | { readonly residentId: ResidentId };

export const allocationCreateSchema: z.ZodType<AllocationCreateRequest, unknown> = z
  .object({
    residentId: residentIdField,
    plotIds: z
      .array(plotIdField)
      .min(1, 'name at least one plot')
      .max(500)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'a plot is named twice' }),
    kind: z.enum(ALLOCATION_KINDS),
    agreementNo: z.string().trim().max(100),
    startDate: isoDateField,
    endDate: isoDateField.nullable().optional(),
  })
  .strict()
  .refine((request) => request.endDate == null || request.endDate >= request.startDate, {
    path: ['endDate'],
    message: 'the end date is before the start date',
  });

export const allocationEndSchema: z.ZodType<AllocationEndRequest, unknown> = z
  .object({ allocationId: allocationIdField, endDate: isoDateField })
  .strict();

export const allocationHistorySchema: z.ZodType<AllocationHistoryRequest, unknown> = z.union([
  z.object({ plotId: plotIdField }).strict(),
  z.object({ residentId: residentIdField }).strict(),
]);
