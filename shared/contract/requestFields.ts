import { z } from 'zod';
import type { AllocationId, ParkId, PlotId, ResidentId, UtilityConnectionId } from '../domain/ids';

/*
 * Field schemas the request schemas share. Ids arrive from the untrusted renderer as plain numbers and
 * leave as branded ids.
 */

const positiveInt = z.number().int().positive();
export const parkIdField = positiveInt.transform((n) => n as ParkId);
export const plotIdField = positiveInt.transform((n) => n as PlotId);
export const residentIdField = positiveInt.transform((n) => n as ResidentId);
export const allocationIdField = positiveInt.transform((n) => n as AllocationId);
export const connectionIdField = positiveInt.transform((n) => n as UtilityConnectionId);

/** True when `value` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const isoDateField = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });

/** A capacity or demand in the network's unit: finite and not negative. */
export const capacityField = z.number().finite().nonnegative();
