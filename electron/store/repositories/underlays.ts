import type Database from 'better-sqlite3';
import type { ControlPoint, GeorefTransformKind, ScanGeoreference, Underlay, UnderlayId, UnderlayKind } from '../../../shared/domain/underlay';
import type { ContentsKeeper } from '../gpkg/contents';
import { expectChanged, readBoolean } from './rowValues';
import { converted, derived, tableReader } from './tableRows';

/** A new underlay: a file by path, or a scan with its image bytes. */
export interface NewUnderlay {
  readonly name: string;
  readonly kind: UnderlayKind;
  readonly path: string;
  readonly opacity: number;
  readonly visible?: boolean;
  /** Drawn above every underlay there is when omitted. */
  readonly drawOrder?: number;
  /** A GeoTIFF's CRS when the file's keys do not say it (a scan's CRS is in its georeference). */
  readonly crs?: string | null;
  readonly scan?: { readonly image: Uint8Array; readonly georeference: ScanGeoreference };
}

/** What the layer panel changes about an underlay. */
export interface UnderlaySettings {
  readonly opacity?: number;
  readonly drawOrder?: number;
  readonly visible?: boolean;
}

/** The underlays of the project (attribute table `underlays`). */
export interface UnderlayRepository {
  /** In drawing order, the lowest first. */
  list(): Underlay[];
  get(id: UnderlayId): Underlay | null;
  getByName(name: string): Underlay | null;
  insert(underlay: NewUnderlay): Underlay;
  updateSettings(id: UnderlayId, settings: UnderlaySettings): Underlay;
  /** Replaces a scan's control points, transform and CRS. */
  setGeoreference(id: UnderlayId, georeference: Pick<ScanGeoreference, 'crs' | 'transform' | 'controlPoints'>): Underlay;
  /** A scan's image bytes and type; null for a file underlay or an unknown id. */
  image(id: UnderlayId): { readonly bytes: Buffer; readonly type: string } | null;
  remove(id: UnderlayId): void;
}

const TABLE = 'underlays';

/** A scan's georeference from its columns; null for a file underlay. */
function readGeoreference(row: Readonly<Record<string, unknown>>): ScanGeoreference | null {
  if (row.kind !== 'scan') return null;
  return {
    crs: (row.crs as string | null) ?? '',
    transform: (row.transform as GeorefTransformKind | null) ?? 'affine',
    controlPoints: JSON.parse((row.control_points as string | null) ?? '[]') as ControlPoint[],
    imageWidth: (row.image_width as number | null) ?? 0,
    imageHeight: (row.image_height as number | null) ?? 0,
    imageType: (row.image_type as string | null) ?? '',
  };
}

/** Creates the underlay repository on an open project database. */
export function createUnderlayRepository(db: Database.Database, contents: ContentsKeeper): UnderlayRepository {
  // The image blob is no field: a list or a settings change must not read megabytes of scan. The writes
  // stay here, since an insert takes the image and a default draw order and the edits are partial.
  const rows = tableReader<Underlay>(db, {
    table: TABLE,
    what: 'underlay',
    orderBy: 'draw_order, fid',
    fields: {
      id: 'fid',
      name: 'name',
      kind: 'kind',
      path: 'path',
      opacity: 'opacity',
      drawOrder: 'draw_order',
      visible: converted('visible', readBoolean, (visible: boolean) => (visible ? 1 : 0)),
      // A scan's CRS is in its georeference.
      crs: derived(['kind', 'crs'], (row) => (row.kind === 'scan' ? null : (row.crs as string | null))),
      georeference: derived(['kind', 'crs', 'transform', 'control_points', 'image_width', 'image_height', 'image_type'], readGeoreference),
    },
  });
  const getOne = rows.select('WHERE fid = ?');
  const getNamed = rows.select('WHERE name = ?');
  const topOrder = db.prepare('SELECT coalesce(max(draw_order), -1) + 1 FROM underlays').pluck();
  const insertOne = db.prepare(
    `INSERT INTO underlays (name, kind, path, opacity, draw_order, visible, image, image_type, image_width, image_height, crs, transform, control_points)
     VALUES (:name, :kind, :path, :opacity, :drawOrder, :visible, :image, :imageType, :imageWidth, :imageHeight, :crs, :transform, :controlPoints)`,
  );
  const updateOne = db.prepare('UPDATE underlays SET opacity = :opacity, draw_order = :drawOrder, visible = :visible WHERE fid = :id');
  const georefOne = db.prepare(`UPDATE underlays SET crs = :crs, transform = :transform, control_points = :controlPoints WHERE fid = :id AND kind = 'scan'`);
  const imageOne = db.prepare(`SELECT image, image_type FROM underlays WHERE fid = ? AND kind = 'scan'`);
  const removeOne = db.prepare('DELETE FROM underlays WHERE fid = ?');

  const get = (id: UnderlayId): Underlay | null => getOne.get(id);
  const stored = (id: UnderlayId): Underlay => {
    const underlay = get(id);
    if (underlay === null) throw new Error(`underlay ${id} does not exist`);
    return underlay;
  };

  return {
    list: rows.list,
    get,
    getByName: (name) => getNamed.get(name),
    insert: db.transaction((underlay: NewUnderlay): Underlay => {
      const scan = underlay.scan;
      const info = insertOne.run({
        name: underlay.name,
        kind: underlay.kind,
        path: underlay.path,
        opacity: underlay.opacity,
        drawOrder: underlay.drawOrder ?? (topOrder.get() as number),
        visible: underlay.visible === false ? 0 : 1,
        image: scan === undefined ? null : Buffer.from(scan.image),
        imageType: scan?.georeference.imageType ?? null,
        imageWidth: scan?.georeference.imageWidth ?? null,
        imageHeight: scan?.georeference.imageHeight ?? null,
        crs: scan?.georeference.crs ?? underlay.crs ?? null,
        transform: scan?.georeference.transform ?? null,
        controlPoints: scan === undefined ? null : JSON.stringify(scan.georeference.controlPoints),
      });
      contents.touch(TABLE);
      return stored(Number(info.lastInsertRowid) as UnderlayId);
    }),
    updateSettings: db.transaction((id: UnderlayId, settings: UnderlaySettings): Underlay => {
      const current = stored(id);
      updateOne.run({
        id,
        opacity: settings.opacity ?? current.opacity,
        drawOrder: settings.drawOrder ?? current.drawOrder,
        visible: (settings.visible ?? current.visible) ? 1 : 0,
      });
      contents.touch(TABLE);
      return stored(id);
    }),
    setGeoreference: db.transaction((id: UnderlayId, georeference: Pick<ScanGeoreference, 'crs' | 'transform' | 'controlPoints'>): Underlay => {
      const { changes } = georefOne.run({ id, crs: georeference.crs, transform: georeference.transform, controlPoints: JSON.stringify(georeference.controlPoints) });
      expectChanged(changes, `scan underlay ${id}`);
      contents.touch(TABLE);
      return stored(id);
    }),
    image: (id) => {
      const row = imageOne.get(id) as { image: Buffer; image_type: string | null } | undefined;
      return row === undefined ? null : { bytes: row.image, type: row.image_type ?? 'application/octet-stream' };
    },
    remove: db.transaction((id: UnderlayId): void => {
      expectChanged(removeOne.run(id).changes, `underlay ${id}`);
      contents.touch(TABLE);
    }),
  };
}
