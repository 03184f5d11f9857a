import { existsSync } from 'node:fs';
import type { Underlay, UnderlayId } from '../../../shared/domain/underlay';
import type { ProjectStore } from '../../store/project';
import { openGeotiffSource } from './geotiffSource';
import { openMbtilesSource } from './mbtilesSource';
import { openPmtilesSource } from './pmtilesSource';
import { TILE_CONTENT_TYPES, UnderlayFileError, type TileSource } from './tileSource';

/** Bytes the host sends for one underlay request. */
export interface UnderlayResponse {
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

/**
 * The open underlay files of a project, each opened on first use and kept open (a tile is a range read);
 * reopened when its path or CRS changes. The host asks it for tiles and scan images by underlay id.
 */
export interface UnderlayTiles {
  /** The file's tile source, or the reason it cannot be drawn. */
  source(underlay: Underlay): Promise<TileSource>;
  /** A tile, a scan's image, or null (unknown id, no tile there, a file that cannot be read). */
  serve(id: UnderlayId, tile: readonly [number, number, number] | null): Promise<UnderlayResponse | null>;
  closeAll(): Promise<void>;
}

/** Opens an underlay's file as the map reads it; rejects with an UnderlayFileError saying why it cannot. */
export function openUnderlaySource(underlay: Underlay, nativeBinding?: string): Promise<TileSource> {
  if (!existsSync(underlay.path)) return Promise.reject(new UnderlayFileError('missing', underlay.path));
  switch (underlay.kind) {
    case 'pmtiles':
      return openPmtilesSource(underlay.path);
    case 'mbtiles':
      return Promise.resolve().then(() => openMbtilesSource(underlay.path, nativeBinding));
    case 'geotiff':
      return openGeotiffSource(underlay.path, underlay.crs);
    case 'scan':
      return Promise.reject(new UnderlayFileError('format', 'a scan has no tiles'));
  }
}

/** The tile service over one open project; `nativeBinding` is better-sqlite3's Electron build, for MBTiles. */
export function createUnderlayTiles(store: ProjectStore, nativeBinding?: string): UnderlayTiles {
  const open = new Map<UnderlayId, { readonly key: string; readonly source: Promise<TileSource> }>();

  const source = (underlay: Underlay): Promise<TileSource> => {
    const key = `${underlay.kind}\n${underlay.path}\n${underlay.crs ?? ''}`;
    const cached = open.get(underlay.id);
    if (cached !== undefined && cached.key === key) return cached.source;
    if (cached !== undefined) void cached.source.then((s) => s.close(), () => undefined);
    const opening = openUnderlaySource(underlay, nativeBinding);
    open.set(underlay.id, { key, source: opening });
    // A file that failed to open is tried again next time: the planner may have put it back.
    opening.catch(() => {
      if (open.get(underlay.id)?.source === opening) open.delete(underlay.id);
    });
    return opening;
  };

  return {
    source,
    async serve(id, tile) {
      const underlay = store.underlays.get(id);
      if (underlay === null) return null;
      if (tile === null) {
        const image = store.underlays.image(id);
        return image === null ? null : { bytes: image.bytes, contentType: image.type };
      }
      if (underlay.kind === 'scan') return null;
      try {
        const tiles = await source(underlay);
        const [z, x, y] = tile;
        if (z < tiles.info.minZoom || z > tiles.info.maxZoom || x >= 2 ** z || y >= 2 ** z) return null;
        const bytes = await tiles.tile(z, x, y);
        return bytes === null ? null : { bytes, contentType: TILE_CONTENT_TYPES[tiles.info.format] };
      } catch (error) {
        if (error instanceof UnderlayFileError) return null;
        throw error;
      }
    },
    async closeAll() {
      const sources = [...open.values()];
      open.clear();
      await Promise.all(sources.map((entry) => entry.source.then((s) => s.close(), () => undefined)));
    },
  };
}
