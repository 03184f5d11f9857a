import Database from 'better-sqlite3';

/*
 * An MBTiles basemap (a SQLite file of tiles, the OGC/Mapbox 1.3 layout), opened read-only and queried one
 * tile at a time. MBTiles numbers rows the TMS way, from the south; the map asks XYZ rows from the north,
 * so the row is flipped here and nowhere else.
 */

export interface MbtilesFile {
  /** The metadata table's name → value (format, bounds, minzoom, maxzoom, …). */
  readonly metadata: Readonly<Record<string, string>>;
  /** The lowest and highest zoom that hold tiles (the metadata may not say). */
  readonly zoomRange: readonly [number, number] | null;
  tile(z: number, x: number, y: number): Buffer | null;
  close(): void;
}

/** Opens an MBTiles file read-only; throws when it is not SQLite or has no tiles table. */
export function openMbtilesFile(path: string, nativeBinding?: string): MbtilesFile {
  const db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const metadata: Record<string, string> = {};
    const hasMetadata = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'metadata'`).get() !== undefined;
    if (hasMetadata) {
      for (const row of db.prepare('SELECT name, value FROM metadata').all() as { name: string; value: string }[]) {
        metadata[String(row.name)] = String(row.value);
      }
    }
    const zooms = db.prepare('SELECT min(zoom_level) AS lo, max(zoom_level) AS hi FROM tiles').get() as { lo: number | null; hi: number | null };
    const select = db.prepare('SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?').pluck();
    return {
      metadata,
      zoomRange: zooms.lo === null || zooms.hi === null ? null : [zooms.lo, zooms.hi],
      tile: (z, x, y) => {
        const data = select.get(z, x, 2 ** z - 1 - y) as Buffer | undefined;
        return data ?? null;
      },
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
