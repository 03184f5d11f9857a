import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/handlers/dispatch';
import { createHandlers } from '../../electron/handlers/projectHandlers';
import { createDemoProject } from '../../electron/services/project/demoProject';
import type { ProjectStore } from '../../electron/store/project';
import type { Failure } from '../../shared/contract/result';
import type { UnderlayFolderListing, UnderlayView } from '../../shared/contract/underlayChannels';
import { makeMskGeoTiff } from './support/underlayFixtures';

// The app's underlay chooser as the renderer reaches it (dispatch validates the payload): it lists the
// ParkPlan folder only, adds a GeoTIFF from it as tiles and a PNG as a scan to place, and refuses any name
// that leads out of the folder — by `..`, by an absolute path or through a symbolic link.

let dir: string;
let home: string;
let store: ProjectStore;
let handlers: ReturnType<typeof createHandlers>;

const call = (channel: string, payload: unknown) => dispatch(handlers, channel, payload);
async function value<T>(channel: string, payload: unknown): Promise<T> {
  const result = await call(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}
async function failure(channel: string, payload: unknown): Promise<Failure> {
  const result = await call(channel, payload);
  if (result.ok) throw new Error(`${channel} succeeded`);
  return result.error;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-underlay-chooser-'));
  home = join(dir, 'ParkPlan');
  mkdirSync(join(home, 'Подложки'), { recursive: true });
  makeMskGeoTiff(join(home, 'Подложки'), 'ortho', [200, 40, 160], [20, 200, 60]);
  // The same orthophoto with its CRS keys taken out, as some scanners and old GIS exports leave them.
  const bare = makeMskGeoTiff(join(home, 'Подложки'), 'bare', [200, 40, 160], [20, 200, 60]);
  expect(spawnSync('gdal_edit.py', ['-a_srs', '', bare]).status).toBe(0);
  writeFileSync(join(home, 'notes.txt'), 'not an underlay');
  writeFileSync(join(home, '.hidden.png'), 'hidden');
  writeFileSync(join(dir, 'secret.png'), 'outside the folder');
  symlinkSync(join(dir, 'secret.png'), join(home, 'link.png'));
  store = createDemoProject(join(dir, 'demo.gpkg'));
  handlers = createHandlers({ store, file: join(dir, 'demo.gpkg'), host: 'web', underlayFolder: home });
}, 60_000);
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the underlay chooser', () => {
  it('lists the folders and underlay files of the ParkPlan folder, not other files or hidden ones', async () => {
    const root = await value<UnderlayFolderListing>('underlays:browse', { folder: '' });
    expect(root.parent).toBeNull();
    expect(root.entries.map((e) => [e.name, e.folder])).toEqual([['Подложки', true], ['link.png', false]]);
    const sub = await value<UnderlayFolderListing>('underlays:browse', { folder: 'Подложки' });
    expect(sub.parent).toBe('');
    expect(sub.entries.map((e) => e.path)).toEqual(['Подложки/bare.tif', 'Подложки/ortho.tif']);
    expect(sub.entries[0]?.size).toBeGreaterThan(1000);
  });

  it('refuses a folder or file outside it, however it is named', async () => {
    for (const folder of ['..', '../..', dir, 'Подложки/../..']) {
      expect((await failure('underlays:browse', { folder })).key).toBe('underlay.folder.outside');
    }
    expect((await failure('underlays:add', { file: 'link.png', as: 'scan', crs: 'MSK-62-1' })).key).toBe('underlay.folder.outside');
    expect((await failure('underlays:add', { file: '../secret.png', as: 'scan', crs: 'MSK-62-1' })).key).toBe('underlay.folder.outside');
    expect((await failure('underlays:add', { file: 'nothing.tif', as: 'tiles' })).key).toBe('underlay.input.missing');
    expect(store.underlays.list()).toEqual([]);
  });

  it('adds the GeoTIFF as tiles and the same file again under a second name, then removes one', async () => {
    const views = await value<UnderlayView[]>('underlays:add', { file: 'Подложки/ortho.tif', as: 'tiles' });
    expect(views.map((v) => [v.name, v.kind, v.status.state])).toEqual([['ortho', 'geotiff', 'tiles']]);
    const again = await value<UnderlayView[]>('underlays:add', { file: 'Подложки/ortho.tif', as: 'tiles' });
    expect(again.map((v) => v.name)).toEqual(['ortho', 'ortho (2)']);
    const left = await value<UnderlayView[]>('underlays:remove', { id: again[1]?.id });
    expect(left.map((v) => v.name)).toEqual(['ortho']);
  });

  it('adds a TIFF as a scan with no control points: listed, stored inside the project, not drawn yet', async () => {
    const views = await value<UnderlayView[]>('underlays:add', { file: 'Подложки/ortho.tif', as: 'scan', crs: 'MSK-62-1' });
    const scan = views.find((v) => v.kind === 'scan');
    expect(scan?.georeference).toMatchObject({ crs: 'MSK-62-1', controlPoints: [], imageWidth: 1000, imageHeight: 1000, imageType: 'image/png' });
    expect(scan?.status).toEqual({ state: 'scan', corners: null, residuals: [], rms: null });
    expect(store.underlays.image(scan?.id ?? (0 as UnderlayView['id']))?.bytes.length).toBeGreaterThan(100);
  });

  it('adds a GeoTIFF that does not say its CRS once the planner names it, and refuses it until then', async () => {
    const refused = await failure('underlays:add', { file: 'Подложки/bare.tif', as: 'tiles' });
    expect(refused.key).toBe('underlay.file.noCrs');
    const views = await value<UnderlayView[]>('underlays:add', { file: 'Подложки/bare.tif', as: 'tiles', crs: 'MSK-62-1' });
    expect(views.find((v) => v.name === 'bare')).toMatchObject({ crs: 'MSK-62-1', status: { state: 'tiles' } });
  });

  it('refuses a scan without its CRS as a malformed request', async () => {
    expect((await failure('underlays:add', { file: 'Подложки/ortho.tif', as: 'scan' })).code).toBe('invalid-request');
  });
});
