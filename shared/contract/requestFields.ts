import { z } from 'zod';
import type { AllocationId, ParkId, PlotId, ResidentId, UtilityConnectionId } from '../domain/ids';
import { isIsoDate } from './calendarDate';

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

export { isIsoDate } from './calendarDate';

export const isoDateField = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });

/** A capacity or demand in the network's unit: finite and not negative. */
export const capacityField = z.number().finite().nonnegative();
