import type Database from 'better-sqlite3';

/** One numbered step of the ParkPlan schema. `up` runs inside the runner's transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database.Database) => void;
}

/** SQL list of quoted literals for a CHECK (... IN (...)) built from a domain `as const` array. */
export function sqlValues(values: readonly string[]): string {
  return values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
}
