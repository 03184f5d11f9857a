import type Database from 'better-sqlite3';
import type { ResidentId } from '../../../shared/domain/ids';
import type { Resident } from '../../../shared/domain/resident';
import type { ContentsKeeper } from '../gpkg/contents';
import { tableRows } from './tableRows';

/** A resident to insert: everything but the id the file gives it. */
export type NewResident = Omit<Resident, 'id'>;

/** Resident companies (attribute table `residents`); a non-empty INN is unique. */
export interface ResidentRepository {
  list(): Resident[];
  get(id: ResidentId): Resident | null;
  getByInn(inn: string): Resident | null;
  insert(resident: NewResident): Resident;
  update(resident: Resident): Resident;
  /** Deletes a resident; fails while allocations (history) refer to it — set status 'left' instead. */
  remove(id: ResidentId): void;
}

/** Creates the residents repository on an open project database. */
export function createResidentRepository(db: Database.Database, contents: ContentsKeeper): ResidentRepository {
  const rows = tableRows<Resident>(db, contents, {
    table: 'residents',
    what: 'resident',
    orderBy: 'name, fid',
    fields: {
      id: 'fid',
      name: 'name',
      inn: 'inn',
      ogrn: 'ogrn',
      sector: 'sector',
      okved: 'okved',
      jobsPlanned: 'jobs_planned',
      investmentMRub: 'investment_mrub',
      contact: 'contact',
      status: 'status',
    },
  });
  const byInn = rows.select(`WHERE inn = ? AND inn <> ''`);

  return {
    list: rows.list,
    get: rows.get,
    getByInn: (inn) => byInn.get(inn),
    insert: rows.insert,
    update: rows.update,
    remove: rows.remove,
  };
}
