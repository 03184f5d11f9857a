import { z } from 'zod';
import type { ParkId } from '../domain/ids';
import { parkIdField } from './requestFields';

/** `park:report`: the balance sheet of one park; rail distances judged against `railThresholdM` (default 50 m). */
export interface ParkReportRequest {
  readonly parkId: ParkId;
  readonly railThresholdM?: number;
}

export const parkReportSchema: z.ZodType<ParkReportRequest, unknown> = z
  .object({ parkId: parkIdField, railThresholdM: z.number().finite().positive().max(10_000).optional() })
  .strict();
