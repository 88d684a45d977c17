import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** How much per-record state a set rule may keep in memory, and where it may put the rest. */
export interface SpillSettings {
  /** Entries kept in memory; past this many, the state moves to files on disk. */
  readonly maxEntries: number;
  /** The folder under which a private temp folder is made for those files (default: the system's temp folder). */
  readonly directory?: string;
}

export const DEFAULT_MAX_ENTRIES_IN_MEMORY = 1_000_000;

/** Called for a record whose key an earlier record already had: its index, and the index of the first such record. */
export type RepeatListener = (key: string, index: number, firstIndex: number) => void;

/** 64 partitions × a 64 KB write buffer: 4 MB while spilled, whatever the number of keys. */
const PARTITIONS = 64;
const PARTITION_BITS = 6;
/** A partition still over maxEntries is split again by the next 6 bits of the hash; 4 levels use 24 of its 32 bits. */
const MAX_LEVEL = 3;
/** A partition this small is never split: its Map is small whatever maxEntries says, and files cost more. */
const SMALLEST_SPLIT = 1024;
const WRITE_BUFFER_BYTES = 64 * 1024;
const READ_BUFFER_BYTES = 1024 * 1024;
/** An entry on disk: encoding (0 UTF-8, 1 UTF-16LE) u8, key byte length u32, index f64, then the key's bytes. */
const HEADER_BYTES = 13;
/**
 * UTF-8 turns a lone surrogate into U+FFFD, so two different keys could read back equal; a key with any surrogate
 * is written as UTF-16LE, which keeps every code unit. Everything else stays UTF-8 (half the bytes for ASCII).
 */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Exact first-occurrence tracking over a stream of keys with bounded memory: "which record first had this key?".
 * Up to `maxEntries` keys it is a Map and a repeat is reported at once. Past that, every key (those in memory first,
 * then each new one) is appended to one of 64 partition files by its hash, in a private temp folder; `finish()`
 * reads each partition back and finds its repeats with a Map of that partition alone (a partition still over
 * `maxEntries` is split again). Nothing is approximate: keys are compared whole, never by hash.
 *
 * Repeats found on disk are reported by `finish()` in ascending record index; a repeat met while in memory is
 * reported by `add()`. With indexes given in increasing order that is the in-memory order exactly.
 */
export class FirstOccurrenceIndex {
  private memory: Map<string, number> | undefined = new Map();
  private spilled: PartitionFiles | undefined;
  private folder: string | undefined;
  private failure: unknown;
  private finished = false;
  private readonly maxEntries: number;
  private readonly parent: string | undefined;
  /** Write buffers of closed partition files and the read buffer, reused: a split makes 64 files per partition. */
  private readonly buffers: Buffers = { free: [], read: undefined };

  constructor(
    private readonly onRepeat: RepeatListener,
    settings: Partial<SpillSettings> = {},
  ) {
    const maxEntries = settings.maxEntries ?? DEFAULT_MAX_ENTRIES_IN_MEMORY;
    if (!Number.isInteger(maxEntries) || maxEntries < 0) throw new RangeError(`maxEntries must be a whole number ≥ 0, not ${maxEntries}`);
    this.maxEntries = maxEntries;
    this.parent = settings.directory;
  }

  /** The private temp folder while the index is spilled to disk (undefined in memory and after finish). */
  get spillDirectory(): string | undefined {
    return this.folder;
  }

  add(key: string, index: number): void {
    const memory = this.memory;
    if (memory) {
      const first = memory.get(key);
      if (first !== undefined) {
        this.onRepeat(key, index, first);
        return;
      }
      if (memory.size < this.maxEntries) {
        memory.set(key, index);
        return;
      }
    }
    if (this.finished) throw new Error('FirstOccurrenceIndex: add() after finish()');
    this.guarded(() => {
      if (this.memory) this.spill();
      this.spilled!.write(key, index);
    });
  }

  /** Reports the repeats still on disk, then removes the temp folder. Further calls do nothing. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.memory) {
      this.memory.clear();
      this.memory = undefined;
      return;
    }
    this.guarded(() => {
      const files = this.spilled!;
      files.close();
      // The repeats, not the keys: records repeating a key are few next to the records, and reporting them in
      // record order across partitions needs all of them.
      const repeats: Repeat[] = [];
      for (let p = 0; p < PARTITIONS; p++) {
        const path = files.pathOf(p);
        if (path) this.scan(path, files.countOf(p), 1, repeats);
      }
      repeats.sort((a, b) => a.index - b.index);
      this.remove();
      for (const r of repeats) this.onRepeat(r.key, r.index, r.firstIndex);
    });
  }

  private spill() {
    const folder = mkdtempSync(join(this.parent ?? tmpdir(), 'qualcat-set-'));
    this.folder = folder;
    trackFolder(folder);
    const files = new PartitionFiles(folder, 'p', 0, this.buffers);
    this.spilled = files;
    const memory = this.memory!;
    this.memory = undefined;
    for (const [key, index] of memory) files.write(key, index);
    memory.clear();
  }

  /** The repeats in one partition file; one over maxEntries entries is split by the next bits of the hash first. */
  private scan(path: string, count: number, level: number, repeats: Repeat[]) {
    if (count > this.maxEntries && count > SMALLEST_SPLIT && level <= MAX_LEVEL) {
      const parts = new PartitionFiles(this.folder!, `${basename(path)}-`, level, this.buffers);
      try {
        readEntries(path, this.buffers, (key, index) => parts.write(key, index));
      } finally {
        parts.close();
      }
      unlinkSync(path);
      for (let p = 0; p < PARTITIONS; p++) {
        const sub = parts.pathOf(p);
        if (sub) this.scan(sub, parts.countOf(p), level + 1, repeats);
      }
      return;
    }
    const firstIndexByKey = new Map<string, number>();
    readEntries(path, this.buffers, (key, index) => {
      const first = firstIndexByKey.get(key);
      if (first === undefined) firstIndexByKey.set(key, index);
      else repeats.push({ key, index, firstIndex: first });
    });
    unlinkSync(path);
  }

  /** A failure on disk (ENOSPC, EACCES …) ends the index: the folder is removed and the error thrown now and later. */
  private guarded(work: () => void) {
    if (this.failure !== undefined) throw this.failure;
    try {
      work();
    } catch (error) {
      this.failure = error;
      this.remove();
      throw error;
    }
  }

  private remove() {
    this.spilled?.close();
    this.spilled = undefined;
    this.memory = undefined;
    this.buffers.free.length = 0;
    this.buffers.read = undefined;
    if (this.folder) {
      removeFolder(this.folder);
      this.folder = undefined;
    }
  }
}

interface Buffers {
  free: Buffer[];
  read: Buffer | undefined;
}

interface Repeat {
  key: string;
  index: number;
  firstIndex: number;
}

/** 64 append-only files, a key going to the one its hash picks at `level`; each file opened on its first write. */
class PartitionFiles {
  private readonly fds: Array<number | undefined> = new Array(PARTITIONS).fill(undefined);
  private readonly paths: Array<string | undefined> = new Array(PARTITIONS).fill(undefined);
  private readonly buffers: Array<Buffer | undefined> = new Array(PARTITIONS).fill(undefined);
  private readonly filled = new Int32Array(PARTITIONS);
  private readonly counts = new Float64Array(PARTITIONS);
  private closed = false;

  constructor(
    private readonly folder: string,
    private readonly prefix: string,
    private readonly level: number,
    private readonly pool: Buffers,
  ) {}

  write(key: string, index: number) {
    const p = (hashOf(key) >>> (this.level * PARTITION_BITS)) & (PARTITIONS - 1);
    const wide = SURROGATE.test(key);
    const encoding = wide ? 'utf16le' : 'utf8';
    const mostBytes = HEADER_BYTES + key.length * (wide ? 2 : 3);
    this.counts[p] = this.counts[p]! + 1;
    let buffer = this.buffers[p];
    if (!buffer) {
      buffer = this.pool.free.pop() ?? Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
      this.buffers[p] = buffer;
    }
    if (this.filled[p]! + mostBytes > WRITE_BUFFER_BYTES) this.flush(p);
    if (mostBytes > WRITE_BUFFER_BYTES) {
      // A key longer than a buffer (~21,000 characters) is written on its own.
      const bytes = Buffer.from(key, encoding);
      const header = Buffer.allocUnsafe(HEADER_BYTES);
      writeHeader(header, 0, wide, bytes.length, index);
      writeAll(this.fd(p), header, header.length);
      writeAll(this.fd(p), bytes, bytes.length);
      return;
    }
    const at = this.filled[p]!;
    const length = buffer.write(key, at + HEADER_BYTES, encoding);
    writeHeader(buffer, at, wide, length, index);
    this.filled[p] = at + HEADER_BYTES + length;
  }

  pathOf(p: number): string | undefined {
    return this.paths[p];
  }

  countOf(p: number): number {
    return this.counts[p]!;
  }

  /** Writes what is buffered and closes the files; the buffers are let go. */
  close() {
    if (this.closed) return;
    this.closed = true;
    let failure: unknown;
    for (let p = 0; p < PARTITIONS; p++) {
      try {
        if (failure === undefined) this.flush(p);
      } catch (error) {
        failure = error;
      }
      const fd = this.fds[p];
      if (fd !== undefined) {
        try {
          closeSync(fd);
        } catch {
          // closing is best effort; a failed write was already caught above
        }
      }
      this.fds[p] = undefined;
      const buffer = this.buffers[p];
      if (buffer) this.pool.free.push(buffer);
      this.buffers[p] = undefined;
    }
    if (failure !== undefined) throw failure;
  }

  private flush(p: number) {
    const filled = this.filled[p]!;
    if (filled === 0) return;
    this.filled[p] = 0;
    writeAll(this.fd(p), this.buffers[p]!, filled);
  }

  private fd(p: number): number {
    let fd = this.fds[p];
    if (fd === undefined) {
      const path = join(this.folder, `${this.prefix}${p}`);
      fd = openSync(path, 'wx', 0o600);
      this.fds[p] = fd;
      this.paths[p] = path;
    }
    return fd;
  }
}

function writeHeader(buffer: Buffer, at: number, wide: boolean, length: number, index: number) {
  buffer[at] = wide ? 1 : 0;
  buffer.writeUInt32LE(length, at + 1);
  buffer.writeDoubleLE(index, at + 5);
}

/** writeSync may write less than asked. */
function writeAll(fd: number, buffer: Buffer, length: number) {
  let done = 0;
  while (done < length) done += writeSync(fd, buffer, done, length - done);
}

/** Every entry of a partition file, in the order written, read in 1 MB chunks. */
function readEntries(path: string, pool: Buffers, visit: (key: string, index: number) => void) {
  const fd = openSync(path, 'r');
  try {
    let buffer = (pool.read ??= Buffer.allocUnsafe(READ_BUFFER_BYTES));
    let start = 0;
    let end = 0;
    for (;;) {
      if (start > 0) {
        buffer.copy(buffer, 0, start, end);
        end -= start;
        start = 0;
      }
      if (end === buffer.length) {
        // One entry larger than the buffer.
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, end);
        buffer = larger;
        pool.read = larger;
      }
      const read = readSync(fd, buffer, end, buffer.length - end, null);
      if (read === 0) break;
      end += read;
      while (end - start >= HEADER_BYTES) {
        const length = buffer.readUInt32LE(start + 1);
        const next = start + HEADER_BYTES + length;
        if (next > end) break;
        visit(buffer.toString(buffer[start] === 1 ? 'utf16le' : 'utf8', start + HEADER_BYTES, next), buffer.readDoubleLE(start + 5));
        start = next;
      }
    }
    if (start !== end) throw new Error(`temp file ${path} ends inside an entry`);
  } finally {
    closeSync(fd);
  }
}

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser so that every 6-bit slice of it is well mixed. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Temp folders of indexes not finished yet: removed on exit should the run end without finish(). */
const liveFolders = new Set<string>();
const removeLiveFolders = () => {
  for (const folder of liveFolders) removeFolder(folder);
};

function trackFolder(folder: string) {
  if (liveFolders.size === 0) process.once('exit', removeLiveFolders);
  liveFolders.add(folder);
}

function removeFolder(folder: string) {
  try {
    rmSync(folder, { recursive: true, force: true });
  } catch {
    // best effort: it is a temp folder
  }
  liveFolders.delete(folder);
  if (liveFolders.size === 0) process.removeListener('exit', removeLiveFolders);
}
