import { useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { PlotDetails } from '../../../shared/contract/views';
import type { PlotId } from '../../../shared/domain/ids';
import { getBridge } from '../bridge';
import { projectStore, type ProjectStore } from '../project/projectStore';
import { useMessageText } from '../i18n/useMessageText';

export type PlotDetailsState =
  | { readonly status: 'none' }
  | { readonly status: 'loading'; readonly plotId: PlotId }
  | { readonly status: 'failed'; readonly plotId: PlotId; readonly message: string }
  | { readonly status: 'ready'; readonly plotId: PlotId; readonly details: PlotDetails };

/** Moves on when a change set touched this plot, or its allocations or residents (what the panel shows). */
function usePlotStamp(plotId: PlotId | null, store: ProjectStore): number {
  return useSyncExternalStore(store.subscribe, () => {
    const load = store.current();
    if (load.status !== 'ready' || plotId === null) return 0;
    const { stamps, plotStamps } = load.project;
    return Math.max(plotStamps.get(plotId) ?? 0, stamps.allocations, stamps.residents);
  });
}

/**
 * The selected plot's details from `plots:details` (one plot read by id); a late answer for a plot no
 * longer selected is dropped. A change set touching the plot asks again, keeping the old details on
 * screen until the answer comes; edits to other plots ask nothing.
 */
export function usePlotDetails(plotId: PlotId | null, store: ProjectStore = projectStore): PlotDetailsState {
  const word = useMessageText();
  const [state, setState] = useState<PlotDetailsState>({ status: 'none' });
  const stamp = usePlotStamp(plotId, store);
  // Asked as the selection commits, not after the frame is painted: a map frame with 50,000 plots can
  // take longer than the answer.
  useLayoutEffect(() => {
    if (plotId === null) {
      setState({ status: 'none' });
      return undefined;
    }
    let current = true;
    setState((previous) => (previous.status === 'ready' && previous.plotId === plotId ? previous : { status: 'loading', plotId }));
    void getBridge()
      .invoke('plots:details', { plotId })
      .then((result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: 'ready', plotId, details: result.value }
            : { status: 'failed', plotId, message: word(result.error) },
        );
      });
    return () => {
      current = false;
    };
  }, [plotId, stamp]);
  return state;
}
