import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectEvent } from '../../shared/contract/changeSet';
import type { ProjectFileState } from '../../shared/contract/projectFileChannels';
import type { Result } from '../../shared/contract/result';
import { folderPicker } from '../services/projectFiles/projectFilePicker';
import { createRecentProjects } from '../services/projectFiles/recentProjects';
import { openProject } from '../store/project';
import { addColleaguesTrigger, damagePlotsPage } from '../store/__fixtures__/hostileFiles';
import { dispatch } from './dispatch';
import { startProjectSession, type ProjectSession } from './projectSession';
import { createSessionHandlers } from './sessionHandlers';

const square = { type: 'Polygon', coordinates: [[[39.6, 54.7], [39.601, 54.7], [39.601, 54.701], [39.6, 54.701], [39.6, 54.7]]] };
let sessions: ProjectSession[] = [];
afterEach(async () => {
  for (const session of sessions) await session.close();
  sessions = [];
});

/** A project folder with `first` in it (an empty project unless `prepare` changes it) and a session started on it, as web mode starts. */
function webSession(prepare?: (file: string) => void) {
  const folder = mkdtempSync(join(tmpdir(), 'parkplan-session-'));
  const first = join(folder, 'first.gpkg');
  openProject(first, { create: true }).close();
  prepare?.(first);
  const picker = folderPicker(folder);
  const recent = createRecentProjects(join(folder, '.recent.json'));
  const session = startProjectSession(first, { host: 'web', recent, picker, today: () => '2026-06-15' });
  sessions.push(session);
  const handlers = createSessionHandlers(session, picker, recent);
  const events: ProjectEvent[] = [];
  session.feed.subscribe((event) => events.push(event));
  const call = (channel: string, payload: unknown = {}) => dispatch(handlers, channel, payload, session.feed);
  return { folder, first, session, call, events };
}

const value = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  return result.value as T;
};

describe('the project a running app works on', () => {
  it('New makes an empty project in the folder, opens it, names it in the state and tells every window', async () => {
    const { folder, call, events } = webSession();
    const state = value<ProjectFileState>(await call('projectFiles:new', { name: 'Технопарк' }));
    expect(state).toMatchObject({ file: join(folder, 'Технопарк.gpkg'), name: 'Технопарк.gpkg', access: { mode: 'edit' }, chooser: 'folder', folder });
    expect(value<{ parks: unknown[] }>(await call('project:summary')).parks).toEqual([]);
    expect(events).toContainEqual({ kind: 'opened', file: join(folder, 'Технопарк.gpkg') });
    expect(state.recent.map((entry) => entry.name)).toEqual(['Технопарк.gpkg', 'first.gpkg']);
  });

  it('Open and Save As: the copy is made with the backup API and edits then go to the copy only', async () => {
    const { folder, first, call } = webSession((file) => {
      const store = openProject(file);
      store.transaction(() => store.parks.insert({ name: 'Первый', region: '', declaredAreaHa: null, cadastralCrs: null, illustrative: false, codePrefix: 'П-', boundary: square as never }));
      store.close();
    });
    const saved = value<ProjectFileState>(await call('projectFiles:saveAs', { name: 'copy' }));
    expect(saved.file).toBe(join(folder, 'copy.gpkg'));
    const parkId = value<{ parks: { id: number }[] }>(await call('project:summary')).parks[0]?.id;
    const created = await call('plots:create', { parkId, geometry: { type: 'Polygon', coordinates: [[[39.6002, 54.7002], [39.6008, 54.7002], [39.6008, 54.7008], [39.6002, 54.7008], [39.6002, 54.7002]]] } });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    value(await call('projectFiles:open', { name: 'first.gpkg' }));
    const plotsOf = async () => value<{ parks: { plotCount: number }[] }>(await call('project:summary')).parks[0]?.plotCount;
    expect(await plotsOf()).toBe(0);
    value(await call('projectFiles:open', { recent: join(folder, 'copy.gpkg') }));
    expect(await plotsOf()).toBe(1);
    expect(existsSync(first)).toBe(true);
  });

  it('refuses names outside the folder and paths not on the recent list, and keeps the open project', async () => {
    const { first, call } = webSession();
    for (const name of ['../first.gpkg', '/etc/passwd', 'a/b.gpkg']) {
      const opened = await call('projectFiles:open', { name });
      expect(opened.ok ? 'opened' : opened.error.key).toBe('projectFiles.badName');
      const saved = await call('projectFiles:saveAs', { name });
      expect(saved.ok ? 'saved' : saved.error.key).toBe('projectFiles.badName');
    }
    const recent = await call('projectFiles:open', { recent: '/etc/passwd' });
    expect(recent.ok ? 'opened' : recent.error.key).toBe('projectFiles.notRecent');
    expect(value<ProjectFileState>(await call('projectFiles:state')).file).toBe(first);
  });

  it('a file that cannot be opened (damaged pages) is refused naming it, and the open project stays', async () => {
    const { folder, first, call } = webSession();
    const damaged = join(folder, 'damaged.gpkg');
    openProject(damaged, { create: true }).close();
    damagePlotsPage(damaged);
    const opened = await call('projectFiles:open', { name: 'damaged.gpkg' });
    expect(opened.ok ? 'opened' : [opened.error.code, opened.error.key]).toEqual(['refused', 'projectFile.damaged']);
    expect(value<ProjectFileState>(await call('projectFiles:state')).file).toBe(first);
  });

  it('started on a damaged file, it has no project and says why; New still works', async () => {
    const { call } = webSession(damagePlotsPage);
    const state = value<ProjectFileState>(await call('projectFiles:state'));
    expect(state.file).toBeNull();
    expect(state.access).toMatchObject({ mode: 'none', failure: { key: 'projectFile.damaged' } });
    const summary = await call('project:summary');
    expect(summary.ok ? 'answered' : summary.error.key).toBe('projectFile.damaged');
    expect(value<ProjectFileState>(await call('projectFiles:new', { name: 'fresh' })).access).toEqual({ mode: 'edit' });
  });

  it('a colleague’s file is read-only: edits are refused with the reason, the file is untouched; Repair backs up, drops and opens for editing', async () => {
    const { folder, first, call } = webSession((file) => {
      const store = openProject(file);
      store.transaction(() => store.parks.insert({ name: 'Первый', region: '', declaredAreaHa: null, cadastralCrs: null, illustrative: false, codePrefix: 'П-', boundary: square as never }));
      store.close();
      addColleaguesTrigger(file);
    });
    const before = readFileSync(first);
    const state = value<ProjectFileState>(await call('projectFiles:state'));
    expect(state.access).toMatchObject({ mode: 'read-only', repairable: true });
    const parkId = value<{ parks: { id: number }[] }>(await call('project:summary')).parks[0]?.id;
    const geometry = { type: 'Polygon', coordinates: [[[39.6002, 54.7002], [39.6008, 54.7002], [39.6008, 54.7008], [39.6002, 54.7008], [39.6002, 54.7002]]] };
    const refused = await call('plots:create', { parkId, geometry });
    expect(refused.ok ? 'written' : [refused.error.key, (refused.error.params['reason'] as { key: string }).key]).toEqual(['projectFile.readOnly.edit', 'projectFile.readOnly.foreign']);
    expect(readFileSync(first).equals(before)).toBe(true);

    const repaired = value<ProjectFileState>(await call('projectFiles:repair'));
    expect(repaired.access).toEqual({ mode: 'edit' });
    expect(readFileSync(join(folder, 'first.before-repair.gpkg')).length).toBeGreaterThan(0);
    expect(value<unknown>(await call('plots:create', { parkId, geometry }))).toBeTruthy();
    expect(value<unknown[]>(await call('residents:list', {}))).toEqual([]);
    const again = await call('projectFiles:repair');
    expect(again.ok ? 'repaired' : again.error.key).toBe('projectFile.readOnly.nothingToRepair');
  });
});
