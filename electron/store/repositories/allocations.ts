import type Database from 'better-sqlite3';
import type { Allocation } from '../../../shared/domain/allocation';
import type { AllocationId, PlotId, ResidentId } from '../../../shared/domain/ids';
import type { ContentsKeeper } from '../gpkg/contents';
import { expectChanged } from './rowValues';

/** An allocation to insert: everything but the id the file gives it. */
export type NewAllocation = Omit<Allocation, 'id'>;

/**
 * Allocations of plots to residents (attribute table `allocations`). Ended allocations stay as history.
 * Active means no end date or an end date after `asOf` (default: today, local time), as in the domain.
 */
export interface AllocationRepository {
  /** Every allocation, history included, oldest first. */
  list(): Allocation[];
  /** Every allocation of one plot, history included, oldest first. */
  listByPlot(plotId: PlotId): Allocation[];
  /** The allocations of one plot active on `asOf` (YYYY-MM-DD); normally none or one. */
  listActiveByPlot(plotId: PlotId, asOf?: string): Allocation[];
  /** Every allocation active on `asOf` (YYYY-MM-DD) across the project. */
  listActive(asOf?: string): Allocation[];
  listByResident(residentId: ResidentId): Allocation[];
  get(id: AllocationId): Allocation | null;
  /** Inserts an allocation; a second open-ended one on the same plot is refused by the file. */
  insert(allocation: NewAllocation): Allocation;
  /** Ends an allocation on `endDate` (YYYY-MM-DD), keeping it as history. */
  end(id: AllocationId, endDate: string): Allocation;
  remove(id: AllocationId): void;
}

interface AllocationRow {
  fid: number;
  plot_id: number;
  resident_id: number;
  kind: Allocation['kind'];
  agreement_no: string;
  start_date: string;
  end_date: string | null;
}

const TABLE = 'allocations';
const COLUMNS = 'fid, plot_id, resident_id, kind, agreement_no, start_date, end_date';
const ORDER = 'ORDER BY start_date, fid';

/** Today's date in local time as YYYY-MM-DD: a planner's "today" is the date on their wall. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function toAllocation(row: AllocationRow): Allocation {
  return {
    id: row.fid as AllocationId,
    plotId: row.plot_id as PlotId,
    residentId: row.resident_id as ResidentId,
    kind: row.kind,
    agreementNo: row.agreement_no,
    startDate: row.start_date,
    endDate: row.end_date,
  };
}

/** Creates the allocations repository on an open project database. */
export function createAllocationRepository(db: Database.Database, contents: ContentsKeeper): AllocationRepository {
  const select = (where: string): Database.Statement => db.prepare(`SELECT ${COLUMNS} FROM allocations ${where} ${ORDER}`);
  const listAllRows = select('');
  const listPlot = select('WHERE plot_id = ?');
  // Active as shared/park/activeAllocation.ts says: started, and not yet past its end date (inclusive).
  const listActivePlot = select('WHERE plot_id = :plotId AND start_date <= :asOf AND (end_date IS NULL OR end_date >= :asOf)');
  const listActiveAll = select('WHERE start_date <= :asOf AND (end_date IS NULL OR end_date >= :asOf)');
  const listResident = select('WHERE resident_id = ?');
  const getOne = db.prepare(`SELECT ${COLUMNS} FROM allocations WHERE fid = ?`);
  const insertOne = db.prepare(
    `INSERT INTO allocations (plot_id, resident_id, kind, agreement_no, start_date, end_date)
     VALUES (:plotId, :residentId, :kind, :agreementNo, :startDate, :endDate)`,
  );
  const endOne = db.prepare('UPDATE allocations SET end_date = ? WHERE fid = ?');
  const removeOne = db.prepare('DELETE FROM allocations WHERE fid = ?');

  const many = (rows: unknown[]): Allocation[] => (rows as AllocationRow[]).map(toAllocation);
  const get = (id: AllocationId): Allocation | null => {
    const row = getOne.get(id) as AllocationRow | undefined;
    return row === undefined ? null : toAllocation(row);
  };
  const stored = (id: number): Allocation => {
    const allocation = get(id as AllocationId);
    if (allocation === null) throw new Error(`allocation ${id} does not exist`);
    return allocation;
  };

  return {
    list: () => many(listAllRows.all()),
    listByPlot: (plotId) => many(listPlot.all(plotId)),
    listActiveByPlot: (plotId, asOf = todayIso()) => many(listActivePlot.all({ plotId, asOf })),
    listActive: (asOf = todayIso()) => many(listActiveAll.all({ asOf })),
    listByResident: (residentId) => many(listResident.all(residentId)),
    get,
    insert: db.transaction((allocation: NewAllocation): Allocation => {
      const { lastInsertRowid } = insertOne.run({
        plotId: allocation.plotId,
        residentId: allocation.residentId,
        kind: allocation.kind,
        agreementNo: allocation.agreementNo,
        startDate: allocation.startDate,
        endDate: allocation.endDate,
      });
      contents.touch(TABLE);
      return stored(Number(lastInsertRowid));
    }),
    end: db.transaction((id: AllocationId, endDate: string): Allocation => {
      expectChanged(endOne.run(endDate, id).changes, `allocation ${id}`);
      contents.touch(TABLE);
      return stored(id);
    }),
    remove: db.transaction((id: AllocationId): void => {
      expectChanged(removeOne.run(id).changes, `allocation ${id}`);
      contents.touch(TABLE);
    }),
  };
}
