import type { Failure, Result } from '../../../shared/contract/result';
import type { LinearRing, PolygonGeometry } from '../../../shared/domain/geometry';
import { dispatch } from '../../handlers/dispatch';
import type { ProjectHandlerMap } from '../../handlers/handlerMap';
import { createHandlers } from '../../handlers/projectHandlers';
import { CLI_ACTOR, type EditActor } from '../journal/editActor';
import type { DemoProject } from './demoStore';
import { TODAY } from './demoStore';

/** The channels as the renderer reaches them (dispatch validates the payload), on a real project file, as `actor`. */
export interface ChannelCalls {
  value<T>(channel: string, payload: unknown): Promise<T>;
  failure(channel: string, payload: unknown): Promise<Failure>;
}

export function channelCalls(demo: DemoProject, actor: EditActor = CLI_ACTOR): ChannelCalls {
  let handlers: ProjectHandlerMap | null = null;
  let store = demo.store;
  // Rebuilt after demo.reopen(): the handlers hold the store they were made with.
  const current = (): ProjectHandlerMap => {
    if (handlers === null || store !== demo.store) {
      store = demo.store;
      handlers = createHandlers({ store, file: demo.file, host: 'web', today: () => TODAY });
    }
    return handlers;
  };
  const call = (channel: string, payload: unknown): Promise<Result<unknown>> => dispatch(current(), channel, payload, undefined, actor);
  return {
    async value<T>(channel: string, payload: unknown): Promise<T> {
      const result = await call(channel, payload);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
      return result.value as T;
    },
    async failure(channel: string, payload: unknown): Promise<Failure> {
      const result = await call(channel, payload);
      if (result.ok) throw new Error(`${channel} succeeded, expected a failure`);
      return result.error;
    },
  };
}

const M_PER_DEG_LAT = 111_320;

/** A closed ring through the given corners given in metres east and north of (lon, lat). */
export function ringAt(lon: number, lat: number, corners: readonly (readonly [number, number])[]): LinearRing {
  const perLon = M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
  const ring = corners.map(([east, north]) => [lon + east / perLon, lat + north / M_PER_DEG_LAT] as const);
  const first = ring[0];
  return first === undefined ? ring : [...ring, first];
}

/** A rectangle of width × depth metres with its south-west corner at (lon, lat). */
export function rectangleAt(lon: number, lat: number, width: number, depth: number): PolygonGeometry {
  return { type: 'Polygon', coordinates: [ringAt(lon, lat, [[0, 0], [width, 0], [width, depth], [0, depth]])] };
}
