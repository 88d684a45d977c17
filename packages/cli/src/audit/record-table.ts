import { readFully, type ScratchDir } from './scratch.js';

/** Rows per page at most: 65,536 rows of 4 (or 6) int32 columns — 1 MB (1.5 MB) a page. */
const MAX_PAGE_SHIFT = 16;
/** Pages read back from disk kept at once (findings are placed in stream order, so this is mostly one). */
const READ_CACHE_PAGES = 4;

export interface RecordTableOptions {
  /** Keep the HTML report's issuer and occupation columns. */
  withNames: boolean;
  /**
   * Rows kept in memory; older pages go to a file in `scratch` and are read back when a data-set finding names
   * one of their records. Default 1,048,576 (16 pages, ~16 MB).
   */
  maxRowsInMemory?: number;
  scratch?: ScratchDir;
}

/**
 * Where each record of the stream came from, by stream index: data-set rules report a record by index, possibly
 * long after it passed (national/rush-issuance reports at the end). A few int32 columns per record — 16 bytes, or
 * 24 with the HTML report's issuer and occupation — instead of keeping any record. Rows live in pages; beyond
 * `maxRowsInMemory` the oldest pages are written to a scratch file, so memory stays flat however long the stream:
 * 17,000,000 records cost a 272 MB file and ~16 MB of memory instead of 272 MB (more, with array doubling) of heap.
 */
export class RecordTable {
  private size = 0;
  private readonly stride: number;
  /** Pages by number; `undefined` once written out. */
  private readonly pages: Array<Int32Array | undefined> = [];
  /** Oldest page still in memory. */
  private firstInMemory = 0;
  private readonly maxPages: number;
  private fd: number | undefined;
  private readonly readCache = new Map<number, Int32Array>();
  /** First stream index of each file. */
  private readonly fileStarts: number[] = [];
  private readonly regions = new Interner();
  readonly issuers = new Interner();
  readonly occupations = new Interner();
  private readonly withNames: boolean;
  private readonly pageShift: number;
  private readonly pageRows: number;

  constructor(private readonly options: RecordTableOptions) {
    this.withNames = options.withNames;
    this.stride = this.withNames ? 6 : 4;
    const maxRows = Math.max(1, options.maxRowsInMemory ?? 1 << 20);
    // At least 16 pages in memory (a small budget, in tests, gets small pages), pages of 16 to 65,536 rows.
    this.pageShift = Math.min(MAX_PAGE_SHIFT, Math.max(4, Math.floor(Math.log2(Math.max(1, maxRows / 16)))));
    this.pageRows = 1 << this.pageShift;
    this.maxPages = Math.max(1, Math.ceil(maxRows / this.pageRows));
  }

  get length(): number {
    return this.size;
  }

  /** Pages written to disk so far (for tests and the memory notes). */
  get pagesOnDisk(): number {
    return this.firstInMemory;
  }

  startFile(): void {
    this.fileStarts.push(this.size);
  }

  /** Adds a record and returns its stream index. */
  push(line: number, lineLength: number, index: number, region: unknown, issuer?: unknown, occupation?: unknown): number {
    const i = this.size++;
    const pageNo = i >>> this.pageShift;
    let page = this.pages[pageNo];
    if (!page) {
      page = new Int32Array(this.pageRows * this.stride);
      this.pages[pageNo] = page;
      if (pageNo - this.firstInMemory >= this.maxPages) this.evictOldest();
    }
    const at = (i & (this.pageRows - 1)) * this.stride;
    page[at] = line;
    page[at + 1] = lineLength;
    page[at + 2] = index;
    page[at + 3] = typeof region === 'string' ? this.regions.id(region) : -1;
    if (this.withNames) {
      page[at + 4] = typeof issuer === 'string' ? this.issuers.id(issuer) : -1;
      page[at + 5] = typeof occupation === 'string' ? this.occupations.id(occupation) : -1;
    }
    return i;
  }

  fileOf(streamIndex: number): number {
    let lo = 0;
    let hi = this.fileStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.fileStarts[mid]! <= streamIndex) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  line(i: number): number {
    return this.cell(i, 0);
  }
  lineLength(i: number): number {
    return this.cell(i, 1);
  }
  /** The record's 0-based position in its own file. */
  index(i: number): number {
    return this.cell(i, 2);
  }
  region(i: number): string | undefined {
    return this.regions.name(this.cell(i, 3));
  }
  issuer(i: number): number {
    return this.withNames ? this.cell(i, 4) : -1;
  }
  occupation(i: number): number {
    return this.withNames ? this.cell(i, 5) : -1;
  }

  private cell(i: number, column: number): number {
    if (i < 0 || i >= this.size) throw new RangeError(`no record ${i} in the table (${this.size})`);
    const pageNo = i >>> this.pageShift;
    const page = this.pages[pageNo] ?? this.readPage(pageNo);
    return page[(i & (this.pageRows - 1)) * this.stride + column]!;
  }

  private evictOldest(): void {
    const pageNo = this.firstInMemory++;
    const page = this.pages[pageNo]!;
    if (this.fd === undefined) {
      if (!this.options.scratch) throw new Error('RecordTable: more rows than maxRowsInMemory and no scratch folder');
      this.fd = this.options.scratch.open('records.bin');
    }
    this.options.scratch!.write(this.fd, new Uint8Array(page.buffer, page.byteOffset, page.byteLength), pageNo * page.byteLength);
    this.pages[pageNo] = undefined;
  }

  private readPage(pageNo: number): Int32Array {
    let page = this.readCache.get(pageNo);
    if (page) return page;
    page = new Int32Array(this.pageRows * this.stride);
    readFully(this.fd!, new Uint8Array(page.buffer), pageNo * page.byteLength);
    if (this.readCache.size >= READ_CACHE_PAGES) this.readCache.delete(this.readCache.keys().next().value!);
    this.readCache.set(pageNo, page);
    return page;
  }
}

/** Strings ↔ small ints (regions, issuers, occupations repeat across records). */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
  name(id: number): string | undefined {
    return id < 0 ? undefined : this.names[id];
  }
}
