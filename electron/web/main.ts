import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoProject } from '../services/project/demoProject';
import { defaultProjectFile, projectFolder } from '../services/project/defaultProject';
import { RefusedError } from '../services/refusals/refusedError';
import { folderPicker } from '../services/projectFiles/projectFilePicker';
import { isInFolder } from '../services/projectFiles/projectFolder';
import { createRecentProjects } from '../services/projectFiles/recentProjects';
import { startProjectSession } from '../handlers/projectSession';
import { createSessionHandlers } from '../handlers/sessionHandlers';
import { startWebHost } from './webHost';

/**
 * `npm run web -- [--project FILE [--create]] [--port N]`: the renderer and the handlers served on loopback.
 * A named project that does not exist is refused unless --create says so: a mistyped path must not become a
 * fresh demo the planner then edits by mistake. The default project is still created on first start.
 * New, Open and Save As in the page reach only the project folder (PARKPLAN_HOME, else ~/ParkPlan).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { project: { type: 'string' }, create: { type: 'boolean' }, port: { type: 'string' }, renderer: { type: 'string' } },
    allowPositionals: false,
  });
  const folder = projectFolder();
  const file = resolve(values.project ?? defaultProjectFile(folder));
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${values.port}"`);
  if (values.project !== undefined && values.create !== true && !existsSync(file)) throw new RefusedError('projectFile.missing', { file });
  const staticRoot = values.renderer ?? fileURLToPath(new URL('../../out/renderer', import.meta.url));
  if (!existsSync(file)) createDemoProject(file).close();
  const picker = folderPicker(folder);
  // Kept in the folder it lists: web mode has no settings folder of its own, and nothing outside the folder is listed.
  const recent = createRecentProjects(join(folder, '.parkplan-recent.json'), (candidate) => isInFolder(folder, candidate));
  // A file that cannot be opened (damaged, not a project) is said in the page, with New and Open beside it.
  const session = startProjectSession(file, { host: 'web', recent, picker });
  const host = await startWebHost({ handlers: createSessionHandlers(session, picker, recent), feed: session.feed, staticRoot, port, underlays: session.underlays });
  const state = session.state();
  console.log(`ParkPlan web mode — project ${file}${state.access.mode === 'none' ? ' (could not be opened; the page says why)' : ''}`);
  console.log(`New, Open and Save As use the project folder ${folder}`);
  console.log('Open this address (loopback only; the token is new on every run):');
  console.log(host.url);
  const stop = () => {
    void host.close().then(async () => {
      await session.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`parkplan web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
