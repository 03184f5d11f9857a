import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonStream } from './jsonStream';

const dir = mkdtempSync(join(tmpdir(), 'parkplan-json-'));
const read = (text: string): unknown => {
  const file = join(dir, `v${Math.random()}.json`);
  writeFileSync(file, text);
  const stream = new JsonStream(file, 'test.json');
  try {
    return stream.value();
  } finally {
    stream.close();
  }
};

describe('JsonStream', () => {
  it('reads what JSON.parse reads, across the 1 MB chunk boundary', () => {
    // Escapes, a multi-byte letter and a number placed so that each straddles the first chunk's end.
    for (const pad of [1024 * 1024 - 12, 1024 * 1024 - 9, 1024 * 1024 - 5, 1024 * 1024 - 2]) {
      const value = { pad: 'x'.repeat(pad), text: 'Ж\u0416\n"q"\\', n: -12345.678e-3, list: [true, false, null, 54.70000000000001] };
      expect(read(JSON.stringify(value))).toEqual(value);
    }
  });

  it('reads bare NaN, Infinity and 1e400 as numbers so one feature can be rejected, not the file', () => {
    expect(read('[NaN, Infinity, -Infinity, 1e400, -1e400]')).toEqual([Number.NaN, Infinity, -Infinity, Infinity, -Infinity]);
  });

  it('names where a damaged file stops', () => {
    expect(() => read('{"a": [1, 2')).toThrow(/test\.json: the file ends where "\]" was expected \(truncated\?\) at character 11/);
    expect(() => read('{"a": tru}')).toThrow(/unexpected "tru"/);
    expect(() => read('['.repeat(100))).toThrow(/nesting deeper than 64 levels/);
  });
});
