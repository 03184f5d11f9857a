import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { message, type Message } from '../../../../shared/messages/message';
import { StringDecoder } from 'node:string_decoder';
import { RefusedError } from '../../refusals/refusedError';

/*
 * A pull tokenizer over a JSON file read in 64 kB chunks, so a 100 MB GeoJSON is never held whole:
 * the caller walks the outer structure and materialises one feature at a time. Bare NaN, Infinity and
 * -Infinity (written by some tools) are read as numbers so the pipeline can reject the feature that
 * holds them rather than the whole file; 1e400 reads as Infinity and is rejected the same way.
 * Our own rather than a library: JSON.parse and the streaming JSON parsers refuse bare NaN outright (one
 * bad vertex would refuse the file, unnamed), and the import's progress bar needs the byte position.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

// 64 kB, not 1 MB: a chunk's text then stays below V8's large-object size (128 kB) and dies young; 1 MB
// chunks went to the old generation, 2 MB per chunk, and let the heap of a 100 MB import grow to ~130 MB.
const CHUNK = 64 * 1024;
/** - + . 0-9 e E: the characters of a JSON number. */
const isNumberCode = (c: number): boolean => (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43 || c === 101 || c === 69;
/** Letters, digits and + - . : the characters of a literal such as true, NaN or -Infinity. */
const isWordCode = (c: number): boolean => isNumberCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export class JsonStream {
  private buffer = '';
  private pos = 0;
  private consumed = 0;
  private ended = false;
  private bytesRead = 0;
  private readonly size: number;
  private readonly fd: number;
  private readonly decoder = new StringDecoder('utf8');
  private readonly chunk = Buffer.alloc(CHUNK);

  /** `path` is opened; `file` is how messages name it. */
  constructor(path: string, private readonly file: string) {
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
  }

  /**
   * The share of the file the tokenizer has passed, for a progress bar: the bytes read from disk, less the
   * part of the decoded chunk not yet taken (counted in characters, so exact for ASCII, close for UTF-8).
   */
  fractionRead(): number {
    if (this.size === 0) return 1;
    const decoded = this.consumed + this.buffer.length;
    const taken = decoded === 0 ? 0 : this.bytesRead * ((this.consumed + this.pos) / decoded);
    return Math.min(1, taken / this.size);
  }

  close(): void {
    closeSync(this.fd);
  }

  /** An error naming where in the file reading stopped. */
  fail(what: Message): RefusedError {
    return new RefusedError('import.json.at', { file: this.file, what, at: this.consumed + this.pos });
  }

  private fill(): boolean {
    if (this.ended) return false;
    const read = readSync(this.fd, this.chunk, 0, CHUNK, null);
    this.bytesRead += read;
    if (read === 0) {
      this.ended = true;
      this.buffer = this.buffer.slice(this.pos) + this.decoder.end();
    } else {
      this.buffer = this.buffer.slice(this.pos) + this.decoder.write(this.chunk.subarray(0, read));
    }
    this.consumed += this.pos;
    this.pos = 0;
    return this.pos < this.buffer.length;
  }

  /** The next character that is not white space, without taking it; '' at the end of the file. */
  peek(): string {
    for (;;) {
      while (this.pos < this.buffer.length) {
        const c = this.buffer[this.pos] as string;
        if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') return c;
        this.pos++;
      }
      if (!this.fill()) return '';
    }
  }

  /** Takes `expected` (after white space) or fails. */
  expect(expected: string): void {
    const c = this.peek();
    if (c !== expected) throw this.fail(c === '' ? message('import.json.endsWhereExpected', { expected }) : message('import.json.expected', { expected, found: c }));
    this.pos++;
  }

  /** Takes the next character if it is `c`. */
  take(c: string): boolean {
    if (this.peek() !== c) return false;
    this.pos++;
    return true;
  }

  string(): string {
    this.expect('"');
    let out = '';
    for (;;) {
      // One scan for the first quote or backslash; indexOf for each would search the whole buffer per string.
      let at = this.pos;
      const buffer = this.buffer;
      while (at < buffer.length) {
        const code = buffer.charCodeAt(at);
        if (code === 34 || code === 92) break;
        at++;
      }
      const quote = at < buffer.length && buffer.charCodeAt(at) === 34 ? at : -1;
      const slash = at < buffer.length && buffer.charCodeAt(at) === 92 ? at : -1;
      if (quote >= 0 && (slash < 0 || quote < slash)) {
        out += this.buffer.slice(this.pos, quote);
        this.pos = quote + 1;
        return out;
      }
      if (slash >= 0) {
        if (slash + 5 >= this.buffer.length && !this.ended) {
          out += this.buffer.slice(this.pos, slash);
          this.pos = slash;
          this.fill();
          continue;
        }
        out += this.buffer.slice(this.pos, slash);
        const e = this.buffer[slash + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u') {
          const hex = this.buffer.slice(slash + 2, slash + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.fail(message('import.json.badUnicodeEscape'));
          out += String.fromCharCode(Number.parseInt(hex, 16));
          this.pos = slash + 6;
        } else if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          this.pos = slash + 2;
        } else {
          throw this.fail(message('import.json.badEscape'));
        }
        continue;
      }
      out += this.buffer.slice(this.pos);
      this.pos = this.buffer.length;
      if (!this.fill()) throw this.fail(message('import.json.endsInString'));
    }
  }

  /** Takes characters while `keep` accepts their code, across chunk boundaries, as one slice per chunk. */
  private run(keep: (code: number) => boolean): string {
    let out = '';
    for (;;) {
      const start = this.pos;
      const buffer = this.buffer;
      let at = start;
      while (at < buffer.length && keep(buffer.charCodeAt(at))) at++;
      out += buffer.slice(start, at);
      this.pos = at;
      if (at < buffer.length || !this.fill()) return out;
    }
  }

  private word(): string {
    return this.run(isWordCode);
  }

  private number(): number {
    // Most numbers end inside the chunk: read them straight from it, without run()'s concatenation.
    const buffer = this.buffer;
    const start = this.pos;
    let at = start;
    while (at < buffer.length && isNumberCode(buffer.charCodeAt(at))) at++;
    if (at < buffer.length && at > start) {
      const value = Number(buffer.slice(start, at));
      if (!Number.isNaN(value)) {
        this.pos = at;
        return value;
      }
    }
    const out = this.run(isNumberCode);
    const value = Number(out);
    if (out === '' || Number.isNaN(value)) throw this.fail(message('import.json.notNumber', { text: out.slice(0, 30) }));
    return value;
  }

  /** Reads one whole value: an object, array, string, number or literal. */
  value(depth = 0): JsonValue {
    if (depth > 64) throw this.fail(message('import.json.tooDeep'));
    const c = this.peek();
    if (c === '{') {
      this.pos++;
      const object: { [key: string]: JsonValue } = {};
      if (this.take('}')) return object;
      do {
        const key = this.string();
        this.expect(':');
        object[key] = this.value(depth + 1);
      } while (this.take(','));
      this.expect('}');
      return object;
    }
    if (c === '[') {
      this.pos++;
      const array: JsonValue[] = [];
      if (this.take(']')) return array;
      do array.push(this.value(depth + 1));
      while (this.take(','));
      this.expect(']');
      return array;
    }
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) {
      if (c === '-' && this.buffer.startsWith('-Infinity', this.pos)) {
        this.word();
        return Number.NEGATIVE_INFINITY;
      }
      return this.number();
    }
    if (c === '') throw this.fail(message('import.json.endsWhereValue'));
    const word = this.word();
    const literals: Record<string, JsonValue> = { true: true, false: false, null: null, NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY };
    if (word in literals) return literals[word] ?? null;
    throw this.fail(message('import.json.unexpected', { text: (word || c).slice(0, 30) }));
  }

  /** Skips one value without keeping it (members the import does not use). */
  skip(): void {
    this.value();
  }
}
