import { describe, expect, it } from 'vitest';
import { vectorBasemapLayers } from './vectorBasemapStyle';

describe('vectorBasemapLayers', () => {
  it('draws only the layers the file has, ids under the underlay’s, at its opacity', () => {
    const layers = vectorBasemapLayers('openmaptiles', ['water', 'transportation', 'place'], 'underlay-3', 'underlay-3', 0.4);
    expect(new Set(layers.map((layer) => ('source-layer' in layer ? layer['source-layer'] : '')))).toEqual(new Set(['water', 'transportation', 'place']));
    expect(layers.every((layer) => layer.id.startsWith('underlay-3-') && 'source' in layer && layer.source === 'underlay-3')).toBe(true);
    const water = layers.find((layer) => layer.id === 'underlay-3-water');
    expect(water?.type === 'fill' && water.paint?.['fill-opacity']).toBe(0.4);
    const place = layers.find((layer) => layer.id === 'underlay-3-place');
    expect(place?.type === 'symbol' && JSON.stringify(place.layout?.['text-field'])).toContain('name:ru');
  });

  it('has a style for Protomaps’ layers, and draws any other schema plainly by geometry', () => {
    const protomaps = vectorBasemapLayers('protomaps', ['earth', 'water', 'roads', 'places'], 'u', 'u', 1).map((layer) => layer.id);
    expect(protomaps).toEqual(expect.arrayContaining(['u-earth', 'u-water', 'u-road', 'u-rail', 'u-place']));
    expect(vectorBasemapLayers('other', ['parcels'], 'u', 'u', 1).map((layer) => layer.type)).toEqual(['fill', 'line', 'symbol']);
  });
});
