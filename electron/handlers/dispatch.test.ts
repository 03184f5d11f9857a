import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import { withUnusedHandlers } from './unusedHandlers';
import { NotFoundError } from '../services/refusals/notFoundError';

// Handlers written for the test: dispatch is what is tested, not the services behind it.
const seen: unknown[] = [];
const handlers = withUnusedHandlers({
  'app:info': () => ({ version: '1', host: 'web', file: 'x.gpkg' }),
  'project:summary': () => ({ file: 'x.gpkg', parks: [], rowFindings: [] }),
  'map:layers': () => {
    throw new Error('disk on fire');
  },
  'plots:details': ({ plotId }) => {
    seen.push(plotId);
    throw new NotFoundError('notFound.plot', { id: plotId });
  },
});

describe('dispatch', () => {
  it('returns the handler value in an ok envelope', async () => {
    expect(await dispatch(handlers, 'app:info', {})).toEqual({ ok: true, value: { version: '1', host: 'web', file: 'x.gpkg' } });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const result = await dispatch(handlers, 'fs:readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('validates the payload and names the bad field', async () => {
    const result = await dispatch(handlers, 'plots:details', { plotId: 'DROP TABLE' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(result.ok === false && result.error.message).toContain('plotId');
    expect(seen).toEqual([]);
  });

  it('refuses extra fields (the renderer is untrusted)', async () => {
    expect(await dispatch(handlers, 'app:info', { admin: true })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('turns thrown errors into failures instead of throwing across the boundary', async () => {
    expect(await dispatch(handlers, 'plots:details', { plotId: 5 })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'Plot 5 does not exist' },
    });
    const silenced = console.error;
    console.error = () => undefined;
    try {
      expect(await dispatch(handlers, 'map:layers', {})).toMatchObject({ ok: false, error: { code: 'internal', key: 'failure.internal', params: { text: 'disk on fire' } } });
    } finally {
      console.error = silenced;
    }
  });
});
