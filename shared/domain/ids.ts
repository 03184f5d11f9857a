/** Branded ids: a plot id cannot be passed where a resident id is expected. */
type Brand<T, B extends string> = T & { readonly __brand: B };

export type ParkId = Brand<number, 'ParkId'>;
export type PlotId = Brand<number, 'PlotId'>;
export type ResidentId = Brand<number, 'ResidentId'>;
export type AllocationId = Brand<number, 'AllocationId'>;
export type RailSpurId = Brand<number, 'RailSpurId'>;
export type UtilityLineId = Brand<number, 'UtilityLineId'>;
export type UtilityConnectionId = Brand<number, 'UtilityConnectionId'>;
export type UnderlayId = Brand<number, 'UnderlayId'>;
