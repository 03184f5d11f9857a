import type Database from 'better-sqlite3';
import type { ContentsKeeper } from '../gpkg/contents';
import { createRowImageRepository, type RowImage } from './rowImages';

/*
 * The rows an edit can change, as the edit journal records and restores them: the row images of
 * rowImages.ts for the tables the editing tools write. Undo and redo write these images back under the
 * same fid.
 */

/**
 * The tables whose rows the editing tools change, parents before children (the order inserts need).
 * Residents are journaled for their edits only: creating one or allocating plots is not undone here.
 * A park's capacities and ЕГРН parcels are journaled for the park's deletion, so undo brings them back.
 */
export const JOURNALED_TABLES = ['parks', 'residents', 'plots', 'rail_spurs', 'utility_lines', 'utility_connections', 'park_capacities', 'cadastral_parcels'] as const;
export type JournaledTable = (typeof JOURNALED_TABLES)[number];

export { MissingRowError, type RowImage, type RowValue } from './rowImages';

/** Reads and writes journaled rows by fid, whatever their columns. */
export interface JournalRowRepository {
  /** The row as it is now, or null when there is none. */
  read(table: JournaledTable, fid: number): RowImage | null;
  /** Inserts the row under its own fid (undoing a delete, redoing an insert). */
  insert(table: JournaledTable, image: RowImage): void;
  /** Writes the given columns of an existing row; throws when the row is gone. */
  update(table: JournaledTable, fid: number, columns: RowImage): void;
  /** Deletes the row; throws when it is already gone. */
  remove(table: JournaledTable, fid: number): void;
  /** The fids of the utility connections of a plot (they go with it when it is deleted). */
  connectionIdsOfPlot(plotId: number): number[];
  /** The fids of a park's capacities and ЕГРН parcels (they go with it when it is deleted). */
  capacityIdsOfPark(parkId: number): number[];
  parcelIdsOfPark(parkId: number): number[];
}

/** Creates the journal's row access on an open project database. */
export function createJournalRowRepository(db: Database.Database, contents: ContentsKeeper): JournalRowRepository {
  const rows = createRowImageRepository(db, contents);
  const connectionIds = db.prepare('SELECT fid FROM utility_connections WHERE plot_id = ? ORDER BY fid').pluck();
  const ofPark = (table: 'park_capacities' | 'cadastral_parcels') => db.prepare(`SELECT fid FROM ${table} WHERE park_id = ? ORDER BY fid`).pluck();
  const capacityIds = ofPark('park_capacities');
  const parcelIds = ofPark('cadastral_parcels');

  return {
    read: (table, fid) => rows.read(table, fid),
    insert(table, image) {
      rows.insert(table, image);
    },
    update: (table, fid, columns) => rows.update(table, fid, columns),
    remove: (table, fid) => rows.remove(table, fid),
    connectionIdsOfPlot: (plotId) => connectionIds.all(plotId) as number[],
    capacityIdsOfPark: (parkId) => capacityIds.all(parkId) as number[],
    parcelIdsOfPark: (parkId) => parcelIds.all(parkId) as number[],
  };
}
