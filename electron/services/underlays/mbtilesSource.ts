import { openMbtilesFile } from '../../store/mbtilesFile';
import { rasterFormatOf, UnderlayFileError, type TileSource } from './tileSource';

function parseBounds(text: string | undefined): [number, number, number, number] | null {
  const values = (text ?? '').split(',').map(Number);
  if (values.length !== 4 || !values.every(Number.isFinite)) return null;
  return values as [number, number, number, number];
}

/** An MBTiles raster basemap as a tile source. */
export function openMbtilesSource(path: string, nativeBinding?: string): TileSource {
  let file;
  try {
    file = openMbtilesFile(path, nativeBinding);
  } catch (error) {
    throw new UnderlayFileError('unreadable', error instanceof Error ? error.message : String(error));
  }
  const declared = file.metadata['format'] ?? 'png';
  const format = rasterFormatOf(declared);
  if (format === null) {
    file.close();
    throw new UnderlayFileError(declared === 'pbf' ? 'vector' : 'format', declared);
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
    },
    tile: (z, x, y) => Promise.resolve(opened.tile(z, x, y)),
    close: () => {
      opened.close();
      return Promise.resolve();
    },
  };
}
