import { StringDecoder } from 'node:string_decoder';
import type { Severity } from '@qualcat/sdk';
import type { AuditDiagnostic, AuditFileResult } from './pipeline.js';
import { readFully, type ScratchDir } from './scratch.js';

/** What a file's findings add up to, kept as they arrive (the report's totals need no second pass). */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
  byRule: Map<string, number>;
}

export function emptyCounts(): FindingCounts {
  return { error: 0, warning: 0, info: 0, byRule: new Map() };
}

interface Spilled {
  /** Byte range of the file's findings in the spill file. */
  start: number;
  end: number;
  /** Data-set and I/O findings of the file, merged by line when read. */
  late: AuditDiagnostic[];
}

const FLUSH_BYTES = 1 << 20;

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
  private readonly lateInMemory = new Map<AuditFileResult, AuditDiagnostic[]>();
  private current: AuditFileResult | undefined;

  constructor(private readonly options: { maxInMemory: number; scratch: ScratchDir }) {}

  /** Whether any findings went to disk. */
  get spilling(): boolean {
    return this.fd !== undefined;
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

  /** A data-set or I/O finding of `result`: any order, merged by line when read. */
  addLate(result: AuditFileResult, d: AuditDiagnostic): void {
    count(result.counts, d.severity, d.ruleId);
    const spilled = this.spilled.get(result);
    if (spilled) spilled.late.push(d);
    else {
      let late = this.lateInMemory.get(result);
      if (!late) this.lateInMemory.set(result, (late = []));
      late.push(d);
    }
  }

  /** All findings added: in-memory files get their late findings merged into `diagnostics`. */
  finish(): void {
    this.flush();
    this.current = undefined;
    for (const [result, late] of this.lateInMemory) {
      result.diagnostics = mergeByLine(result.diagnostics, stableByLine(late));
    }
    this.lateInMemory.clear();
    for (const s of this.spilled.values()) s.late = stableByLine(s.late);
  }

  /** The findings of `result` in line order (from disk for a spilled file). */
  *read(result: AuditFileResult): Generator<AuditDiagnostic> {
    const spilled = this.spilled.get(result);
    if (!spilled) {
      yield* result.diagnostics;
      return;
    }
    let k = 0;
    const late = spilled.late;
    for (const d of this.readRange(spilled.start, spilled.end)) {
      while (k < late.length && late[k]!.line < d.line) yield late[k++]!;
      yield d;
    }
    while (k < late.length) yield late[k++]!;
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
    const late = this.lateInMemory.get(result) ?? [];
    this.lateInMemory.delete(result);
    this.spilled.set(result, { start, end: Number.NaN, late });
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

  private *readRange(start: number, end: number): Generator<AuditDiagnostic> {
    const chunk = Buffer.allocUnsafe(Math.min(FLUSH_BYTES, Math.max(1, end - start)));
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (let at = start; at < end; ) {
      const n = readFully(this.fd!, chunk.subarray(0, Math.min(chunk.length, end - at)), at);
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

function count(counts: FindingCounts, severity: Severity, ruleId: string) {
  counts[severity]++;
  counts.byRule.set(ruleId, (counts.byRule.get(ruleId) ?? 0) + 1);
}

function stableByLine(list: AuditDiagnostic[]): AuditDiagnostic[] {
  return list.sort((a, b) => a.line - b.line);
}

/** Both in line order; on the same line, `main`'s first. */
function mergeByLine(main: AuditDiagnostic[], late: AuditDiagnostic[]): AuditDiagnostic[] {
  if (!late.length) return main;
  const out: AuditDiagnostic[] = [];
  let k = 0;
  for (const d of main) {
    while (k < late.length && late[k]!.line < d.line) out.push(late[k++]!);
    out.push(d);
  }
  while (k < late.length) out.push(late[k++]!);
  return out;
}
