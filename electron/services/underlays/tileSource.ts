/*
 * What every underlay file offers the map: tiles on the Web Mercator XYZ grid, read one at a time from the
 * file (never the whole file), whatever the file is — PMTiles, MBTiles (raster or vector) or a GeoTIFF cut
 * on the fly.
 */

export const RASTER_TILE_FORMATS = ['png', 'jpg', 'webp'] as const;
export type RasterTileFormat = (typeof RASTER_TILE_FORMATS)[number];

/** Raster images, or Mapbox Vector Tiles ('pbf', served uncompressed) that the map styles itself. */
export type TileFormat = RasterTileFormat | 'pbf';

export const TILE_CONTENT_TYPES: Readonly<Record<TileFormat, string>> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp', pbf: 'application/x-protobuf' };

export interface TileSourceInfo {
  readonly format: TileFormat;
  /** A vector file's layer names (its metadata's vector_layers), which tell its schema; null for a raster. */
  readonly vectorLayers: readonly string[] | null;
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
    readonly reason: 'missing' | 'unreadable' | 'format',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

/** The layer names of a TileJSON-like metadata object ({ vector_layers: [{ id }] }); null when it has none. */
export function vectorLayerNames(metadata: unknown): string[] | null {
  if (typeof metadata !== 'object' || metadata === null) return null;
  const layers = (metadata as { vector_layers?: unknown }).vector_layers;
  if (!Array.isArray(layers)) return null;
  return layers.map((layer: unknown) => (typeof layer === 'object' && layer !== null ? String((layer as { id?: unknown }).id ?? '') : '')).filter((id) => id !== '');
}

/** Normalises the format names files use ('jpeg', 'image/png', …) to ours; null for anything not raster. */
export function rasterFormatOf(name: string): RasterTileFormat | null {
  const text = name.trim().toLowerCase().replace(/^image\//, '');
  if (text === 'png') return 'png';
  if (text === 'jpg' || text === 'jpeg') return 'jpg';
  if (text === 'webp') return 'webp';
  return null;
}
