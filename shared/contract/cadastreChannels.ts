import { z } from 'zod';
import type { ParkId, PlotId } from '../domain/ids';
import type { Reconciliation } from '../park/reconciliation';
import type { EditState } from './editViews';
import { parkIdField } from './requestFields';

/** Plots made from ЕГРН parcels: the park's parcels of these numbers, or every one when left out. */
export interface ParcelPlotsRequest {
  readonly parkId: ParkId;
  readonly cadastralNumbers?: readonly string[];
}

export interface ParcelPlotsCreated {
  /** The plots made, in parcel order; a parcel of several contours makes a plot per contour. */
  readonly plotIds: readonly PlotId[];
  /** Parcels left out because a plot of the park already carries their number. */
  readonly skipped: readonly string[];
  readonly edit: EditState;
}

/** The cadastral channels (issue 12), merged into ChannelMap by channels.ts. */
export interface CadastreChannelMap {
  'parcels:createPlots': [ParcelPlotsRequest, ParcelPlotsCreated];
  'parcels:reconcile': [{ readonly parkId: ParkId }, Reconciliation];
}

const cadastralNumber = z.string().trim().min(1).max(80);

export const cadastreRequestSchemas: { readonly [C in keyof CadastreChannelMap]: z.ZodType<CadastreChannelMap[C][0], unknown> } = {
  'parcels:createPlots': z.object({ parkId: parkIdField, cadastralNumbers: z.array(cadastralNumber).max(100_000).optional() }).strict(),
  'parcels:reconcile': z.object({ parkId: parkIdField }).strict(),
};
