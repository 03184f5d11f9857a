import type { RowFinding } from '../../../shared/contract/views';
import type Database from 'better-sqlite3';
import type { CadastralParcel, NewCadastralParcel } from '../../../shared/domain/cadastralParcel';
import type { ParkId } from '../../../shared/domain/ids';
import type { ContentsKeeper } from '../gpkg/contents';
import { geometryEnvelope } from '../gpkg/envelope';
import { encodeGeometryBlob } from '../gpkg/geometryBlob';
import { readGeometry, readRows } from './rowValues';

/**
 * Land parcels from Rosreestr extracts (feature table `cadastral_parcels`, MULTIPOLYGON): written only by
 * the extract import, read by the map and the reconciliation; the plot tools never touch them.
 */
export interface CadastralParcelRepository {
  list(): CadastralParcel[];
  /** Every readable parcel, and a finding for each row another tool wrote that is not a MultiPolygon. */
  readAll(): { readonly items: CadastralParcel[]; readonly findings: RowFinding[] };
  listByPark(parkId: ParkId): CadastralParcel[];
  /** Inserts the parcel, or replaces the park's parcel of the same cadastral number; says which. */
  upsert(parcel: NewCadastralParcel): { readonly parcel: CadastralParcel; readonly replaced: boolean };
}

/** Each field of a parcel and its column: the one mapping between the table and the domain. */
const FIELD_COLUMNS = {
  parkId: 'park_id',
  cadastralNumber: 'cadastral_number',
  declaredAreaM2: 'declared_area_m2',
  areaInaccuracyM2: 'area_inaccuracy_m2',
  category: 'category',
  permittedUse: 'permitted_use',
  address: 'address',
  state: 'state',
  source: 'source',
  sourceCrs: 'source_crs',
} as const satisfies Record<Exclude<keyof NewCadastralParcel, 'geometry'>, string>;

type Field = keyof typeof FIELD_COLUMNS;
type ParcelRow = { fid: number; geom: Buffer } & Record<(typeof FIELD_COLUMNS)[Field], unknown>;

const TABLE = 'cadastral_parcels';
const FIELDS = Object.keys(FIELD_COLUMNS) as Field[];
const COLUMNS = ['fid', 'geom', ...FIELDS.map((field) => FIELD_COLUMNS[field])].join(', ');
/** A parcel is replaced by its park and number; those two never change on update. */
const UPDATED = FIELDS.filter((field) => field !== 'parkId' && field !== 'cadastralNumber');

function toParcel(row: ParcelRow): CadastralParcel {
  const fields = Object.fromEntries(FIELDS.map((field) => [field, row[FIELD_COLUMNS[field]]]));
  return { ...fields, id: row.fid, geometry: readGeometry(row.geom, 'MultiPolygon', `cadastral parcel ${row.fid}`) } as CadastralParcel;
}

function toParams(parcel: NewCadastralParcel): Record<string, unknown> {
  return { ...Object.fromEntries(FIELDS.map((field) => [field, parcel[field]])), geom: encodeGeometryBlob(parcel.geometry) };
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
      `INSERT INTO ${TABLE} (geom, ${FIELDS.map((field) => FIELD_COLUMNS[field]).join(', ')}) VALUES (:geom, ${FIELDS.map((field) => `:${field}`).join(', ')})`,
    ),
    updateOne: db.prepare(`UPDATE ${TABLE} SET geom = :geom, ${UPDATED.map((field) => `${FIELD_COLUMNS[field]} = :${field}`).join(', ')} WHERE fid = :id`),
  });
  const use = () => (statements ??= prepare());
  const readAll = () => (exists() ? readRows(use().listAll.all() as ParcelRow[], toParcel, TABLE, 'MultiPolygon', (row) => String(row.cadastral_number)) : { items: [], findings: [] });

  return {
    list: () => readAll().items,
    readAll,
    listByPark: (parkId) => (exists() ? readRows(use().listPark.all(parkId) as ParcelRow[], toParcel, TABLE, 'MultiPolygon', (row) => String(row.cadastral_number)).items : []),
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
