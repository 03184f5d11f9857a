import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// electron-builder cannot package here (it downloads Electron), so its own JSON schema checks our config.
const require = createRequire(import.meta.url);
const schema: unknown = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema as object);

describe('electron-builder.yml', () => {
  const config: unknown = parse(readFileSync('electron-builder.yml', 'utf8'));

  it('matches electron-builder’s schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('ships the built app and the demo, and unpacks the native SQLite module', () => {
    expect(config).toMatchObject({ files: expect.arrayContaining(['out/**/*', 'assets/demo/**/*']), asarUnpack: ['**/*.node'] });
  });

  it('sets the fuses: no RunAsNode, no NODE_OPTIONS, no inspect arguments, asar integrity on', () => {
    expect(config).toMatchObject({
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
      },
    });
    // The schema knows the fuse names: a misspelt one is an error, so the names above are electron-builder's.
    expect(validate({ electronFuses: { runAsnode: false } })).toBe(false);
    expect(validate({ electronFuses: { runAsNode: false } })).toBe(true);
  });

  it('the schema catches a wrong config (the check can fail)', () => {
    expect(validate({ appId: 42, files: 'x', notAnOption: true })).toBe(false);
  });
});
