import type Database from 'better-sqlite3';
import type { PolygonGeometry } from '../../../shared/domain/geometry';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import type { Envelope } from '../gpkg/envelope';
import { readGeometry } from './rowValues';

/** A plot near an edited one: enough to clip against it and to name it. */
export interface NeighbourPlot {
  readonly id: PlotId;
  readonly code: string;
  readonly geometry: PolygonGeometry;
}

/** Finds the plots of a park whose bounding box meets a box, through the plots' GeoPackage rtree. */
export interface PlotNeighbourRepository {
  near(parkId: ParkId, box: Envelope, exclude: ReadonlySet<number>): NeighbourPlot[];
}

/** Creates the neighbour lookup on an open project database (schema 2 or later: rtree_plots_geom). */
export function createPlotNeighbourRepository(db: Database.Database): PlotNeighbourRepository {
  let search: Database.Statement | undefined;
  return {
    near(parkId, box, exclude) {
      // Prepared on first use: a file still being migrated has no rtree yet when the store is built.
      search ??= db.prepare(
        // CROSS JOIN keeps the rtree as the outer loop; left to itself the planner scans the park's plots by park_id.
        `SELECT p.fid, p.code, p.geom FROM rtree_plots_geom r CROSS JOIN plots p ON p.fid = r.id
         WHERE r.maxx >= :minX AND r.minx <= :maxX AND r.maxy >= :minY AND r.miny <= :maxY AND p.park_id = :parkId`,
      );
      const rows = search.all({ ...box, parkId }) as { fid: number; code: string; geom: Buffer }[];
      return rows
        .filter((row) => !exclude.has(row.fid))
        .map((row) => ({ id: row.fid as PlotId, code: row.code, geometry: readGeometry(row.geom, 'Polygon', `plot ${row.fid}`) }));
    },
  };
}
