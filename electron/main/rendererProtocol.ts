import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { findStaticFile } from '../web/staticFiles';
import { SECURITY_HEADERS } from '../web/securityHeaders';
import { parseUnderlayPath } from '../../shared/contract/underlayChannels';
import type { UnderlayTiles } from '../services/underlays/underlayTiles';
import { APP_SCHEME } from './contentsPolicy';

export { APP_ORIGIN, APP_SCHEME } from './contentsPolicy';

/** Must run before the app is ready: the scheme behaves like https (fetch, workers, a secure origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } },
  ]);
}

/** Serves the built renderer from parkplan://app/ (only files under its folder) and the underlays' tiles, with the CSP on every response. */
export function serveRenderer(rendererRoot: string, underlays: Pick<UnderlayTiles, 'serve'>): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    // Underlay tiles and scans come from the same origin as the app, so the CSP needs no exception.
    const underlayPath = url.host === 'app' ? parseUnderlayPath(url.pathname) : null;
    if (underlayPath !== null) {
      const found = await underlays.serve(underlayPath.id, underlayPath.tile);
      if (found === null) return new Response('No tile', { status: 404, headers: SECURITY_HEADERS });
      return new Response(found.bytes, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': found.contentType } });
    }
    const file = url.host === 'app' ? findStaticFile(rendererRoot, url.pathname) : null;
    if (file === null) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file.path).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Type', file.contentType);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(response.body, { status: 200, headers });
  });
}
