import type { Messages } from './ru';

/** The underlays section of the layer panel (issue 13), spread into en.ts. */
export const underlaysEn: Pick<Messages, 'underlays'> = {
  underlays: {
    title: 'Underlays',
    none: 'No underlays: add a file with parkplan underlay add',
    opacity: 'Opacity of «{{name}}»',
    up: 'Up',
    down: 'Down',
    notPlaced: 'not placed yet (too few control points)',
    rms: 'RMS {{rms}} m',
    kind: { pmtiles: 'PMTiles', mbtiles: 'MBTiles', geotiff: 'GeoTIFF', scan: 'scan' },
  },
};
