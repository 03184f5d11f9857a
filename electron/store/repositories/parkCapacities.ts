import type Database from 'better-sqlite3';
import type { ParkId } from '../../../shared/domain/ids';
import type { Network, ParkCapacity } from '../../../shared/domain/utility';
import type { ContentsKeeper } from '../gpkg/contents';
import { tableReader } from './tableRows';

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

const TABLE = 'park_capacities';

/** Creates the park capacities repository on an open project database. */
export function createParkCapacityRepository(db: Database.Database, contents: ContentsKeeper): ParkCapacityRepository {
  // Keyed by (park, network), not by fid: the reader maps the rows, the writes stay here.
  const rows = tableReader<ParkCapacity>(db, {
    table: TABLE,
    what: 'park capacity',
    orderBy: 'park_id, network',
    fields: { parkId: 'park_id', network: 'network', capacity: 'capacity' },
  });
  const listPark = rows.select('WHERE park_id = ?', 'network');
  const getOne = rows.select('WHERE park_id = ? AND network = ?');
  const insertOne = db.prepare(
    'INSERT INTO park_capacities (park_id, network, capacity) VALUES (:parkId, :network, :capacity)',
  );
  // An upsert keeps the row's fid, so a GIS user's joins on fid survive a capacity change.
  const upsert = db.prepare(
    `INSERT INTO park_capacities (park_id, network, capacity) VALUES (:parkId, :network, :capacity)
     ON CONFLICT (park_id, network) DO UPDATE SET capacity = excluded.capacity`,
  );
  const removeOne = db.prepare('DELETE FROM park_capacities WHERE park_id = ? AND network = ?');

  const get = (parkId: ParkId, network: Network): ParkCapacity | null => getOne.get(parkId, network);
  const write = (statement: Database.Statement) =>
    db.transaction((capacity: ParkCapacity): ParkCapacity => {
      statement.run({ parkId: capacity.parkId, network: capacity.network, capacity: capacity.capacity });
      contents.touch(TABLE);
      const stored = get(capacity.parkId, capacity.network);
      if (stored === null) throw new Error(`capacity of ${capacity.network} in park ${capacity.parkId} was not stored`);
      return stored;
    });

  return {
    list: rows.list,
    listByPark: (parkId) => listPark.all(parkId),
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
