import type { Channel, RequestOf, ResponseOf } from './channels';
import type { ProjectEvent } from './changeSet';
import type { Result } from './result';

/** What the renderer sees as `window.parkplan`, in the desktop app and in web mode alike. */
export interface ParkPlanBridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  /** The project's change feed: every write served to any window, and word of changes made elsewhere. */
  onProjectEvent(listener: (event: ProjectEvent) => void): () => void;
}

/** The one push channel, main process → every window (Electron's webContents.send). */
export const PROJECT_EVENT_CHANNEL = 'project:event';
