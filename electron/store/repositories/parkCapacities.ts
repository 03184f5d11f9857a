import type Database from 'better-sqlite3';
import type { ParkId } from '../../../shared/domain/ids';
import type { Network, ParkCapacity } from '../../../shared/domain/utility';
import type { ContentsKeeper } from '../gpkg/contents';

/** Network capacities a park can give its residents (attribute table `park_capacities`), one per network. */
export interface ParkCapacityRepository {
  list(): ParkCapacity[];
  listByPark(parkId: ParkId): ParkCapacity[];
  get(parkId: ParkId, network: Network): ParkCapacity | null;
  /** Inserts the capacity for (park, network), failing if that network already has one. */
  insert(capacity: ParkCapacity): ParkCapacity;
  /** Sets the capacity for (park, network), inserting or replacing. */
  set(capacity: ParkCapacity): ParkCapacity;
  /** Removes the capacity of one network; false when there was none. */
  remove(parkId: ParkId, network: Network): boolean;
}

interface ParkCapacityRow {
  park_id: number;
  network: Network;
  capacity: number;
}

const TABLE = 'park_capacities';
const COLUMNS = 'park_id, network, capacity';

function toCapacity(row: ParkCapacityRow): ParkCapacity {
  return { parkId: row.park_id as ParkId, network: row.network, capacity: row.capacity };
}

/** Creates the park capacities repository on an open project database. */
export function createParkCapacityRepository(db: Database.Database, contents: ContentsKeeper): ParkCapacityRepository {
  const listAllRows = db.prepare(`SELECT ${COLUMNS} FROM park_capacities ORDER BY park_id, network`);
  const listPark = db.prepare(`SELECT ${COLUMNS} FROM park_capacities WHERE park_id = ? ORDER BY network`);
  const getOne = db.prepare(`SELECT ${COLUMNS} FROM park_capacities WHERE park_id = ? AND network = ?`);
  const insertOne = db.prepare(
    'INSERT INTO park_capacities (park_id, network, capacity) VALUES (:parkId, :network, :capacity)',
  );
  // An upsert keeps the row's fid, so a GIS user's joins on fid survive a capacity change.
  const upsert = db.prepare(
    `INSERT INTO park_capacities (park_id, network, capacity) VALUES (:parkId, :network, :capacity)
     ON CONFLICT (park_id, network) DO UPDATE SET capacity = excluded.capacity`,
  );
  const removeOne = db.prepare('DELETE FROM park_capacities WHERE park_id = ? AND network = ?');

  const get = (parkId: ParkId, network: Network): ParkCapacity | null => {
    const row = getOne.get(parkId, network) as ParkCapacityRow | undefined;
    return row === undefined ? null : toCapacity(row);
  };
  const write = (statement: Database.Statement) =>
    db.transaction((capacity: ParkCapacity): ParkCapacity => {
      statement.run({ parkId: capacity.parkId, network: capacity.network, capacity: capacity.capacity });
      contents.touch(TABLE);
      const stored = get(capacity.parkId, capacity.network);
      if (stored === null) throw new Error(`capacity of ${capacity.network} in park ${capacity.parkId} was not stored`);
      return stored;
    });

  return {
    list: () => (listAllRows.all() as ParkCapacityRow[]).map(toCapacity),
    listByPark: (parkId) => (listPark.all(parkId) as ParkCapacityRow[]).map(toCapacity),
    get,
    insert: write(insertOne),
    set: write(upsert),
    remove: db.transaction((parkId: ParkId, network: Network): boolean => {
      const removed = removeOne.run(parkId, network).changes > 0;
      if (removed) contents.touch(TABLE);
      return removed;
    }),
  };
}
