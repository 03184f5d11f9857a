import { describe, expect, it } from 'vitest';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import { initialViewState, viewReducer } from './viewState';

const ryazan = 1 as ParkId;
const karandash = 2 as ParkId;
const plot = (n: number) => n as PlotId;

describe('viewReducer', () => {
  it('starts on the first park, nothing selected, framing all parks', () => {
    const state = initialViewState(ryazan);
    expect(state).toMatchObject({ parkId: ryazan, selectedPlotId: null, camera: { target: 'all' } });
  });

  it('eases the camera to a plot picked in the list', () => {
    const state = viewReducer(initialViewState(ryazan), { type: 'select-plot', plotId: plot(5), parkId: ryazan, origin: 'list' });
    expect(state.selectedPlotId).toBe(5);
    expect(state.selectionOrigin).toBe('list');
    expect(state.camera).toEqual({ target: 'plot', plotId: 5, seq: 1 });
  });

  it('keeps the camera still for a plot clicked on the map', () => {
    const start = initialViewState(ryazan);
    const state = viewReducer(start, { type: 'select-plot', plotId: plot(5), parkId: ryazan, origin: 'map' });
    expect(state.selectionOrigin).toBe('map');
    expect(state.camera).toBe(start.camera);
  });

  it('switches the current park when a plot of another park is clicked', () => {
    const state = viewReducer(initialViewState(ryazan), { type: 'select-plot', plotId: plot(40), parkId: karandash, origin: 'map' });
    expect(state.parkId).toBe(karandash);
  });

  it('drops the selection when the planner switches to another park', () => {
    const selected = viewReducer(initialViewState(ryazan), { type: 'select-plot', plotId: plot(5), parkId: ryazan, origin: 'list' });
    const moved = viewReducer(selected, { type: 'show-park', parkId: karandash });
    expect(moved).toMatchObject({ parkId: karandash, selectedPlotId: null, camera: { target: 'park', parkId: karandash } });
  });

  it('keeps the selection when the same park is shown again, and still moves the camera', () => {
    const selected = viewReducer(initialViewState(ryazan), { type: 'select-plot', plotId: plot(5), parkId: ryazan, origin: 'list' });
    const again = viewReducer(selected, { type: 'show-park', parkId: ryazan });
    expect(again.selectedPlotId).toBe(5);
    expect(again.camera.seq).toBeGreaterThan(selected.camera.seq);
  });

  it('clears the selection', () => {
    const selected = viewReducer(initialViewState(ryazan), { type: 'select-plot', plotId: plot(5), parkId: ryazan, origin: 'map' });
    expect(viewReducer(selected, { type: 'clear-selection' })).toMatchObject({ selectedPlotId: null, selectionOrigin: null });
  });
});
