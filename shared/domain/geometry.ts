/** GeoJSON geometry shapes the domain uses; coordinates are [longitude, latitude] in WGS84 degrees. */
export type Position = readonly [number, number];
export type LinearRing = readonly Position[];

export interface PolygonGeometry {
  readonly type: 'Polygon';
  readonly coordinates: readonly LinearRing[];
}

export interface MultiPolygonGeometry {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly (readonly LinearRing[])[];
}

export interface LineStringGeometry {
  readonly type: 'LineString';
  readonly coordinates: readonly Position[];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;
export type DomainGeometry = AreaGeometry | LineStringGeometry;
