import { z } from 'zod';
import type { ControlPoint, GeorefTransformKind, Underlay, UnderlayId } from '../domain/underlay';
import { GEOREF_TRANSFORMS } from '../domain/underlay';
import type { Message } from '../messages/message';
import type { ControlPointResidual } from '../underlay/georefTransform';
import type { ScanCorners } from '../underlay/scanCorners';

/** How an underlay can be drawn now: a tiled file, a placed scan, or a file that is not there or not readable. */
export type UnderlayStatus =
  | {
      readonly state: 'tiles';
      readonly minZoom: number;
      readonly maxZoom: number;
      readonly bounds: readonly [number, number, number, number] | null;
      readonly tileSize: number;
    }
  | {
      readonly state: 'scan';
      /** Null while the control points do not yet fix the transform. */
      readonly corners: ScanCorners | null;
      readonly residuals: readonly ControlPointResidual[];
      readonly rms: number | null;
    }
  | { readonly state: 'unavailable'; readonly problem: Message };

export interface UnderlayView extends Underlay {
  readonly status: UnderlayStatus;
}

export interface UnderlayUpdateRequest {
  readonly id: UnderlayId;
  readonly opacity?: number;
  readonly drawOrder?: number;
  readonly visible?: boolean;
}

export interface UnderlayGeoreferenceRequest {
  readonly id: UnderlayId;
  readonly crs: string;
  readonly transform: GeorefTransformKind;
  readonly controlPoints: readonly ControlPoint[];
}

/**
 * The underlays (issue 13), merged into ChannelMap by channels.ts. Tiles and scan images are not channels:
 * the map fetches them by URL from the app's own host (`underlayTileUrl`, `underlayImageUrl`).
 */
export interface UnderlayChannelMap {
  /** Every underlay in drawing order, lowest first, each with what can be drawn of it now. */
  'underlays:list': [Record<string, never>, readonly UnderlayView[]];
  'underlays:update': [UnderlayUpdateRequest, readonly UnderlayView[]];
  'underlays:georeference': [UnderlayGeoreferenceRequest, readonly UnderlayView[]];
}

/** Path of an underlay's tiles on the app's host, with MapLibre's {z}/{x}/{y}. */
export const underlayTilePath = (id: UnderlayId): string => `/underlays/${id}/{z}/{x}/{y}`;
/** Path of a scan's image on the app's host. */
export const underlayImagePath = (id: UnderlayId): string => `/underlays/${id}/image`;

/** Parses a path the host serves for underlays; null for any other path. */
export function parseUnderlayPath(pathname: string): { readonly id: UnderlayId; readonly tile: readonly [number, number, number] | null } | null {
  const tile = /^\/underlays\/(\d{1,9})\/(\d{1,2})\/(\d{1,8})\/(\d{1,8})$/.exec(pathname);
  if (tile !== null) return { id: Number(tile[1]) as UnderlayId, tile: [Number(tile[2]), Number(tile[3]), Number(tile[4])] };
  const image = /^\/underlays\/(\d{1,9})\/image$/.exec(pathname);
  return image === null ? null : { id: Number(image[1]) as UnderlayId, tile: null };
}

const underlayId = z.number().int().positive().transform((n) => n as UnderlayId);
const coordinate = z.number().finite();

export const underlayRequestSchemas: { readonly [C in keyof UnderlayChannelMap]: z.ZodType<UnderlayChannelMap[C][0], unknown> } = {
  'underlays:list': z.object({}).strict(),
  'underlays:update': z.object({
    id: underlayId,
    opacity: z.number().min(0).max(1).optional(),
    drawOrder: z.number().int().min(-1_000_000).max(1_000_000).optional(),
    visible: z.boolean().optional(),
  }).strict(),
  'underlays:georeference': z.object({
    id: underlayId,
    crs: z.string().trim().min(1).max(4000),
    transform: z.enum(GEOREF_TRANSFORMS),
    controlPoints: z.array(z.object({ px: coordinate, py: coordinate, x: coordinate, y: coordinate }).strict()).max(200),
  }).strict(),
};
