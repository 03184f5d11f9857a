import { z } from 'zod';
import type { ControlPoint, GeorefTransformKind, Underlay, UnderlayId } from '../domain/underlay';
import { GEOREF_TRANSFORMS } from '../domain/underlay';
import type { Message } from '../messages/message';
import type { ControlPointResidual } from '../underlay/georefTransform';
import type { ScanCorners } from '../underlay/scanCorners';
import type { VectorSchema } from '../underlay/vectorSchema';

/** How an underlay can be drawn now: a tiled file, a placed scan, or a file that is not there or not readable. */
export type UnderlayStatus =
  | {
      readonly state: 'tiles';
      readonly minZoom: number;
      readonly maxZoom: number;
      readonly bounds: readonly [number, number, number, number] | null;
      readonly tileSize: number;
      /** A vector basemap's layers and the schema they follow; null for raster tiles. */
      readonly vector: { readonly layers: readonly string[]; readonly schema: VectorSchema } | null;
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

/** One entry of the underlay chooser's folder: a subfolder or a file it can add. */
export interface UnderlayFolderEntry {
  readonly name: string;
  /** Relative to the chooser's root, with '/' between folders. */
  readonly path: string;
  readonly folder: boolean;
  /** Bytes; null for a folder. */
  readonly size: number | null;
}

/** What the chooser shows of one folder under its root (the planner's ParkPlan folder). */
export interface UnderlayFolderListing {
  /** The root's absolute path, to tell the planner where to put files. */
  readonly root: string;
  /** This folder relative to the root; '' for the root. */
  readonly folder: string;
  /** The folder above, relative to the root; null at the root. */
  readonly parent: string | null;
  readonly entries: readonly UnderlayFolderEntry[];
}

/** Adds a file of the chooser's folder: a basemap or GeoTIFF drawn as tiles, or a scan placed afterwards by control points. */
export type UnderlayAddRequest =
  /** `file` is relative to the chooser's root; `crs` stands in for a GeoTIFF's missing CRS keys. */
  | { readonly file: string; readonly as: 'tiles'; readonly crs?: string }
  /** `crs` is the CRS the scan's control points will be typed in (the park's МСК). */
  | { readonly file: string; readonly as: 'scan'; readonly crs: string };

/**
 * The underlays (issue 13), merged into ChannelMap by channels.ts. Tiles and scan images are not channels:
 * the map fetches them by URL from the app's own host (`underlayTileUrl`, `underlayImageUrl`).
 */
export interface UnderlayChannelMap {
  /** Every underlay in drawing order, lowest first, each with what can be drawn of it now. */
  'underlays:list': [Record<string, never>, readonly UnderlayView[]];
  'underlays:update': [UnderlayUpdateRequest, readonly UnderlayView[]];
  'underlays:georeference': [UnderlayGeoreferenceRequest, readonly UnderlayView[]];
  /** The chooser's folder listing; files outside the ParkPlan folder cannot be named. */
  'underlays:browse': [{ readonly folder: string }, UnderlayFolderListing];
  'underlays:add': [UnderlayAddRequest, readonly UnderlayView[]];
  /** Forgets the underlay; a basemap file stays where it is, a scan's image goes with its row. */
  'underlays:remove': [{ readonly id: UnderlayId }, readonly UnderlayView[]];
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
  'underlays:browse': z.object({ folder: z.string().max(4000) }).strict(),
  'underlays:add': z.discriminatedUnion('as', [
    z.object({ file: z.string().min(1).max(4000), as: z.literal('tiles'), crs: z.string().trim().min(1).max(4000).optional() }).strict(),
    z.object({ file: z.string().min(1).max(4000), as: z.literal('scan'), crs: z.string().trim().min(1).max(4000) }).strict(),
  ]),
  'underlays:remove': z.object({ id: underlayId }).strict(),
};
