import { openGeotiffSource } from '../../electron/services/underlays/geotiffSource';
import { tileOf } from '../../shared/underlay/webMercatorTiles';

/*
 * Child process of geotiffOpen.bench.ts: opens one GeoTIFF as the host does and asks for the tile over
 * «Рязанский» at the coarsest zoom the source serves, at z14 (the whole park on screen) and at its finest
 * zoom; prints the times and its own peak RSS as one JSON line. A process of its own, so the peak is the
 * reader's alone and not what earlier benchmarks left behind.
 */

const CENTRE: readonly [number, number] = [39.6, 54.705];

async function timedTile(source: Awaited<ReturnType<typeof openGeotiffSource>>, z: number): Promise<{ ms: number; bytes: number }> {
  const [x, y] = tileOf(CENTRE[0], CENTRE[1], z);
  const started = performance.now();
  const png = await source.tile(z, x, y);
  if (png === null) throw new Error(`no tile at ${z}/${x}/${y}`);
  return { ms: performance.now() - started, bytes: png.length };
}

const file = process.argv[2];
if (file === undefined) throw new Error('usage: geotiffFirstTile.ts FILE.tif');
const started = performance.now();
const source = await openGeotiffSource(file, null);
const openMs = performance.now() - started;
const coarsest = await timedTile(source, source.info.minZoom);
const park = await timedTile(source, 14);
const finest = await timedTile(source, source.info.maxZoom);
await source.close();
console.log(JSON.stringify({
  openMs, minZoom: source.info.minZoom, maxZoom: source.info.maxZoom,
  coarsestMs: coarsest.ms, parkMs: park.ms, finestMs: finest.ms,
  firstTileMs: openMs + coarsest.ms,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}));
