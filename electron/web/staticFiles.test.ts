import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStaticFile } from './staticFiles';

const root = mkdtempSync(join(tmpdir(), 'parkplan-static-'));
mkdirSync(join(root, 'public/glyphs/Font'), { recursive: true });
writeFileSync(join(root, 'public/index.html'), '<!doctype html>');
writeFileSync(join(root, 'public/glyphs/Font/0-255.pbf'), 'x');
writeFileSync(join(root, 'secret.txt'), 'do not serve');
const served = join(root, 'public');

describe('findStaticFile', () => {
  it('serves index.html for / and files below the root with their content type', () => {
    expect(findStaticFile(served, '/')?.contentType).toBe('text/html; charset=utf-8');
    expect(findStaticFile(served, '/glyphs/Font/0-255.pbf')?.contentType).toBe('application/x-protobuf');
  });

  it('refuses paths that climb out of the root, encoded or not', () => {
    expect(findStaticFile(served, '/../secret.txt')).toBeNull();
    expect(findStaticFile(served, '/%2e%2e/secret.txt')).toBeNull();
    expect(findStaticFile(served, '/..%2fsecret.txt')).toBeNull();
    expect(findStaticFile(served, '/index.html%00.png')).toBeNull();
    expect(findStaticFile(served, '/%E0%A4%A')).toBeNull();
  });

  it('answers null for folders and missing files', () => {
    expect(findStaticFile(served, '/glyphs')).toBeNull();
    expect(findStaticFile(served, '/nope.js')).toBeNull();
  });
});
