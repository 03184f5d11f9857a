import { useEffect, useState } from 'react';
import type { PlotDetails } from '../../../shared/contract/views';
import type { PlotId } from '../../../shared/domain/ids';
import { getBridge } from '../bridge';

export type PlotDetailsState =
  | { readonly status: 'none' }
  | { readonly status: 'loading'; readonly plotId: PlotId }
  | { readonly status: 'failed'; readonly plotId: PlotId; readonly message: string }
  | { readonly status: 'ready'; readonly plotId: PlotId; readonly details: PlotDetails };

/** The selected plot's details from `plots:details`; a late answer for a plot no longer selected is dropped. */
export function usePlotDetails(plotId: PlotId | null): PlotDetailsState {
  const [state, setState] = useState<PlotDetailsState>({ status: 'none' });
  useEffect(() => {
    if (plotId === null) {
      setState({ status: 'none' });
      return undefined;
    }
    let current = true;
    setState({ status: 'loading', plotId });
    void getBridge()
      .invoke('plots:details', { plotId })
      .then((result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: 'ready', plotId, details: result.value }
            : { status: 'failed', plotId, message: result.error.message },
        );
      });
    return () => {
      current = false;
    };
  }, [plotId]);
  return state;
}
