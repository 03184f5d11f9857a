import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { EditChannelMap } from '../../../shared/contract/editChannels';
import type { EditState, PlotFinding } from '../../../shared/contract/editViews';
import type { Result } from '../../../shared/contract/result';
import { getBridge } from '../bridge';

export type { EditState } from '../../../shared/contract/editViews';
export type EditFinding = PlotFinding;

/** Before `edits:state` answers: nothing to undo. */
export const NO_EDITS: EditState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, depth: 0 };

export type EditChannel = keyof EditChannelMap & Channel;

/** One editing call through the bridge; like the bridge itself it resolves to a Result and never rejects. */
export function invokeEdit<C extends EditChannel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  return getBridge().invoke(channel, request);
}
