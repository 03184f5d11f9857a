import { describe, expect, it } from 'vitest';
import { ALL_LAYERS_ON, layerVisibility, networkFilter, toggleLayer, toggleNetwork } from './layerVisibility';
import { LAYER } from './layerIds';

describe('layerVisibility', () => {
  it('shows every toggleable layer when all are on', () => {
    const visibility = layerVisibility(ALL_LAYERS_ON);
    expect([...visibility.values()].every((value) => value === 'visible')).toBe(true);
    expect(visibility.get(LAYER.plotLabel)).toBe('visible');
  });

  it('hides the boundary fill and outline together', () => {
    const visibility = layerVisibility(toggleLayer(ALL_LAYERS_ON, 'boundary'));
    expect(visibility.get(LAYER.parkFill)).toBe('none');
    expect(visibility.get(LAYER.parkOutline)).toBe('none');
    expect(visibility.get(LAYER.plotFill)).toBe('visible');
  });

  it('hides plot labels with the plots even when labels stay on', () => {
    const visibility = layerVisibility(toggleLayer(ALL_LAYERS_ON, 'plots'));
    expect(visibility.get(LAYER.plotLabel)).toBe('none');
    expect(visibility.get(LAYER.plotAreaLabel)).toBe('none');
  });

  it('hides the plot codes and areas together with the labels toggle', () => {
    const visibility = layerVisibility(toggleLayer(ALL_LAYERS_ON, 'labels'));
    expect(visibility.get(LAYER.plotLabel)).toBe('none');
    expect(visibility.get(LAYER.plotAreaLabel)).toBe('none');
    expect(visibility.get(LAYER.plotFill)).toBe('visible');
  });

  it('toggles the ЕГРН parcels’ outline and numbers together; the numbers also follow the labels', () => {
    const off = layerVisibility(toggleLayer(ALL_LAYERS_ON, 'cadastralParcels'));
    expect(off.get(LAYER.parcelOutline)).toBe('none');
    expect(off.get(LAYER.parcelLabel)).toBe('none');
    expect(off.get(LAYER.plotOutline)).toBe('visible');
    const noLabels = layerVisibility(toggleLayer(ALL_LAYERS_ON, 'labels'));
    expect(noLabels.get(LAYER.parcelOutline)).toBe('visible');
    expect(noLabels.get(LAYER.parcelLabel)).toBe('none');
  });

  it('hides the cadastral numbers alone with their own toggle; the outline and the picked outline stay', () => {
    const visibility = layerVisibility(toggleLayer(ALL_LAYERS_ON, 'parcelNumbers'));
    expect(visibility.get(LAYER.parcelLabel)).toBe('none');
    expect(visibility.get(LAYER.parcelOutline)).toBe('visible');
    expect(visibility.get(LAYER.parcelPicked)).toBe('visible');
    expect(visibility.get(LAYER.plotLabel)).toBe('visible');
  });

  it('never hides the selection highlight', () => {
    expect(layerVisibility(toggleLayer(ALL_LAYERS_ON, 'plots')).has(LAYER.plotSelected)).toBe(false);
  });
});

describe('networkFilter', () => {
  it('lists every network when all are on', () => {
    expect(networkFilter(ALL_LAYERS_ON)).toEqual([
      'in',
      ['get', 'network'],
      ['literal', ['power', 'gas', 'water', 'sewer', 'heat', 'telecom', 'storm']],
    ]);
  });

  it('drops a network switched off, and toggling twice restores it', () => {
    const withoutGas = toggleNetwork(ALL_LAYERS_ON, 'gas');
    expect(JSON.stringify(networkFilter(withoutGas))).not.toContain('"gas"');
    expect(networkFilter(toggleNetwork(withoutGas, 'gas'))).toEqual(networkFilter(ALL_LAYERS_ON));
  });
});
