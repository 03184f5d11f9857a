import { open, type FileHandle } from 'node:fs/promises';
import { PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import { UnderlayFileError, vectorLayerNames, type TileFormat, type TileSource } from './tileSource';

/** The pmtiles library reads byte ranges through a Source; ours reads them from the local file. */
class FileRangeSource implements Source {
  constructor(
    private readonly handle: FileHandle,
    private readonly key: string,
  ) {}

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await this.handle.read(buffer, 0, length, offset);
    return { data: buffer.buffer.slice(0, bytesRead) };
  }
}

const TILE_TYPES: Partial<Record<TileType, TileFormat>> = { [TileType.Png]: 'png', [TileType.Jpeg]: 'jpg', [TileType.Webp]: 'webp', [TileType.Mvt]: 'pbf' };

/** A PMTiles (v3) basemap, raster or vector (MVT), as a tile source; the library unzips gzipped tiles. */
export async function openPmtilesSource(path: string): Promise<TileSource> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new UnderlayFileError('missing', error instanceof Error ? error.message : String(error));
  }
  try {
    const archive = new PMTiles(new FileRangeSource(handle, path));
    const header = await archive.getHeader();
    const format = TILE_TYPES[header.tileType];
    if (format === undefined) throw new UnderlayFileError('format', `PMTiles tile type ${header.tileType}`);
    const vectorLayers = format === 'pbf' ? (vectorLayerNames(await archive.getMetadata().catch(() => null)) ?? []) : null;
    return {
      info: { format, minZoom: header.minZoom, maxZoom: header.maxZoom, bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat], tileSize: 256, vectorLayers },
      tile: async (z, x, y) => {
        const found = await archive.getZxy(z, x, y);
        return found === undefined ? null : new Uint8Array(found.data);
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    if (error instanceof UnderlayFileError) throw error;
    throw new UnderlayFileError('unreadable', error instanceof Error ? error.message : String(error));
  }
}
