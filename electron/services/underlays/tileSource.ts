/*
 * What every underlay file offers the map: raster tiles on the Web Mercator XYZ grid, read one at a time
 * from the file (never the whole file), whatever the file is — PMTiles, MBTiles or a GeoTIFF cut on the fly.
 */

export const RASTER_TILE_FORMATS = ['png', 'jpg', 'webp'] as const;
export type RasterTileFormat = (typeof RASTER_TILE_FORMATS)[number];

export const TILE_CONTENT_TYPES: Readonly<Record<RasterTileFormat, string>> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

export interface TileSourceInfo {
  readonly format: RasterTileFormat;
  readonly minZoom: number;
  readonly maxZoom: number;
  /** West, south, east, north in degrees; null when the file does not say. */
  readonly bounds: readonly [number, number, number, number] | null;
  readonly tileSize: number;
}

export interface TileSource {
  readonly info: TileSourceInfo;
  /** The tile's bytes in `info.format`, or null where the file has none. */
  tile(z: number, x: number, y: number): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

/** A file ParkPlan cannot draw, with the reason as a message key's parameter. */
export class UnderlayFileError extends Error {
  override readonly name = 'UnderlayFileError';
  constructor(
    readonly reason: 'missing' | 'unreadable' | 'vector' | 'format',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

/** Normalises the format names files use ('jpeg', 'image/png', …) to ours; null for anything not raster. */
export function rasterFormatOf(name: string): RasterTileFormat | null {
  const text = name.trim().toLowerCase().replace(/^image\//, '');
  if (text === 'png') return 'png';
  if (text === 'jpg' || text === 'jpeg') return 'jpg';
  if (text === 'webp') return 'webp';
  return null;
}
