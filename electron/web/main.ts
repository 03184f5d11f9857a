import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../handlers/projectHandlers';
import { createChangeFeed } from '../services/journal/changeFeed/changeFeed';
import { openOrCreateProject } from '../services/project/demoProject';
import { defaultProjectFile } from '../services/project/defaultProject';
import { RefusedError } from '../services/refusals/refusedError';
import { startWebHost } from './webHost';
import { createUnderlayTiles } from '../services/underlays/underlayTiles';

/**
 * `npm run web -- [--project FILE [--create]] [--port N]`: the renderer and the handlers served on loopback.
 * A named project that does not exist is refused unless --create says so: a mistyped path must not become a
 * fresh demo the planner then edits by mistake. The default project is still created on first start.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { project: { type: 'string' }, create: { type: 'boolean' }, port: { type: 'string' }, renderer: { type: 'string' } },
    allowPositionals: false,
  });
  const file = resolve(values.project ?? defaultProjectFile());
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${values.port}"`);
  if (values.project !== undefined && values.create !== true && !existsSync(file)) throw new RefusedError('projectFile.missing', { file });
  const staticRoot = values.renderer ?? fileURLToPath(new URL('../../out/renderer', import.meta.url));
  const store = openOrCreateProject(file);
  const feed = createChangeFeed(store);
  const underlayTiles = createUnderlayTiles(store);
  const host = await startWebHost({ handlers: createHandlers({ store, file, host: 'web', underlayTiles }), feed, staticRoot, port, underlays: underlayTiles });
  console.log(`ParkPlan web mode — project ${file}`);
  console.log('Open this address (loopback only; the token is new on every run):');
  console.log(host.url);
  const stop = () => {
    void host.close().then(async () => {
      feed.close();
      await underlayTiles.closeAll();
      store.close();
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
