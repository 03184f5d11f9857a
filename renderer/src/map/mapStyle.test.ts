import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildMapStyle } from './mapStyle';
import { FONT_STACK, glyphsUrl } from './glyphs';
import { LAYER, SOURCE } from './layerIds';
import { STATUS_COLORS } from './statusColors';

const style = buildMapStyle('http://127.0.0.1:4000/glyphs/{fontstack}/{range}.pbf');

describe('buildMapStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('loads nothing from the network: no tiles, no sprite, glyphs from the app itself', () => {
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
    expect(style.glyphs).toBe('http://127.0.0.1:4000/glyphs/{fontstack}/{range}.pbf');
  });

  it('sets the shipped font on every symbol layer', () => {
    const symbols = style.layers.filter((layer) => layer.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(0);
    for (const layer of symbols) expect(layer.layout?.['text-font']).toEqual([...FONT_STACK]);
  });

  it('fills plots with the status palette', () => {
    const fill = style.layers.find((layer) => layer.id === LAYER.plotFill);
    const paint = fill?.type === 'fill' ? fill.paint : undefined;
    const expression = JSON.stringify(paint?.['fill-color']);
    for (const [status, colour] of Object.entries(STATUS_COLORS)) expect(expression).toContain(`"${status}","${colour}"`);
  });

  it('draws the selection above the plots', () => {
    const order = style.layers.map((layer) => layer.id);
    expect(order.indexOf(LAYER.plotSelected)).toBeGreaterThan(order.indexOf(LAYER.plotFill));
  });

  it('labels plots by code before area: the code layer is placed first and shows from a lower zoom', () => {
    const order = style.layers.map((layer) => layer.id);
    // MapLibre places symbols from the top layer down: the upper layer wins a collision.
    expect(order.indexOf(LAYER.plotLabel)).toBeGreaterThan(order.indexOf(LAYER.plotAreaLabel));
    const code = style.layers.find((layer) => layer.id === LAYER.plotLabel);
    const area = style.layers.find((layer) => layer.id === LAYER.plotAreaLabel);
    expect(code?.type === 'symbol' ? code.layout?.['text-field'] : null).toEqual(['get', 'code']);
    expect(area?.type === 'symbol' ? area.layout?.['text-field'] : null).toEqual(['get', 'areaLabel']);
    expect(area?.minzoom).toBeGreaterThan(code?.minzoom ?? Infinity);
  });

  it('draws the selection from a source of its own, not by filtering the plots', () => {
    const selected = style.layers.find((layer) => layer.id === LAYER.plotSelected);
    expect(selected && 'source' in selected ? selected.source : null).toBe(SOURCE.plotSelection);
    expect(selected && 'filter' in selected ? selected.filter : undefined).toBeUndefined();
  });

  it('starts the sources with the data it is given and the others empty', () => {
    const plots = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 1, geometry: { type: 'Point', coordinates: [39.6, 54.7] }, properties: {} }] };
    const started = buildMapStyle('http://127.0.0.1:4000/glyphs/{fontstack}/{range}.pbf', { [SOURCE.plots]: plots });
    expect(validateStyleMin(started)).toEqual([]);
    const data = (id: string) => {
      const source = started.sources[id];
      return source?.type === 'geojson' ? source.data : undefined;
    };
    expect(data(SOURCE.plots)).toBe(plots);
    expect(data(SOURCE.parks)).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('glyphsUrl', () => {
  it('is absolute and keeps the placeholders MapLibre fills in', () => {
    expect(glyphsUrl('parkplan://app/index.html')).toBe('parkplan://app/glyphs/{fontstack}/{range}.pbf');
    expect(glyphsUrl('http://127.0.0.1:5173/?token=x')).toBe('http://127.0.0.1:5173/glyphs/{fontstack}/{range}.pbf');
  });
});
