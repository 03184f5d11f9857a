import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUnusedHandlers } from '../handlers/unusedHandlers';
import { UPLOAD_CHUNK_BYTES } from '../../shared/contract/importJobs';
import { bodyLimitFor, startWebHost, type WebHost } from './webHost';

const handlers = withUnusedHandlers({
  'app:info': () => ({ version: '1', host: 'web', file: 'x.gpkg' }),
  'project:summary': () => ({ file: 'x.gpkg', parks: [], rowFindings: [] }),
  'map:layers': () => ({
    parks: { type: 'FeatureCollection', features: [] },
    plots: { type: 'FeatureCollection', features: [] },
    railSpurs: { type: 'FeatureCollection', features: [] },
    cadastralParcels: { type: 'FeatureCollection', features: [] },
    utilityLines: { type: 'FeatureCollection', features: [] },
    rowFindings: [],
  }),
  'plots:details': () => {
    throw new Error('not in this test');
  },
  // Echoes the chunk's size, so a test sees the whole body arrived.
  'import:upload': ({ chunkBase64 }) => ({ uploadId: 'echo-upload', receivedBytes: chunkBase64.length }),
});

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function send(host: WebHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let host: WebHost;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'parkplan-web-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ParkPlan</title>');
  host = await startWebHost({ handlers, staticRoot: root, port: 0 });
});

afterAll(() => host.close());

describe('web host', () => {
  it('listens on loopback and prints a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a request without the token with 403', async () => {
    expect((await send(host, '/')).status).toBe(403);
    expect((await send(host, '/api/app:info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
  });

  it('refuses a wrong token', async () => {
    // The last character changed to one it is not (a fixed 'x' would be the token itself one time in 64).
    const wrong = `${host.token.slice(0, -1)}${host.token.endsWith('x') ? 'y' : 'x'}`;
    expect(wrong).not.toBe(host.token);
    expect((await send(host, `/?token=${wrong}`)).status).toBe(403);
  });

  it('refuses a foreign Host header even with the token (DNS rebinding)', async () => {
    const reply = await send(host, `/?token=${host.token}`, { headers: { host: `evil.example:${host.port}` } });
    expect(reply.status).toBe(403);
    expect((await send(host, `/?token=${host.token}`, { headers: { host: `localhost:${host.port}` } })).status).toBe(403);
  });

  it('refuses a cross-origin call even with the token', async () => {
    const reply = await send(host, '/api/app:info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-parkplan-token': host.token, origin: 'http://evil.example' },
      body: '{}',
    });
    expect(reply.status).toBe(403);
  });

  it('serves the page with the token, sets the cookie, and sends the CSP', async () => {
    const reply = await send(host, `/?token=${host.token}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>ParkPlan</title>');
    expect(String(reply.headers['set-cookie'])).toContain(`parkplan_token_${host.port}=${host.token}`);
    expect(String(reply.headers['set-cookie'])).toContain('HttpOnly');
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('answers API calls authenticated by the cookie with a Result', async () => {
    const reply = await send(host, '/api/app:info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `parkplan_token_${host.port}=${host.token}` },
      body: '{}',
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { version: '1', host: 'web', file: 'x.gpkg' } });
  });

  it('keeps a second instance on another port from taking its cookie: the name carries the port', async () => {
    const second = await startWebHost({ handlers, staticRoot: tmpdir(), port: 0 });
    try {
      const cookie = String((await send(second, `/?token=${second.token}`)).headers['set-cookie']);
      expect(cookie).toContain(`parkplan_token_${second.port}=`);
      expect(cookie).not.toContain(`parkplan_token_${host.port}=`);
      // The browser sends both instances' cookies to each port; each instance reads only its own.
      const both = `parkplan_token_${second.port}=${second.token}; parkplan_token_${host.port}=${host.token}`;
      const headers = { 'content-type': 'application/json', cookie: both };
      expect((await send(host, '/api/app:info', { method: 'POST', headers, body: '{}' })).status).toBe(200);
      expect((await send(second, '/api/app:info', { method: 'POST', headers, body: '{}' })).status).toBe(200);
      // The other instance's token under this port's name is refused.
      const swapped = { 'content-type': 'application/json', cookie: `parkplan_token_${host.port}=${second.token}` };
      expect((await send(host, '/api/app:info', { method: 'POST', headers: swapped, body: '{}' })).status).toBe(403);
    } finally {
      await second.close();
    }
  });

  it('answers a malformed percent-encoding in an API path with 400, not a stack trace', async () => {
    const reply = await send(host, '/api/%E0%A4%A', { method: 'POST', headers: { 'content-type': 'application/json', 'x-parkplan-token': host.token }, body: '{}' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(reply.body).not.toMatch(/URIError|at .*\.ts/);
  });

  it('names a malformed body and an unknown channel', async () => {
    const headers = { 'content-type': 'application/json', 'x-parkplan-token': host.token };
    const bad = await send(host, '/api/app:info', { method: 'POST', headers, body: '{nope' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'Request body is not JSON' } });
    const unknown = await send(host, '/api/shell:exec', { method: 'POST', headers, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses API calls that are not JSON POSTs and bodies over the limit', async () => {
    expect((await send(host, `/api/app:info?token=${host.token}`)).status).toBe(405);
    const form = await send(host, '/api/app:info', { method: 'POST', headers: { 'content-type': 'text/plain', 'x-parkplan-token': host.token }, body: '{}' });
    expect(form.status).toBe(415);
    const huge = await send(host, '/api/app:info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-parkplan-token': host.token },
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
  });

  it('lets the import upload carry a 4 MB chunk, and only it', async () => {
    const headers = { 'content-type': 'application/json', 'x-parkplan-token': host.token };
    // A full chunk as the dialog sends it: UPLOAD_CHUNK_BYTES of file as base64.
    const chunkBase64 = 'A'.repeat(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4);
    const body = JSON.stringify({ fileName: 'big.geojson', offset: 0, chunkBase64, totalBytes: UPLOAD_CHUNK_BYTES });
    const upload = await send(host, '/api/import:upload', { method: 'POST', headers, body });
    expect(upload.status).toBe(200);
    expect(JSON.parse(upload.body)).toMatchObject({ ok: true, value: { receivedBytes: chunkBase64.length } });
    const elsewhere = await send(host, '/api/plots:create', { method: 'POST', headers, body: JSON.stringify({ parkId: 1, notes: chunkBase64.slice(0, 1100 * 1024) }) });
    expect(elsewhere.status).toBe(413);
    const overChunk = await send(host, '/api/import:upload', { method: 'POST', headers, body: JSON.stringify({ fileName: 'big.geojson', offset: 0, chunkBase64: `${chunkBase64}AAAA`.repeat(2), totalBytes: 1 }) });
    expect(overChunk.status).toBe(413);
    expect(bodyLimitFor('import:preview')).toBe(1024 * 1024);
    expect(bodyLimitFor('app:info')).toBe(1024 * 1024);
    expect(bodyLimitFor('toString')).toBe(1024 * 1024);
  });
});
