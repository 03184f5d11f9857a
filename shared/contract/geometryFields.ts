import { z } from 'zod';
import type { LineStringGeometry, PolygonGeometry, Position } from '../domain/geometry';

/*
 * Geometries as the untrusted renderer sends them: GeoJSON in WGS84 degrees [lon, lat], finite, in
 * range, rings closed. Whether an outline crosses itself is the service's question (its message names
 * the crossing segments).
 */

const position: z.ZodType<Position, unknown> = z
  .tuple([z.number().finite().min(-180).max(180), z.number().finite().min(-90).max(90)])
  .readonly();

const closedRing = z
  .array(position)
  .min(4, 'a ring needs at least 3 vertices and the closing one')
  .max(100_000)
  .refine((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, { message: 'a ring must end on its first vertex' });

export const polygonField: z.ZodType<PolygonGeometry, unknown> = z
  .object({ type: z.literal('Polygon'), coordinates: z.array(closedRing).min(1, 'a polygon needs an outer ring').max(1_000) })
  .strict();

export const lineStringField: z.ZodType<LineStringGeometry, unknown> = z
  .object({ type: z.literal('LineString'), coordinates: z.array(position).min(2, 'a line needs at least 2 vertices').max(100_000) })
  .strict();
