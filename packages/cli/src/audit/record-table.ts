/**
 * Where each record of the stream came from, by stream index: data-set rules report a record by index, possibly
 * long after it passed (national/rush-issuance reports at the end). A few int columns per record — 16 bytes, or
 * 24 with the HTML report's issuer and occupation — instead of keeping any record: 1,000,000 records cost ~16 MB.
 */
export class RecordTable {
  private size = 0;
  private capacity = 0;
  private lineCol = new Int32Array(0);
  private lengthCol = new Int32Array(0);
  private indexCol = new Int32Array(0);
  private regionCol = new Int32Array(0);
  private issuerCol: Int32Array | undefined;
  private occupationCol: Int32Array | undefined;
  /** First stream index of each file. */
  private readonly fileStarts: number[] = [];
  private readonly regions = new Interner();
  readonly issuers = new Interner();
  readonly occupations = new Interner();

  constructor(private readonly withNames: boolean) {
    if (withNames) {
      this.issuerCol = new Int32Array(0);
      this.occupationCol = new Int32Array(0);
    }
  }

  get length(): number {
    return this.size;
  }

  startFile(): void {
    this.fileStarts.push(this.size);
  }

  /** Adds a record and returns its stream index. */
  push(line: number, lineLength: number, index: number, region: unknown, issuer?: unknown, occupation?: unknown): number {
    if (this.size === this.capacity) this.grow();
    const i = this.size++;
    this.lineCol[i] = line;
    this.lengthCol[i] = lineLength;
    this.indexCol[i] = index;
    this.regionCol[i] = typeof region === 'string' ? this.regions.id(region) : -1;
    if (this.withNames) {
      this.issuerCol![i] = typeof issuer === 'string' ? this.issuers.id(issuer) : -1;
      this.occupationCol![i] = typeof occupation === 'string' ? this.occupations.id(occupation) : -1;
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
    return this.lineCol[i]!;
  }
  lineLength(i: number): number {
    return this.lengthCol[i]!;
  }
  /** The record's 0-based position in its own file. */
  index(i: number): number {
    return this.indexCol[i]!;
  }
  region(i: number): string | undefined {
    return this.regions.name(this.regionCol[i]!);
  }
  issuer(i: number): number {
    return this.issuerCol ? this.issuerCol[i]! : -1;
  }
  occupation(i: number): number {
    return this.occupationCol ? this.occupationCol[i]! : -1;
  }

  private grow() {
    this.capacity = Math.max(1024, this.capacity * 2);
    const grow = (a: Int32Array) => {
      const b = new Int32Array(this.capacity);
      b.set(a);
      return b;
    };
    this.lineCol = grow(this.lineCol);
    this.lengthCol = grow(this.lengthCol);
    this.indexCol = grow(this.indexCol);
    this.regionCol = grow(this.regionCol);
    if (this.issuerCol) this.issuerCol = grow(this.issuerCol);
    if (this.occupationCol) this.occupationCol = grow(this.occupationCol);
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
