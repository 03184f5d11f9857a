import { describe, expect, it } from 'vitest';
import { parseServerAddress, schemaNameFor } from './serverAddress';

describe('parseServerAddress', () => {
  it('keeps the password for connecting but never in the address it shows and stores', () => {
    const address = parseServerAddress('postgresql://anna:s3cret@10.0.0.5/parks?schema=ryazansky', {});
    expect(address.shown).toBe('postgresql://anna@10.0.0.5:5432/parks');
    expect(address.shown).not.toContain('s3cret');
    expect(address.connectionString).toContain('s3cret');
    expect(address).toMatchObject({ user: 'anna', database: 'parks', schema: 'ryazansky' });
    expect(address.connectionString).not.toContain('schema=');
  });

  it('takes the user from PGUSER when the address has none', () => {
    expect(parseServerAddress('postgresql://127.0.0.1:6543/parks', { PGUSER: 'boris' }).shown).toBe('postgresql://boris@127.0.0.1:6543/parks');
  });

  it('refuses what is not a PostgreSQL address, and a schema name SQL would need quoted', () => {
    expect(() => parseServerAddress('http://host/db', {})).toThrow(expect.objectContaining({ key: 'sync.url.invalid' }));
    expect(() => parseServerAddress('postgresql://host', {})).toThrow(expect.objectContaining({ key: 'sync.url.invalid' }));
    expect(() => parseServerAddress('postgresql://host/db?schema=Drop;', {})).toThrow(expect.objectContaining({ key: 'sync.schema.invalid' }));
  });
});

describe('schemaNameFor', () => {
  it('names the schema after the file, in Latin letters SQL takes unquoted', () => {
    expect(schemaNameFor('/data/Ryazansky Park.gpkg')).toBe('ryazansky_park');
    expect(schemaNameFor('/data/Карандаш.gpkg')).toBe('park');
    expect(schemaNameFor('2026-plan.gpkg')).toBe('park_2026_plan');
  });
});
