import Database from 'better-sqlite3';

/** A trigger or view in a project file that neither ParkPlan's schema nor a GeoPackage extension made. */
export interface ForeignObject {
  readonly type: 'trigger' | 'view';
  readonly name: string;
  readonly table: string;
}

/** The triggers ParkPlan's migrations create (electron/store/schema). */
const OUR_TRIGGERS: ReadonlySet<string> = new Set(['residents_inn_unique_insert', 'residents_inn_unique_update', 'allocations_one_open_insert', 'allocations_one_open_update']);

/**
 * GeoPackage extensions' own triggers: the R-tree index's (rtree_<table>_<column>_insert, _update1…7,
 * _delete, on the table the index belongs to), GDAL's feature-count ones (gpkg_ogr_contents) and the
 * core's gpkg_* metadata and tile-matrix checks.
 */
function isExtensionTrigger(name: string, table: string): boolean {
  const rtree = /^rtree_(.+)_[^_]+_(insert|update\d|delete)$/.exec(name);
  if (rtree !== null) return rtree[1] === table;
  return /^trigger_(insert|delete)_feature_count_/.test(name) || name.startsWith('gpkg_');
}

/**
 * Lists what another tool left in the file that would run on every edit and outside undo (a trigger
 * inserting residents on each plot update) or stand where ParkPlan expects its data (a view).
 */
export function listForeignObjects(db: Database.Database): ForeignObject[] {
  const rows = db.prepare("SELECT type, name, tbl_name AS tableName FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY type, name").all() as {
    type: 'trigger' | 'view';
    name: string;
    tableName: string;
  }[];
  return rows
    .filter((row) => (row.type === 'view' ? true : !OUR_TRIGGERS.has(row.name) && !isExtensionTrigger(row.name, row.tableName)))
    .map((row) => ({ type: row.type, name: row.name, table: row.tableName }));
}

/** Drops the foreign triggers and views of `file`, all in one transaction; returns what was dropped. */
export function dropForeignObjects(file: string, nativeBinding?: string): ForeignObject[] {
  const db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return db.transaction(() => {
      const foreign = listForeignObjects(db);
      for (const object of foreign) db.exec(`DROP ${object.type === 'view' ? 'VIEW' : 'TRIGGER'} "${object.name.replaceAll('"', '""')}"`);
      return foreign;
    }).immediate();
  } finally {
    db.close();
  }
}

/** How a planner reads the list: "trigger t1 on plots, view v1". */
export const describeForeignObjects = (objects: readonly ForeignObject[]): string =>
  objects.map((object) => (object.type === 'trigger' ? `trigger ${object.name} on ${object.table}` : `view ${object.name}`)).join(', ');
