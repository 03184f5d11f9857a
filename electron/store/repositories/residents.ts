import type Database from 'better-sqlite3';
import type { ResidentId } from '../../../shared/domain/ids';
import type { Resident } from '../../../shared/domain/resident';
import type { ContentsKeeper } from '../gpkg/contents';
import { expectChanged } from './rowValues';

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

interface ResidentRow {
  fid: number;
  name: string;
  inn: string;
  ogrn: string | null;
  sector: string;
  okved: string | null;
  jobs_planned: number | null;
  investment_mrub: number | null;
  contact: string;
  status: Resident['status'];
}

const TABLE = 'residents';
const COLUMNS = 'fid, name, inn, ogrn, sector, okved, jobs_planned, investment_mrub, contact, status';

function toResident(row: ResidentRow): Resident {
  return {
    id: row.fid as ResidentId,
    name: row.name,
    inn: row.inn,
    ogrn: row.ogrn,
    sector: row.sector,
    okved: row.okved,
    jobsPlanned: row.jobs_planned,
    investmentMRub: row.investment_mrub,
    contact: row.contact,
    status: row.status,
  };
}

function toParams(resident: NewResident): Record<string, unknown> {
  return {
    name: resident.name,
    inn: resident.inn,
    ogrn: resident.ogrn,
    sector: resident.sector,
    okved: resident.okved,
    jobsPlanned: resident.jobsPlanned,
    investmentMRub: resident.investmentMRub,
    contact: resident.contact,
    status: resident.status,
  };
}

/** Creates the residents repository on an open project database. */
export function createResidentRepository(db: Database.Database, contents: ContentsKeeper): ResidentRepository {
  const listAll = db.prepare(`SELECT ${COLUMNS} FROM residents ORDER BY name, fid`);
  const getOne = db.prepare(`SELECT ${COLUMNS} FROM residents WHERE fid = ?`);
  const getInn = db.prepare(`SELECT ${COLUMNS} FROM residents WHERE inn = ? AND inn <> ''`);
  const insertOne = db.prepare(
    `INSERT INTO residents (name, inn, ogrn, sector, okved, jobs_planned, investment_mrub, contact, status)
     VALUES (:name, :inn, :ogrn, :sector, :okved, :jobsPlanned, :investmentMRub, :contact, :status)`,
  );
  const updateOne = db.prepare(
    `UPDATE residents SET name = :name, inn = :inn, ogrn = :ogrn, sector = :sector, okved = :okved,
       jobs_planned = :jobsPlanned, investment_mrub = :investmentMRub, contact = :contact, status = :status
     WHERE fid = :id`,
  );
  const removeOne = db.prepare('DELETE FROM residents WHERE fid = ?');

  const one = (row: unknown): Resident | null => (row === undefined ? null : toResident(row as ResidentRow));
  const get = (id: ResidentId): Resident | null => one(getOne.get(id));
  const stored = (id: number): Resident => {
    const resident = get(id as ResidentId);
    if (resident === null) throw new Error(`resident ${id} does not exist`);
    return resident;
  };

  return {
    list: () => (listAll.all() as ResidentRow[]).map(toResident),
    get,
    getByInn: (inn) => one(getInn.get(inn)),
    insert: db.transaction((resident: NewResident): Resident => {
      const { lastInsertRowid } = insertOne.run(toParams(resident));
      contents.touch(TABLE);
      return stored(Number(lastInsertRowid));
    }),
    update: db.transaction((resident: Resident): Resident => {
      expectChanged(updateOne.run({ ...toParams(resident), id: resident.id }).changes, `resident ${resident.id}`);
      contents.touch(TABLE);
      return stored(resident.id);
    }),
    remove: db.transaction((id: ResidentId): void => {
      expectChanged(removeOne.run(id).changes, `resident ${id}`);
      contents.touch(TABLE);
    }),
  };
}
