import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UPLOAD_CHUNK_BYTES } from '../../shared/contract/importJobs';
import { dispatch } from '../handlers/dispatch';
import { windowActor } from '../services/journal/editActor';
import type { ProjectHandlerMap } from '../handlers/handlerMap';
import type { ChangeFeed } from '../services/journal/changeFeed/changeFeed';
import { EVENTS_PATH, serveProjectEvents } from './eventStream';
import { checkAccess, tokenCookieName } from './accessGuard';
import { findStaticFile, openStaticFile } from './staticFiles';
import { SECURITY_HEADERS } from './securityHeaders';
import { parseUnderlayPath } from '../../shared/contract/underlayChannels';
import type { UnderlayTiles } from '../services/underlays/underlayTiles';

const LOOPBACK = '127.0.0.1';
/** The header a page sends its actor id in (lower case, as Node gives headers). */
export const ACTOR_HEADER = 'x-parkplan-actor';
const MAX_BODY_BYTES = 1024 * 1024;
/** The import dialog uploads a file in chunks, base64 (4/3 of the bytes) inside JSON; only that channel gets more room. */
const UPLOAD_BODY_BYTES = Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4 + 64 * 1024;
const BODY_LIMITS: Readonly<Record<string, number>> = { 'import:upload': UPLOAD_BODY_BYTES };

/** The most a POST to `channel` may carry: 1 MB, except for the import upload's chunks. */
export const bodyLimitFor = (channel: string): number => (Object.hasOwn(BODY_LIMITS, channel) ? (BODY_LIMITS[channel] ?? MAX_BODY_BYTES) : MAX_BODY_BYTES);

export interface WebHostOptions {
  readonly handlers: ProjectHandlerMap;
  /** The open project's change feed: writes answer with their change sets, pages get them on /events. */
  readonly feed?: ChangeFeed;
  /** The built renderer (out/renderer). */
  readonly staticRoot: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Tiles and scan images of the project's underlays, served under /underlays/ behind the same token. */
  readonly underlays?: Pick<UnderlayTiles, 'serve'>;
}

export interface WebHost {
  readonly url: string;
  readonly token: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Serves the renderer and the same handlers as the desktop app, on loopback only, behind a per-run token. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  let expectedHost = '';
  let cookieName = '';
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const verdict = checkAccess(request, expectedHost, token, cookieName);
    if (!verdict.allowed) return send(response, 403, 'text/plain; charset=utf-8', `Forbidden: ${verdict.reason}`);
    if (verdict.tokenFromQuery) {
      response.setHeader('Set-Cookie', `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    const { pathname } = new URL(request.url ?? '/', `http://${expectedHost}`);
    if (pathname.startsWith('/api/')) return handleApi(request, response, pathname.slice('/api/'.length));
    if (pathname === EVENTS_PATH && options.feed !== undefined && request.method === 'GET') return serveProjectEvents(request, response, options.feed);
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const underlayPath = parseUnderlayPath(pathname);
    if (underlayPath !== null && options.underlays !== undefined) {
      const found = await options.underlays.serve(underlayPath.id, underlayPath.tile);
      if (found === null) return send(response, 404, 'text/plain; charset=utf-8', 'No tile');
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': found.contentType, 'Content-Length': String(found.bytes.length), 'Cache-Control': 'no-store' });
      return void response.end(request.method === 'HEAD' ? undefined : found.bytes);
    }
    const file = findStaticFile(options.staticRoot, pathname);
    if (file === null) return send(response, 404, 'text/plain; charset=utf-8', `Not found: ${pathname}`);
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': String(file.size),
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') return void response.end();
    openStaticFile(file).pipe(response);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Use POST');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(response, 415, 'text/plain; charset=utf-8', 'Expected application/json');
    }
    const name = channelName(channel);
    if (name === null) return sendJson(response, 400, { ok: false, error: { code: 'invalid-request', message: 'The channel in the URL is not valid percent-encoding' } });
    const body = await readBody(request, bodyLimitFor(name));
    if (body === null) {
      // The rest of the body is never read: close the connection rather than leave a paused socket behind.
      response.setHeader('Connection', 'close');
      return send(response, 413, 'text/plain; charset=utf-8', 'Request body too large');
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(response, 400, { ok: false, error: { code: 'invalid-request', message: 'Request body is not JSON' } });
    }
    // Each page names itself (renderer/src/bridge.ts), so its undo and redo are its own.
    const page = request.headers[ACTOR_HEADER];
    const result = await dispatch(options.handlers, name, payload, options.feed, windowActor(typeof page === 'string' ? page : undefined));
    return sendJson(response, 200, result);
  }

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port, LOOPBACK, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  expectedHost = `${LOOPBACK}:${port}`;
  cookieName = tokenCookieName(port);
  return {
    url: `http://${expectedHost}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

/** The channel from the URL, or null when its percent-encoding is broken (`/api/%E0%A4%A`): a 400, not a 500. */
function channelName(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.pause();
        resolveBody(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', rejectBody);
  });
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
