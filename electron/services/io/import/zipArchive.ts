import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { Inflate } from 'fflate';
import { RefusedError } from '../../refusals/refusedError';

/*
 * A zip reader for hostile archives (KMZ, zipped shapefiles). The inflating is fflate's, the same zip
 * library the exporters write with; what stays here is what fflate's unzip does not do: the whole entry
 * list is read and every name checked (zip slip, absolute paths, NUL) before anything is inflated, the
 * file is read entry by entry rather than whole into memory, and inflating stops one byte past what the
 * header declares and at a cap on all entries together, so a zip bomb costs at most the cap in memory.
 */

/** Default cap on bytes inflated from one archive, all entries together. */
export const DEFAULT_INFLATE_CAP = 256 * 1024 * 1024;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
  readonly flags: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
// Fed to the inflater a few kilobytes at a time: a bomb's output between two size checks stays a few megabytes.
const INFLATE_STEP = 4096;

class InflateLimitReached extends Error {}

/**
 * The raw DEFLATE stream inflated, or an InflateLimitReached once more than `limit` bytes come out; a
 * damaged stream throws fflate's error.
 */
function inflateCapped(packed: Uint8Array, limit: number): Buffer {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new InflateLimitReached();
    chunks.push(chunk);
  });
  if (packed.length === 0) inflater.push(packed, true);
  for (let at = 0; at < packed.length; at += INFLATE_STEP) {
    inflater.push(packed.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= packed.length);
  }
  return Buffer.concat(chunks, total);
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/** Why an entry name may not be used (a message key): it climbs out of the archive or names an absolute path. */
export function unsafeEntryName(name: string): 'import.zip.absolutePath' | 'import.zip.climbsOut' | 'import.zip.nulByte' | null {
  const normal = name.replaceAll('\\', '/');
  if (normal.startsWith('/') || /^[a-zA-Z]:/.test(normal)) return 'import.zip.absolutePath';
  if (normal.split('/').includes('..')) return 'import.zip.climbsOut';
  if (normal.includes('\0')) return 'import.zip.nulByte';
  return null;
}

/** An open zip archive: its entry list, and inflation of chosen entries under a shared cap. */
export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private inflated = 0;

  private constructor(
    private readonly fd: number,
    private readonly file: string,
    entries: ZipEntry[],
    private readonly cap: number,
  ) {
    this.entries = entries;
  }

  /**
   * Opens `file` and reads its central directory; an entry with `../` or an absolute path refuses the
   * whole archive, since a tool that made it cannot be trusted for the rest.
   *
   * @example
   * const zip = ZipArchive.open('plots.zip');
   * try { zip.read(zip.entries[0]!); } finally { zip.close(); }
   */
  static open(file: string, cap = DEFAULT_INFLATE_CAP): ZipArchive {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      const tailLength = Math.min(size, 22 + 65_535);
      const tail = readAt(fd, size - tailLength, tailLength);
      let eocd = -1;
      for (let i = tail.length - 22; i >= 0; i--) {
        if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
          eocd = i;
          break;
        }
      }
      if (eocd < 0) throw new RefusedError('import.zip.notZip', { file });
      const count = tail.readUInt16LE(eocd + 10);
      const directorySize = tail.readUInt32LE(eocd + 12);
      const directoryOffset = tail.readUInt32LE(eocd + 16);
      if (directoryOffset === 0xffffffff || count === 0xffff) throw new RefusedError('import.zip.zip64', { file });
      if (directoryOffset + directorySize > size) throw new RefusedError('import.zip.directoryPastEnd', { file });
      const directory = readAt(fd, directoryOffset, directorySize);
      const entries: ZipEntry[] = [];
      let at = 0;
      for (let i = 0; i < count; i++) {
        if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
          throw new RefusedError('import.zip.directoryDamaged', { file, entry: i + 1 });
        }
        const nameLength = directory.readUInt16LE(at + 28);
        const name = directory.subarray(at + 46, at + 46 + nameLength).toString('utf8');
        const why = unsafeEntryName(name);
        if (why !== null) throw new RefusedError(why, { file, entry: name });
        entries.push({
          name,
          flags: directory.readUInt16LE(at + 8),
          method: directory.readUInt16LE(at + 10),
          compressedSize: directory.readUInt32LE(at + 20),
          declaredSize: directory.readUInt32LE(at + 24),
          localHeaderOffset: directory.readUInt32LE(at + 42),
        });
        at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
      }
      return new ZipArchive(fd, file, entries, cap);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  /** The entry's bytes; refuses encrypted entries, unknown methods and anything past the inflate cap. */
  read(entry: ZipEntry): Buffer {
    if ((entry.flags & 1) !== 0) throw new RefusedError('import.zip.encrypted', { file: this.file, entry: entry.name });
    const local = readAt(this.fd, entry.localHeaderOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new RefusedError('import.zip.entryDamaged', { file: this.file, entry: entry.name });
    const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const packed = readAt(this.fd, start, entry.compressedSize);
    if (packed.length < entry.compressedSize) throw new RefusedError('import.zip.entryTruncated', { file: this.file, entry: entry.name });
    const room = this.cap - this.inflated;
    if (entry.declaredSize > room) {
      throw new RefusedError('import.zip.tooLarge', { file: this.file, entry: entry.name, declared: entry.declaredSize, limit: Math.round(this.cap / 1048576) });
    }
    let data: Buffer;
    if (entry.method === 0) {
      data = packed;
    } else if (entry.method === 8) {
      try {
        // Inflating stops one byte past what the header declares: a lying header costs no more.
        data = inflateCapped(packed, entry.declaredSize);
      } catch (error) {
        if (error instanceof InflateLimitReached) {
          throw new RefusedError('import.zip.bomb', { file: this.file, entry: entry.name, declared: entry.declaredSize });
        }
        throw new RefusedError('import.zip.inflateFailed', { file: this.file, entry: entry.name, detail: error instanceof Error ? error.message : String(error) });
      }
    } else {
      throw new RefusedError('import.zip.method', { file: this.file, entry: entry.name, method: entry.method });
    }
    if (data.length !== entry.declaredSize) {
      throw new RefusedError('import.zip.sizeDiffers', { file: this.file, entry: entry.name, size: data.length, declared: entry.declaredSize });
    }
    this.inflated += data.length;
    return data;
  }

  close(): void {
    closeSync(this.fd);
  }
}
