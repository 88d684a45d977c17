import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { mergeSorted } from './merge-sorted.js';

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
/** Read buffer of each repeats file while they are merged (one per partition scanned). */
const MERGE_BUFFER_BYTES = 64 * 1024;
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
 * reported by `add()`. With indexes given in increasing order that is the in-memory order exactly. Repeats are not
 * held either: each partition's go to a file of their own, in index order (a partition file is in index order),
 * and `finish()` merges those files — a data set that is one export twice over has as many repeats as records.
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
      const repeatFiles: string[] = [];
      for (let p = 0; p < PARTITIONS; p++) {
        const path = files.pathOf(p);
        if (path) this.scan(path, files.countOf(p), 1, repeatFiles);
      }
      mergeRepeats(repeatFiles, this.onRepeat);
      this.remove();
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

  /**
   * The repeats in one partition file, written to a file of their own (its path added to `repeatFiles`); a partition
   * over maxEntries entries is split by the next bits of the hash first.
   */
  private scan(path: string, count: number, level: number, repeatFiles: string[]) {
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
        if (sub) this.scan(sub, parts.countOf(p), level + 1, repeatFiles);
      }
      return;
    }
    const firstIndexByKey = new Map<string, number>();
    // A repeat is two entries: the key with the repeating record's index, then an empty key with the first index.
    const repeats = new EntryWriter(`${path}.repeats`, this.buffers);
    try {
      readEntries(path, this.buffers, (key, index) => {
        const first = firstIndexByKey.get(key);
        if (first === undefined) firstIndexByKey.set(key, index);
        else {
          repeats.write(key, index);
          repeats.write('', first);
        }
      });
    } finally {
      repeats.close();
    }
    unlinkSync(path);
    if (repeats.count) repeatFiles.push(repeats.path);
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

/** 64 append-only files, a key going to the one its hash picks at `level`; each file made on its first write. */
class PartitionFiles {
  private readonly writers: Array<EntryWriter | undefined> = new Array(PARTITIONS).fill(undefined);
  private closed = false;

  constructor(
    private readonly folder: string,
    private readonly prefix: string,
    private readonly level: number,
    private readonly pool: Buffers,
  ) {}

  write(key: string, index: number) {
    const p = (hashOf(key) >>> (this.level * PARTITION_BITS)) & (PARTITIONS - 1);
    (this.writers[p] ??= new EntryWriter(join(this.folder, `${this.prefix}${p}`), this.pool)).write(key, index);
  }

  pathOf(p: number): string | undefined {
    return this.writers[p]?.path;
  }

  countOf(p: number): number {
    return this.writers[p]?.count ?? 0;
  }

  /** Writes what is buffered and closes the files; the buffers go back to the pool. */
  close() {
    if (this.closed) return;
    this.closed = true;
    let failure: unknown;
    for (const writer of this.writers) {
      try {
        writer?.close();
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  }
}

/** One append-only file of entries through a pooled 64 KB buffer; the file is made on the first flush. */
class EntryWriter {
  count = 0;
  private fd: number | undefined;
  private buffer: Buffer | undefined;
  private filled = 0;
  private closed = false;

  constructor(
    readonly path: string,
    private readonly pool: Buffers,
  ) {}

  write(key: string, index: number) {
    const wide = SURROGATE.test(key);
    const encoding = wide ? 'utf16le' : 'utf8';
    const mostBytes = HEADER_BYTES + key.length * (wide ? 2 : 3);
    this.count++;
    const buffer = (this.buffer ??= this.pool.free.pop() ?? Buffer.allocUnsafe(WRITE_BUFFER_BYTES));
    if (this.filled + mostBytes > WRITE_BUFFER_BYTES) this.flush();
    if (mostBytes > WRITE_BUFFER_BYTES) {
      // A key longer than a buffer (~21,000 characters) is written on its own.
      const bytes = Buffer.from(key, encoding);
      const header = Buffer.allocUnsafe(HEADER_BYTES);
      writeHeader(header, 0, wide, bytes.length, index);
      writeAll(this.file(), header, header.length);
      writeAll(this.file(), bytes, bytes.length);
      return;
    }
    const length = buffer.write(key, this.filled + HEADER_BYTES, encoding);
    writeHeader(buffer, this.filled, wide, length, index);
    this.filled += HEADER_BYTES + length;
  }

  /** Writes what is buffered and closes the file; the buffer goes back to the pool (also when the write fails). */
  close() {
    if (this.closed) return;
    this.closed = true;
    try {
      this.flush();
    } finally {
      if (this.fd !== undefined) {
        try {
          closeSync(this.fd);
        } catch {
          // closing is best effort; a failed write was thrown above
        }
      }
      this.fd = undefined;
      if (this.buffer) this.pool.free.push(this.buffer);
      this.buffer = undefined;
    }
  }

  private flush() {
    if (this.filled === 0) return;
    const filled = this.filled;
    this.filled = 0;
    writeAll(this.file(), this.buffer!, filled);
  }

  private file(): number {
    return (this.fd ??= openSync(this.path, 'wx', 0o600));
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
  const reader = new EntryReader(path, (pool.read ??= Buffer.allocUnsafe(READ_BUFFER_BYTES)));
  try {
    while (reader.next()) visit(reader.key, reader.index);
  } finally {
    reader.close();
    pool.read = reader.buffer;
  }
}

/** Reads a file of entries one at a time (`next()` fills `key` and `index`), through a buffer that grows for a long key. */
class EntryReader {
  key = '';
  index = 0;
  private readonly fd: number;
  private start = 0;
  private end = 0;
  private eof = false;

  constructor(
    private readonly path: string,
    public buffer: Buffer,
  ) {
    this.fd = openSync(path, 'r');
  }

  next(): boolean {
    for (;;) {
      const { buffer, start, end } = this;
      if (end - start >= HEADER_BYTES) {
        const length = buffer.readUInt32LE(start + 1);
        const next = start + HEADER_BYTES + length;
        if (next <= end) {
          this.key = buffer.toString(buffer[start] === 1 ? 'utf16le' : 'utf8', start + HEADER_BYTES, next);
          this.index = buffer.readDoubleLE(start + 5);
          this.start = next;
          return true;
        }
      }
      if (this.eof) {
        if (start !== end) throw new Error(`temp file ${this.path} ends inside an entry`);
        return false;
      }
      this.fill();
    }
  }

  close() {
    closeSync(this.fd);
  }

  private fill() {
    if (this.start > 0) {
      this.buffer.copy(this.buffer, 0, this.start, this.end);
      this.end -= this.start;
      this.start = 0;
    }
    if (this.end === this.buffer.length) {
      // One entry larger than the buffer.
      const larger = Buffer.allocUnsafe(this.buffer.length * 2);
      this.buffer.copy(larger, 0, 0, this.end);
      this.buffer = larger;
    }
    const read = readSync(this.fd, this.buffer, this.end, this.buffer.length - this.end, null);
    if (read === 0) this.eof = true;
    this.end += read;
  }
}

/** The repeats files (each in ascending index) merged into one ascending stream for `onRepeat`: a 64 KB buffer a file. */
function mergeRepeats(paths: readonly string[], onRepeat: RepeatListener) {
  const readers = paths.map((path) => new EntryReader(path, Buffer.allocUnsafe(MERGE_BUFFER_BYTES)));
  try {
    for (const r of mergeSorted(readers.map(repeatsOf), (a, b) => a.index - b.index)) onRepeat(r.key, r.index, r.first);
  } finally {
    for (const reader of readers) reader.close();
  }
}

/** A repeats file's repeats: each is two entries, the key with the repeating record's index, then the first index. */
function* repeatsOf(reader: EntryReader): Generator<{ key: string; index: number; first: number }> {
  while (reader.next()) {
    const key = reader.key;
    const index = reader.index;
    if (!reader.next()) throw new Error('a repeats file ends inside a repeat');
    yield { key, index, first: reader.index };
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
