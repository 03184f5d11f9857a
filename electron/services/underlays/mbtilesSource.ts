import { gunzipSync } from 'node:zlib';
import { openMbtilesFile } from '../../store/mbtilesFile';
import { rasterFormatOf, UnderlayFileError, vectorLayerNames, type TileFormat, type TileSource } from './tileSource';

/** Vector tiles are stored gzipped (as GDAL and tippecanoe write them); the map is sent them plain. */
const unzipped = (bytes: Uint8Array | null): Uint8Array | null => (bytes !== null && bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

function parseBounds(text: string | undefined): [number, number, number, number] | null {
  const values = (text ?? '').split(',').map(Number);
  if (values.length !== 4 || !values.every(Number.isFinite)) return null;
  return values as [number, number, number, number];
}

/** An MBTiles basemap (raster, or vector tiles in format pbf) as a tile source. */
export function openMbtilesSource(path: string, nativeBinding?: string): TileSource {
  let file;
  try {
    file = openMbtilesFile(path, nativeBinding);
  } catch (error) {
    throw new UnderlayFileError('unreadable', error instanceof Error ? error.message : String(error));
  }
  const declared = file.metadata['format'] ?? 'png';
  const format: TileFormat | null = declared === 'pbf' ? 'pbf' : rasterFormatOf(declared);
  if (format === null) {
    file.close();
    throw new UnderlayFileError('format', declared);
  }
  const [lowest, highest] = file.zoomRange ?? [0, 0];
  const opened = file;
  return {
    info: {
      format,
      minZoom: Number(file.metadata['minzoom'] ?? lowest),
      maxZoom: Number(file.metadata['maxzoom'] ?? highest),
      bounds: parseBounds(file.metadata['bounds']),
      tileSize: 256,
      vectorLayers: format === 'pbf' ? (vectorLayerNames(parseJson(file.metadata['json'])) ?? []) : null,
    },
    tile: (z, x, y) => Promise.resolve(format === 'pbf' ? unzipped(opened.tile(z, x, y)) : opened.tile(z, x, y)),
    close: () => {
      opened.close();
      return Promise.resolve();
    },
  };
}
