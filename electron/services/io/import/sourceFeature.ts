import type { Message } from '../../../../shared/messages/message';

/*
 * What every format reader hands the import pipeline: features with their geometry still in the file's
 * own coordinates (GeoJSON-shaped, nothing checked yet) and their attributes as plain values. Checking,
 * repairing, reprojecting and mapping attributes happen once, in the pipeline, for every format alike.
 */

/** One vertex as the file gives it: x (easting or longitude) first; extra ordinates (Z, M) are ignored. */
export type SourcePosition = readonly number[];

export type SourceGeometry =
  | { readonly type: 'Point'; readonly coordinates: SourcePosition }
  | { readonly type: 'LineString'; readonly coordinates: readonly SourcePosition[] }
  | { readonly type: 'MultiLineString'; readonly coordinates: readonly (readonly SourcePosition[])[] }
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly SourcePosition[])[] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly SourcePosition[])[])[] }
  | { readonly type: 'Unsupported'; readonly what: Message };

export type AttributeValue = string | number | boolean | null;

export interface SourceFeature {
  /** How the report names the feature: "feature 12", "Placemark 3 «Р-7»", "record 5". */
  readonly label: Message;
  /** Null when the feature has no geometry at all. */
  readonly geometry: SourceGeometry | null;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

/** A file read far enough to know its CRS; features come one by one so big files stay memory bounded. */
export interface FeatureSource {
  /** The format, as the report names it: "GeoJSON", "KML", "Shapefile"… */
  readonly format: Message;
  /** The CRS the file declares (proj4 string, WKT or "EPSG:n"), or null when it declares none. */
  readonly declaredCrs: string | null;
  /** Notes about how the file was read (encoding chosen, entries skipped), shown in the report. */
  readonly notes: readonly Message[];
  readonly features: Iterable<SourceFeature>;
  /**
   * How far reading has got, 0..1 (bytes read / file size for a streamed file, feature index / count
   * for a reader holding the whole file). Absent: the pipeline counts an array's features itself, and
   * otherwise knows only that reading has not finished.
   */
  readonly progress?: () => number;
  /** A GeoPackage's feature tables and the one being read; absent for other formats. */
  readonly tables?: { readonly names: readonly string[]; readonly read: string };
}
