import type { UnderlayId } from './ids';

export type { UnderlayId } from './ids';

/*
 * An underlay: what lies under the plan. A basemap file (PMTiles, MBTiles) or a GeoTIFF stays outside the
 * project, referred to by its path; a georeferenced scan of the master plan lives inside the project file
 * (its image and control points), so the one .gpkg a planner sends carries it.
 */
export const UNDERLAY_KINDS = ['pmtiles', 'mbtiles', 'geotiff', 'scan'] as const;
export type UnderlayKind = (typeof UNDERLAY_KINDS)[number];

export const GEOREF_TRANSFORMS = ['helmert', 'affine', 'projective'] as const;
export type GeorefTransformKind = (typeof GEOREF_TRANSFORMS)[number];

/** One control point of a scan: an image pixel (column, row from the top-left) and its map point (X north, Y east in the CRS). */
export interface ControlPoint {
  readonly px: number;
  readonly py: number;
  readonly x: number;
  readonly y: number;
}

/** How a scan sits on the map: the CRS its control points are in, the transform fitted through them. */
export interface ScanGeoreference {
  readonly crs: string;
  readonly transform: GeorefTransformKind;
  readonly controlPoints: readonly ControlPoint[];
  readonly imageWidth: number;
  readonly imageHeight: number;
  readonly imageType: string;
}

export interface Underlay {
  readonly id: UnderlayId;
  readonly name: string;
  readonly kind: UnderlayKind;
  /** Absolute path of the basemap or GeoTIFF file; '' for a scan, whose image is inside the project. */
  readonly path: string;
  /** 0 (invisible) … 1 (opaque). */
  readonly opacity: number;
  /** Lower numbers are drawn first (further down). */
  readonly drawOrder: number;
  readonly visible: boolean;
  /** The CRS the planner named for a GeoTIFF whose own keys lack it or are wrong; null to read the file's. */
  readonly crs: string | null;
  readonly georeference: ScanGeoreference | null;
}
