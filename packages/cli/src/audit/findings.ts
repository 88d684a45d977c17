import { StringDecoder } from 'node:string_decoder';
import { mergeSorted, type Diagnostic, type Severity } from '@qualcat/sdk';
import type { AuditDiagnostic, AuditFileResult } from './pipeline.js';
import { readFully, type ScratchDir } from './scratch.js';

/** What a file's findings add up to, kept as they arrive (the report's totals need no second pass). */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
  byRule: Map<string, number>;
}

/** The counts of `diagnostics` (none: all zero). */
export function countsOf(diagnostics: readonly Diagnostic[] = []): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, byRule: new Map() };
  for (const d of diagnostics) count(counts, d.severity, d.ruleId);
  return counts;
}

interface Spilled {
  /** Byte range of the file's findings in the spill file. */
  start: number;
  end: number;
  /** Data-set and I/O findings of the file, merged by line when read (when they all fitted in memory). */
  late: AuditDiagnostic[];
}

/** A run of late findings written to disk, sorted by file and line: the byte range of each file's part. */
type LateRun = Map<number, { start: number; end: number }>;

const FLUSH_BYTES = 1 << 20;
/** Read buffer per run of late findings when they are merged back (there may be hundreds of runs). */
const RUN_READ_BYTES = 64 << 10;

/**
 * The findings of an audit, per file and in line order. Up to `maxInMemory` they are kept on their file result
 * (`result.diagnostics`); past that budget the file being read and every file after it write their findings to
 * an NDJSON scratch file, read back — streaming — when the report is written. A data set where every record is
 * wrong (a systematic export error: millions of findings) then costs disk, not memory.
 *
 * Findings of one file must be added in line order ({@link add}); data-set findings, which arrive at the end, in
 * any order ({@link addLate}): they are merged in by line, after the file's own findings on the same line.
 */
export class FindingStore {
  private held = 0;
  private fd: number | undefined;
  private written = 0;
  private buffer: string[] = [];
  private bufferBytes = 0;
  private readonly spilled = new Map<AuditFileResult, Spilled>();
  private current: AuditFileResult | undefined;
  /** Files by the order they were opened in (late findings are sorted by it). */
  private readonly ordinals = new Map<AuditFileResult, number>();
  /** Late findings not yet placed, in arrival order; past the budget they are written out as a sorted run. */
  private lateBuffer: Array<{ ordinal: number; d: AuditDiagnostic }> = [];
  private lateFd: number | undefined;
  private lateWritten = 0;
  private readonly lateRuns: LateRun[] = [];

  constructor(private readonly options: { maxInMemory: number; scratch: ScratchDir }) {}

  /** Whether any findings went to disk (a file's own, or runs of data-set findings). */
  get spilling(): boolean {
    return this.fd !== undefined || this.lateRuns.length > 0;
  }

  /** A file of the audit, before any of its findings (in input order). */
  open(result: AuditFileResult): void {
    if (!this.ordinals.has(result)) this.ordinals.set(result, this.ordinals.size);
  }

  /** A finding of `result`, in line order; the files one after another. */
  add(result: AuditFileResult, d: AuditDiagnostic): void {
    count(result.counts, d.severity, d.ruleId);
    if (this.current !== result) this.startFile(result);
    if (this.fd === undefined) {
      result.diagnostics.push(d);
      if (++this.held > this.options.maxInMemory) this.startSpilling(result);
      return;
    }
    this.write(JSON.stringify(d) + '\n');
  }

  /**
   * A data-set or I/O finding of `result`: any file, any order (a duplicate names a record long gone), merged by
   * line when read. Past the budget they are written out in runs sorted by file and line, merged back when read.
   */
  addLate(result: AuditFileResult, d: AuditDiagnostic): void {
    count(result.counts, d.severity, d.ruleId);
    this.open(result);
    this.lateBuffer.push({ ordinal: this.ordinals.get(result)!, d });
    if (this.lateBuffer.length > this.options.maxInMemory) this.writeLateRun();
  }

  /** All findings added: in-memory files get their late findings merged into `diagnostics`. */
  finish(): void {
    this.flush();
    this.current = undefined;
    if (this.lateRuns.length) {
      // Some late findings are on disk already: all of them go there, each file reads them back merged.
      if (this.lateBuffer.length) this.writeLateRun();
      return;
    }
    // All late findings fitted in memory: each file gets its own, in line order.
    const results = [...this.ordinals.keys()];
    const late = new Map<number, AuditDiagnostic[]>();
    for (const { ordinal, d } of this.sortedLate()) {
      let list = late.get(ordinal);
      if (!list) late.set(ordinal, (list = []));
      list.push(d);
    }
    for (const [ordinal, list] of late) {
      const result = results[ordinal]!;
      const spilled = this.spilled.get(result);
      if (spilled) spilled.late = list;
      else result.diagnostics = [...mergeSortedByLine([result.diagnostics, list])];
    }
  }

  /** The findings of `result` in line order (from disk for a spilled file). */
  *read(result: AuditFileResult): Generator<AuditDiagnostic> {
    const spilled = this.spilled.get(result);
    if (this.lateRuns.length) {
      const ordinal = this.ordinals.get(result);
      const own = spilled ? this.readRange(this.fd!, spilled.start, spilled.end, FLUSH_BYTES) : result.diagnostics;
      const runs = ordinal === undefined ? [] : this.lateRuns.flatMap((run) => (run.has(ordinal) ? [this.readRange(this.lateFd!, run.get(ordinal)!.start, run.get(ordinal)!.end, RUN_READ_BYTES)] : []));
      yield* mergeSortedByLine([own, ...runs]);
      return;
    }
    if (!spilled) yield* result.diagnostics;
    else yield* mergeSortedByLine([this.readRange(this.fd!, spilled.start, spilled.end, FLUSH_BYTES), spilled.late]);
  }

  private startFile(result: AuditFileResult) {
    if (this.current && this.fd !== undefined) this.spilled.get(this.current)!.end = this.written + this.bufferBytes;
    this.current = result;
    if (this.fd !== undefined) this.spilled.set(result, { start: this.written + this.bufferBytes, end: Number.NaN, late: [] });
  }

  /** From now on findings go to disk: the current file's findings so far first. */
  private startSpilling(result: AuditFileResult) {
    this.fd = this.options.scratch.open('findings.ndjson');
    const start = this.written;
    for (const d of result.diagnostics) this.write(JSON.stringify(d) + '\n');
    this.held -= result.diagnostics.length;
    result.diagnostics = [];
    this.spilled.set(result, { start, end: Number.NaN, late: [] });
  }

  private write(line: string) {
    this.buffer.push(line);
    this.bufferBytes += Buffer.byteLength(line);
    if (this.bufferBytes >= FLUSH_BYTES) this.flush();
  }

  private flush() {
    if (this.current && this.fd !== undefined) {
      const s = this.spilled.get(this.current);
      if (s) s.end = this.written + this.bufferBytes;
    }
    if (!this.buffer.length || this.fd === undefined) return;
    const bytes = Buffer.from(this.buffer.join(''));
    this.options.scratch.write(this.fd, bytes, this.written);
    this.written += bytes.length;
    this.buffer = [];
    this.bufferBytes = 0;
  }

  /** Sorts the late findings held by file and line (stable: arrival order on a line) and appends them as a run. */
  private writeLateRun() {
    this.lateFd ??= this.options.scratch.open('late-findings.ndjson');
    const sorted = this.sortedLate();
    const run: LateRun = new Map();
    let pieces: string[] = [];
    let pieceBytes = 0;
    let at = this.lateWritten;
    const write = () => {
      const bytes = Buffer.from(pieces.join(''));
      this.options.scratch.write(this.lateFd!, bytes, this.lateWritten);
      this.lateWritten += bytes.length;
      pieces = [];
      pieceBytes = 0;
    };
    for (const { ordinal, d } of sorted) {
      const line = JSON.stringify(d) + '\n';
      const bytes = Buffer.byteLength(line);
      const range = run.get(ordinal);
      if (range) range.end = at + bytes;
      else run.set(ordinal, { start: at, end: at + bytes });
      at += bytes;
      pieces.push(line);
      pieceBytes += bytes;
      if (pieceBytes >= FLUSH_BYTES) write();
    }
    if (pieces.length) write();
    this.lateRuns.push(run);
  }

  /** The late findings held, taken out of the buffer, by file and line (stable: arrival order on a line). */
  private sortedLate() {
    const sorted = this.lateBuffer.sort((a, b) => a.ordinal - b.ordinal || a.d.line - b.d.line);
    this.lateBuffer = [];
    return sorted;
  }

  private *readRange(fd: number, start: number, end: number, bufferBytes: number): Generator<AuditDiagnostic> {
    const chunk = Buffer.allocUnsafe(Math.min(bufferBytes, Math.max(1, end - start)));
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (let at = start; at < end; ) {
      const n = readFully(fd, chunk.subarray(0, Math.min(chunk.length, end - at)), at);
      if (n === 0) throw new Error('findings scratch file ended early');
      at += n;
      const lines = (rest + decoder.write(chunk.subarray(0, n))).split('\n');
      rest = lines.pop()!;
      for (const line of lines) yield JSON.parse(line) as AuditDiagnostic;
    }
    rest += decoder.end();
    if (rest) yield JSON.parse(rest) as AuditDiagnostic;
  }
}

/** Sources each in line order, merged by line; on the same line, the earlier source first (a file's own findings, then late ones). */
function mergeSortedByLine(sources: Array<Iterable<AuditDiagnostic>>): Generator<AuditDiagnostic> {
  return mergeSorted(sources, (a, b) => a.line - b.line);
}

function count(counts: FindingCounts, severity: Severity, ruleId: string) {
  counts[severity]++;
  counts.byRule.set(ruleId, (counts.byRule.get(ruleId) ?? 0) + 1);
}
