/*
 * The part of shpjs (Calvin Metcalf's shapefile reader) the import uses: the synchronous .shp parser.
 * The package ships no types of its own.
 */
declare module 'shpjs' {
  type Position = number[];
  export type ShpGeometry =
    | { readonly type: 'Point'; readonly coordinates: Position }
    | { readonly type: 'MultiPoint'; readonly coordinates: Position[] }
    | { readonly type: 'LineString'; readonly coordinates: Position[] }
    | { readonly type: 'MultiLineString'; readonly coordinates: Position[][] }
    | { readonly type: 'Polygon'; readonly coordinates: Position[][] }
    | { readonly type: 'MultiPolygon'; readonly coordinates: Position[][][] };
  /** One geometry (or null for a null shape) per record of the .shp; `prj` false: no reprojection. */
  export function parseShp(shp: DataView | ArrayBufferView | ArrayBuffer, prj?: string | false): (ShpGeometry | null)[];
}
