import type Database from 'better-sqlite3';
import type { CadastralParcel, CadastralParcelId, NewCadastralParcel } from '../../../shared/domain/cadastralParcel';
import type { ParkId } from '../../../shared/domain/ids';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometryEnvelope } from '../gpkg/envelope';
import { encodeGeometryBlob } from '../gpkg/geometryBlob';
import { readGeometry } from './rowValues';

/**
 * Land parcels from Rosreestr extracts (feature table `cadastral_parcels`, MULTIPOLYGON): written only by
 * the extract import, read by the map and the reconciliation; the plot tools never touch them.
 */
export interface CadastralParcelRepository {
  list(): CadastralParcel[];
  listByPark(parkId: ParkId): CadastralParcel[];
  /** Inserts the parcel, or replaces the park's parcel of the same cadastral number; says which. */
  upsert(parcel: NewCadastralParcel): { readonly parcel: CadastralParcel; readonly replaced: boolean };
}

interface ParcelRow {
  fid: number;
  geom: Buffer;
  park_id: number;
  cadastral_number: string;
  declared_area_m2: number | null;
  area_inaccuracy_m2: number | null;
  category: string;
  permitted_use: string;
  address: string;
  state: string;
  source: string;
  source_crs: string;
}

const TABLE = 'cadastral_parcels';
const COLUMNS = 'fid, geom, park_id, cadastral_number, declared_area_m2, area_inaccuracy_m2, category, permitted_use, address, state, source, source_crs';

function toParcel(row: ParcelRow): CadastralParcel {
  return {
    id: row.fid as CadastralParcelId,
    parkId: row.park_id as ParkId,
    cadastralNumber: row.cadastral_number,
    declaredAreaM2: row.declared_area_m2,
    areaInaccuracyM2: row.area_inaccuracy_m2,
    category: row.category,
    permittedUse: row.permitted_use,
    address: row.address,
    state: row.state,
    source: row.source,
    sourceCrs: row.source_crs,
    geometry: readGeometry(row.geom, 'MultiPolygon', `cadastral parcel ${row.fid}`),
  };
}

function toParams(parcel: NewCadastralParcel): Record<string, unknown> {
  return {
    geom: encodeGeometryBlob(parcel.geometry),
    parkId: parcel.parkId,
    cadastralNumber: parcel.cadastralNumber,
    declaredAreaM2: parcel.declaredAreaM2,
    areaInaccuracyM2: parcel.areaInaccuracyM2,
    category: parcel.category,
    permittedUse: parcel.permittedUse,
    address: parcel.address,
    state: parcel.state,
    source: parcel.source,
    sourceCrs: parcel.sourceCrs,
  };
}

/**
 * Creates the repository. Statements are prepared on first use, so a read-only file written before the
 * table existed still opens (it lists no parcels).
 */
export function createCadastralParcelRepository(db: Database.Database, contents: ContentsKeeper): CadastralParcelRepository {
  const exists = (): boolean => db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(TABLE) !== undefined;
  let statements: ReturnType<typeof prepare> | null = null;
  const prepare = () => ({
    listAll: db.prepare(`SELECT ${COLUMNS} FROM ${TABLE} ORDER BY fid`),
    listPark: db.prepare(`SELECT ${COLUMNS} FROM ${TABLE} WHERE park_id = ? ORDER BY fid`),
    byNumber: db.prepare(`SELECT ${COLUMNS} FROM ${TABLE} WHERE park_id = ? AND cadastral_number = ?`),
    insertOne: db.prepare(
      `INSERT INTO ${TABLE} (geom, park_id, cadastral_number, declared_area_m2, area_inaccuracy_m2, category, permitted_use, address, state, source, source_crs)
       VALUES (:geom, :parkId, :cadastralNumber, :declaredAreaM2, :areaInaccuracyM2, :category, :permittedUse, :address, :state, :source, :sourceCrs)`,
    ),
    updateOne: db.prepare(
      `UPDATE ${TABLE} SET geom = :geom, declared_area_m2 = :declaredAreaM2, area_inaccuracy_m2 = :areaInaccuracyM2, category = :category,
       permitted_use = :permittedUse, address = :address, state = :state, source = :source, source_crs = :sourceCrs WHERE fid = :id`,
    ),
  });
  const use = () => (statements ??= prepare());
  return {
    list: () => (exists() ? (use().listAll.all() as ParcelRow[]).map(toParcel) : []),
    listByPark: (parkId) => (exists() ? (use().listPark.all(parkId) as ParcelRow[]).map(toParcel) : []),
    upsert: db.transaction((parcel: NewCadastralParcel) => {
      const { byNumber, insertOne, updateOne } = use();
      const old = byNumber.get(parcel.parkId, parcel.cadastralNumber) as ParcelRow | undefined;
      if (old === undefined) insertOne.run(toParams(parcel));
      else updateOne.run({ ...toParams(parcel), id: old.fid });
      contents.featureWritten(TABLE, geometryEnvelope(parcel.geometry));
      const row = byNumber.get(parcel.parkId, parcel.cadastralNumber) as ParcelRow;
      return { parcel: toParcel(row), replaced: old !== undefined };
    }),
  };
}
