import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers/projectHandlers';
import { createDemoProject } from '../../electron/services/project/demoProject';
import { addScan } from '../../electron/services/underlays/scanUnderlay';
import { addUnderlayFile } from '../../electron/services/underlays/underlayFiles';
import { createUnderlayTiles, type UnderlayTiles } from '../../electron/services/underlays/underlayTiles';
import type { ProjectStore } from '../../electron/store/project';
import { startWebHost, type WebHost } from '../../electron/web/webHost';
import type { UnderlayView } from '../../shared/contract/underlayChannels';
import { tileOf } from '../../shared/underlay/webMercatorTiles';
import { PNG_DECODE } from './support/pngPixels';
import { makeMbtiles, makeMskGeoTiff, makePmtiles } from './support/underlayFixtures';

// The web host serving the underlays of a demo project, asked by real HTTP requests as the map asks:
// the tile URL from underlays:list, behind the same token as the rest of the app.

const FILL = [30, 90, 220] as const;
const STRIPE = [240, 200, 20] as const;
// 1 km west of the park's centre, inside the fill of the GeoTIFF.
const WEST_OF_CENTRE: readonly [number, number] = [39.584, 54.705];

let dir: string;
let store: ProjectStore;
let tiles: UnderlayTiles;
let host: WebHost;
let mbtiles: string;
let views: UnderlayView[];

async function get(path: string, token: string | null = host.token): Promise<{ status: number; type: string | null; bytes: Uint8Array }> {
  const response = await fetch(`http://127.0.0.1:${host.port}${path}`, { headers: token === null ? {} : { 'x-parkplan-token': token } });
  return { status: response.status, type: response.headers.get('content-type'), bytes: new Uint8Array(await response.arrayBuffer()) };
}

function tilePath(view: UnderlayView, z: number, lonLat: readonly [number, number]): string {
  const [x, y] = tileOf(lonLat[0], lonLat[1], z);
  return `/underlays/${view.id}/${z}/${x}/${y}`;
}

/** The colour at the middle of a PNG tile. */
function middleColour(bytes: Uint8Array): number[] {
  const image = PNG_DECODE(bytes);
  const at = ((image.height >> 1) * image.width + (image.width >> 1)) * 4;
  return [...image.rgba.subarray(at, at + 4)];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-underlay-host-'));
  const geotiff = makeMskGeoTiff(dir, 'ortho', FILL, STRIPE);
  mbtiles = makeMbtiles(dir, geotiff, 'osm');
  const pmtiles = makePmtiles(mbtiles, join(dir, 'protomaps.pmtiles'));
  const file = join(dir, 'demo.gpkg');
  store = createDemoProject(file);
  await addUnderlayFile(store, { input: geotiff, name: 'Ортофото' });
  await addUnderlayFile(store, { input: mbtiles });
  await addUnderlayFile(store, { input: pmtiles });
  await addScan(store, { image: geotiff, name: 'Генплан', crs: 'MSK-62-1', transform: 'affine', controlPoints: [
    { px: 0, py: 0, x: 454_660, y: 1_319_600 }, { px: 1000, py: 0, x: 454_660, y: 1_324_600 }, { px: 0, py: 1000, x: 449_660, y: 1_319_600 },
  ] });
  tiles = createUnderlayTiles(store);
  // The renderer is not under test here: an index page stands in for out/renderer.
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  host = await startWebHost({ handlers: createHandlers({ store, file, host: 'web', underlayTiles: tiles }), staticRoot: dir, port: 0, underlays: tiles });
  const listed = await fetch(`http://127.0.0.1:${host.port}/api/underlays:list`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-parkplan-token': host.token }, body: '{}',
  });
  views = ((await listed.json()) as { ok: true; value: UnderlayView[] }).value;
}, 90_000);

afterAll(async () => {
  await host.close();
  await tiles.closeAll();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('underlay tiles through the web host', () => {
  it('lists the four underlays with what the map needs to ask for them', () => {
    expect(views.map((view) => [view.name, view.status.state])).toEqual([
      ['Ортофото', 'tiles'], ['osm', 'tiles'], ['protomaps', 'tiles'], ['Генплан', 'scan'],
    ]);
  });

  it.each([0, 1, 2])('answers a PNG tile of underlay %i over the park in the colour GDAL wrote there', async (index) => {
    const view = views[index]!;
    const reply = await get(tilePath(view, 14, WEST_OF_CENTRE));
    expect(reply.status).toBe(200);
    expect(reply.type).toBe('image/png');
    const [r = 0, g = 0, b = 0, a = 0] = middleColour(reply.bytes);
    expect([r, g, b].every((v, i) => Math.abs(v - (FILL[i] ?? 0)) <= 3), `${view.name}: ${r},${g},${b}`).toBe(true);
    expect(a).toBe(255);
  });

  it('answers the scan its image as stored in the project', async () => {
    const scan = views[3]!;
    const reply = await get(`/underlays/${scan.id}/image`);
    expect(reply.status).toBe(200);
    expect(reply.type).toBe('image/png');
    expect(PNG_DECODE(reply.bytes).width).toBe(1000);
  });

  it('refuses without the token or with a wrong one, before reading any file', async () => {
    const path = tilePath(views[1]!, 14, WEST_OF_CENTRE);
    expect((await get(path, null)).status).toBe(403);
    expect((await get(path, `${host.token.slice(0, -1)}${host.token.endsWith('x') ? 'y' : 'x'}`)).status).toBe(403);
  });

  it('answers 404 off the file, out of its zooms, for an unknown id and a missing file; the app keeps answering', async () => {
    const osm = views[1]!;
    expect((await get(tilePath(osm, 14, [40.4, 54.705]))).status).toBe(404);
    expect((await get(tilePath(osm, 3, WEST_OF_CENTRE))).status).toBe(404);
    expect((await get(tilePath({ ...osm, id: 999 as UnderlayView['id'] }, 14, WEST_OF_CENTRE))).status).toBe(404);
    await tiles.closeAll();
    renameSync(mbtiles, `${mbtiles}.away`);
    try {
      expect((await get(tilePath(osm, 14, WEST_OF_CENTRE))).status).toBe(404);
      expect((await get(tilePath(views[0]!, 14, WEST_OF_CENTRE))).status).toBe(200);
    } finally {
      renameSync(`${mbtiles}.away`, mbtiles);
    }
    // Put back, the file is drawn again without reopening the project.
    expect((await get(tilePath(osm, 14, WEST_OF_CENTRE))).status).toBe(200);
  });
});
