import { useEffect, useState } from 'react';
import type { PlotDetails } from '../../../shared/contract/views';
import type { PlotId } from '../../../shared/domain/ids';
import { getBridge } from '../bridge';
import { useMessageText } from '../i18n/useMessageText';

export type PlotDetailsState =
  | { readonly status: 'none' }
  | { readonly status: 'loading'; readonly plotId: PlotId }
  | { readonly status: 'failed'; readonly plotId: PlotId; readonly message: string }
  | { readonly status: 'ready'; readonly plotId: PlotId; readonly details: PlotDetails };

/**
 * The selected plot's details from `plots:details`; a late answer for a plot no longer selected is dropped.
 * A new `revision` (after an edit) asks again, keeping the old details on screen until the answer comes.
 */
export function usePlotDetails(plotId: PlotId | null, revision = 0): PlotDetailsState {
  const word = useMessageText();
  const [state, setState] = useState<PlotDetailsState>({ status: 'none' });
  useEffect(() => {
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
  }, [plotId, revision]);
  return state;
}
