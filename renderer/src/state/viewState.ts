import type { ParkId, PlotId } from '../../../shared/domain/ids';

/**
 * Where the camera should go next. Each request carries a fresh `seq` so asking twice for the same park
 * still moves the map (a planner panned away and clicks the park again).
 */
export type CameraRequest =
  | { readonly target: 'all'; readonly seq: number }
  | { readonly target: 'park'; readonly parkId: ParkId; readonly seq: number }
  | { readonly target: 'plot'; readonly plotId: PlotId; readonly seq: number };

/** Where a selection came from decides the follow-up: from the list the map eases, from the map the list scrolls. */
export type SelectionOrigin = 'map' | 'list';

export interface ViewState {
  /** The park the header, the plot list and the summary are about. */
  readonly parkId: ParkId | null;
  readonly selectedPlotId: PlotId | null;
  readonly selectionOrigin: SelectionOrigin | null;
  readonly camera: CameraRequest;
}

export type ViewAction =
  | { readonly type: 'show-all' }
  | { readonly type: 'show-park'; readonly parkId: ParkId }
  | { readonly type: 'select-plot'; readonly plotId: PlotId; readonly parkId: ParkId; readonly origin: SelectionOrigin }
  | { readonly type: 'clear-selection' };

export const initialViewState = (parkId: ParkId | null, camera: CameraRequest = { target: 'all', seq: 0 }): ViewState => ({
  parkId,
  selectedPlotId: null,
  selectionOrigin: null,
  camera,
});

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  const seq = state.camera.seq + 1;
  switch (action.type) {
    case 'show-all':
      return { ...state, camera: { target: 'all', seq } };
    case 'show-park': {
      // A selection in another park would be invisible in the list; drop it.
      const keepSelection = action.parkId === state.parkId;
      return {
        ...state,
        parkId: action.parkId,
        selectedPlotId: keepSelection ? state.selectedPlotId : null,
        selectionOrigin: keepSelection ? state.selectionOrigin : null,
        camera: { target: 'park', parkId: action.parkId, seq },
      };
    }
    case 'select-plot':
      return {
        ...state,
        parkId: action.parkId,
        selectedPlotId: action.plotId,
        selectionOrigin: action.origin,
        // A click on the map is already where the planner is looking: leave the camera alone.
        camera: action.origin === 'list' ? { target: 'plot', plotId: action.plotId, seq } : state.camera,
      };
    case 'clear-selection':
      return { ...state, selectedPlotId: null, selectionOrigin: null };
  }
}
