/** The underlays section of the layer panel (issue 13), spread into ru.ts. */
export const underlaysRu = {
  underlays: {
    title: 'Подложки',
    none: 'Подложек нет: добавьте файл командой parkplan underlay add',
    opacity: 'Непрозрачность «{{name}}»',
    up: 'Выше',
    down: 'Ниже',
    notPlaced: 'ещё не привязана (мало опорных точек)',
    rms: 'СКО {{rms}} м',
    kind: { pmtiles: 'PMTiles', mbtiles: 'MBTiles', geotiff: 'GeoTIFF', scan: 'скан' },
  },
};
