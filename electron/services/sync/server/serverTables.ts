import type { ForeignKey, ImagedTable, TableColumn } from '../../../store/project';

/*
 * How a project table looks on the server: the same name, columns and keys as in the GeoPackage, with
 * PostgreSQL's types (geometry(Polygon, 4326) for a POLYGON column). Built from the project file's own
 * declarations, so a column a later migration adds is published without touching this code.
 */

export interface TableSpec {
  readonly name: ImagedTable;
  readonly columns: readonly TableColumn[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly uniqueKeys: readonly (readonly string[])[];
}

const GEOMETRY_TYPES: Readonly<Record<string, string>> = {
  POLYGON: 'Polygon',
  MULTIPOLYGON: 'MultiPolygon',
  LINESTRING: 'LineString',
};

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** A table or column name of ours, checked so that it can stand in SQL as it is. */
export function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`«${name}» is not a plain SQL name`);
  return name;
}

/** The geometry type of a declared column type, or null for an attribute column. */
export const geometryTypeOf = (column: TableColumn): string | null => GEOMETRY_TYPES[column.type] ?? null;

/** PostgreSQL's type for a column as the GeoPackage declares it. */
export function serverType(column: TableColumn): string {
  const geometry = geometryTypeOf(column);
  if (geometry !== null) return `geometry(${geometry}, 4326)`;
  if (column.type === 'INTEGER' || column.type === 'INT' || column.type === 'MEDIUMINT' || column.type === 'SMALLINT' || column.type === 'TINYINT') return 'bigint';
  if (column.type === 'DOUBLE' || column.type === 'REAL' || column.type === 'FLOAT') return 'double precision';
  if (column.type === 'BOOLEAN') return 'boolean';
  if (column.type === 'DATE') return 'date';
  if (column.type === 'DATETIME') return 'timestamptz';
  return 'text';
}

/** A value as it goes to the server: 0/1 booleans as booleans; geometries are sent as WKB by the caller. */
export function toServerValue(column: TableColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.type === 'BOOLEAN') return value !== 0 && value !== false;
  return value;
}

/** A value as the project file holds it: booleans as 0/1. */
export function fromServerValue(column: TableColumn, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (column.type === 'BOOLEAN') return value === true ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value as string);
}
