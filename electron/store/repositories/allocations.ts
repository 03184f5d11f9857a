import type Database from 'better-sqlite3';
import type { Allocation } from '../../../shared/domain/allocation';
import type { AllocationId, PlotId, ResidentId } from '../../../shared/domain/ids';
import type { ContentsKeeper } from '../gpkg/contents';
import { expectChanged } from './rowValues';
import { tableRows } from './tableRows';

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

const TABLE = 'allocations';

/** Today's date in local time as YYYY-MM-DD: a planner's "today" is the date on their wall. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Creates the allocations repository on an open project database. */
export function createAllocationRepository(db: Database.Database, contents: ContentsKeeper): AllocationRepository {
  const rows = tableRows<Allocation>(db, contents, {
    table: TABLE,
    what: 'allocation',
    orderBy: 'start_date, fid',
    fields: {
      id: 'fid',
      plotId: 'plot_id',
      residentId: 'resident_id',
      kind: 'kind',
      agreementNo: 'agreement_no',
      startDate: 'start_date',
      endDate: 'end_date',
    },
  });
  const listPlot = rows.select('WHERE plot_id = ?');
  // Active as shared/park/activeAllocation.ts says: started, and not yet past its end date (inclusive).
  const listActivePlot = rows.select('WHERE plot_id = :plotId AND start_date <= :asOf AND (end_date IS NULL OR end_date >= :asOf)');
  const listActiveAll = rows.select('WHERE start_date <= :asOf AND (end_date IS NULL OR end_date >= :asOf)');
  const listResident = rows.select('WHERE resident_id = ?');
  const endOne = db.prepare(`UPDATE ${TABLE} SET end_date = ? WHERE fid = ?`);

  return {
    list: rows.list,
    listByPlot: (plotId) => listPlot.all(plotId),
    listActiveByPlot: (plotId, asOf = todayIso()) => listActivePlot.all({ plotId, asOf }),
    listActive: (asOf = todayIso()) => listActiveAll.all({ asOf }),
    listByResident: (residentId) => listResident.all(residentId),
    get: rows.get,
    insert: rows.insert,
    end: db.transaction((id: AllocationId, endDate: string): Allocation => {
      expectChanged(endOne.run(endDate, id).changes, `allocation ${id}`);
      contents.touch(TABLE);
      return rows.stored(id);
    }),
    remove: rows.remove,
  };
}
