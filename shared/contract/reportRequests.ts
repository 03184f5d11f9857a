import { z } from 'zod';
import type { ParkId } from '../domain/ids';
import { NETWORKS } from '../domain/utility';
import type { PowerConstruction, ProtectionZoneRow, ProtectionZoneTable, ZoneNetwork } from '../park/protectionZones';
import { parkIdField } from './requestFields';

/**
 * `park:report`: the balance sheet of one park; rail distances judged against `railThresholdM` (default 50 m),
 * protection zones drawn from `protectionZones` (default DEFAULT_PROTECTION_ZONES) — the planner's edited table.
 */
export interface ParkReportRequest {
  readonly parkId: ParkId;
  readonly railThresholdM?: number;
  readonly protectionZones?: ProtectionZoneTable;
}

const ZONE_NETWORKS = [...NETWORKS, 'rail'] as const satisfies readonly ZoneNetwork[];
const POWER_CONSTRUCTIONS = ['overhead', 'cable', 'insulated'] as const satisfies readonly PowerConstruction[];
const kvField = z.number().finite().nonnegative().max(2000).optional();

const protectionZoneRowSchema: z.ZodType<ProtectionZoneRow, unknown> = z
  .object({
    network: z.enum(ZONE_NETWORKS),
    aboveKv: kvField,
    upToKv: kvField,
    construction: z.enum(POWER_CONSTRUCTIONS).optional(),
    // A zone is a strip on each side of the axis: wider than a kilometre is a typing slip, not a zone.
    halfWidthM: z.number().finite().positive().max(1000),
    source: z.string().max(1000),
  })
  .strict();

export const parkReportSchema: z.ZodType<ParkReportRequest, unknown> = z
  .object({
    parkId: parkIdField,
    railThresholdM: z.number().finite().positive().max(10_000).optional(),
    protectionZones: z.array(protectionZoneRowSchema).min(1).max(200).optional(),
  })
  .strict();
