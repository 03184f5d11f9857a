import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../handlers/projectHandlers';
import { createChangeFeed } from '../services/changeFeed/changeFeed';
import { openOrCreateProject } from '../services/demoProject';
import { defaultProjectFile } from '../services/defaultProject';
import { startWebHost } from './webHost';
import { createUnderlayTiles } from '../services/underlays/underlayTiles';

/** `npm run web -- [--project FILE] [--port N]`: the renderer and the handlers served on loopback. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { project: { type: 'string' }, port: { type: 'string' }, renderer: { type: 'string' } },
    allowPositionals: false,
  });
  const file = resolve(values.project ?? defaultProjectFile());
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${values.port}"`);
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
