import type { Channel, RequestOf, ResponseOf } from './channels';
import type { Result } from './result';

/** What the renderer sees as `window.parkplan`, in the desktop app and in web mode alike. */
export interface ParkPlanBridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
}
