import type { ProtectionZoneRow, ProtectionZoneTable } from '../../../shared/park/protectionZones';

/**
 * The table with one row's half-width changed; the row keeps its `source`, so an edited width still
 * says which regulation it departs from.
 *
 * @example
 * withHalfWidth(DEFAULT_PROTECTION_ZONES, 11, 4)[11]; // { network: 'gas', halfWidthM: 4, source: 'ПП РФ … № 878 …' }
 */
export function withHalfWidth(table: ProtectionZoneTable, index: number, halfWidthM: number): ProtectionZoneTable {
  return table.map((row, i) => (i === index ? { ...row, halfWidthM } : row));
}

/** The rows whose half-width differs from the reference table, by index. */
export function editedRows(table: ProtectionZoneTable, reference: ProtectionZoneTable): ReadonlySet<number> {
  return new Set(table.flatMap((row, i) => (row.halfWidthM === reference[i]?.halfWidthM ? [] : [i])));
}

/** What a row applies to beyond its network, for the table's class column; null when it is the catch-all. */
export type ZoneRowClass =
  | { readonly kind: 'kv'; readonly from: number; readonly to: number; readonly construction?: ProtectionZoneRow['construction'] }
  | { readonly kind: 'construction'; readonly construction: NonNullable<ProtectionZoneRow['construction']> }
  | null;

export function zoneRowClass(row: ProtectionZoneRow): ZoneRowClass {
  if (row.aboveKv !== undefined || row.upToKv !== undefined) {
    return { kind: 'kv', from: row.aboveKv ?? 0, to: row.upToKv ?? Infinity, ...(row.construction === undefined ? {} : { construction: row.construction }) };
  }
  return row.construction === undefined ? null : { kind: 'construction', construction: row.construction };
}
