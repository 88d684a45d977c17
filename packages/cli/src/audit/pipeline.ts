import { tmpdir } from 'node:os';
import { relative } from 'node:path';
import { formatMessage, type Diagnostic, type Linter, type Locale, type PlanLookup } from '@qualcat/sdk';
import type { FileResult } from '../format.js';
import { EncodingError, type EncodingChoice, type TextEncoding } from './decode.js';
import { AUDIT_IO_MESSAGES, AUDIT_PARSE_MESSAGES, FIRST_SEEN, PHRASES } from './messages.js';
import { formatFromName, openRecords, type InputFormat } from './readers.js';
import type { SourceRecord } from './record.js';
import { countsOf, FindingStore, type FindingCounts } from './findings.js';
import { RecordTable } from './record-table.js';
import { ScratchDir, ScratchError } from './scratch.js';
import { AuditStats } from './stats.js';

/** One input: a file, or stdin (`-`). */
export interface AuditInput {
  /** Absolute path, or `-` for stdin. */
  file: string;
  /** Bytes, when known (files): for progress and the workers decision. */
  size?: number;
  open(): AsyncIterable<Uint8Array>;
}

/** A diagnostic located in a certificate file: `line` is the record's 1-based first line. */
export interface AuditDiagnostic extends Diagnostic {
  line: number;
  /** The record's 0-based position in its file (array index, data row, non-blank line); absent for a header problem. */
  record?: number;
}

/**
 * One input file's audit. Its `diagnostics` are complete only when the run kept its findings in memory
 * (`run.spilled` false); `run.findings(result)` always gives them all, in line order.
 */
export interface AuditFileResult extends FileResult {
  file: string;
  format: InputFormat;
  encoding: TextEncoding;
  /** Record slots read (parsed or broken). */
  records: number;
  brokenRecords: number;
  diagnostics: AuditDiagnostic[];
  /** The file could not be read to its end (I/O or encoding): the run exits 2. */
  failed?: boolean;
  /** Its findings by severity and rule, counted as they arrived (also for findings kept on disk). */
  counts: FindingCounts;
}

/**
 * The findings of a batch, sparse: `[position in the batch, its diagnostics]` for the records that have any
 * (most have none, and a worker should not send back hundreds of empty arrays).
 */
export type BatchFindings = Array<[number, Diagnostic[]]>;

export function lintBatch(linter: Linter, values: readonly unknown[], plans: PlanLookup | undefined): BatchFindings {
  const out: BatchFindings = [];
  const options = plans ? { plans } : {};
  for (let k = 0; k < values.length; k++) {
    const diagnostics = linter.lintValue(values[k], 'certificate', options);
    if (diagnostics.length) out.push([k, diagnostics]);
  }
  return out;
}

/** Lints batches of parsed records with the per-record rules; in order, on this thread or in workers. */
export interface BatchLinter {
  lint(values: unknown[]): BatchFindings | Promise<BatchFindings>;
  /** How many batches may be in flight before the reader waits (1 on the main thread). */
  readonly maxInFlight: number;
  close(): Promise<void>;
}

export function inlineBatchLinter(linter: Linter, plans: PlanLookup | undefined): BatchLinter {
  return {
    lint: (values) => lintBatch(linter, values, plans),
    maxInFlight: 1,
    close: async () => {},
  };
}

export interface ProgressSink {
  update(progress: { bytes: number; totalBytes?: number; records: number; file: string }): void;
  done(): void;
}

export interface AuditRunOptions {
  linter: Linter;
  plans?: PlanLookup;
  encoding?: EncodingChoice;
  batchLinter?: BatchLinter;
  /** Records per batch sent to the per-record linter. */
  batchSize?: number;
  /** Aggregate what the HTML report shows. */
  stats?: boolean;
  progress?: ProgressSink;
  /** For file names inside messages (duplicates across files). */
  cwd: string;
  /** What the run may keep in memory; past it, state goes to a private temp folder (removed by `close`). */
  memory?: AuditMemoryOptions;
}

export interface AuditMemoryOptions {
  /** Rows of the record table kept in memory (default 1,048,576: ~16 MB). */
  maxRowsInMemory?: number;
  /** Findings kept in memory (default 20,000: ~20 MB); more are written to disk and read back for the report. */
  maxFindingsInMemory?: number;
  /** Keys a data-set rule keeps in memory before it spills (default 250,000: ~15 MB). */
  maxSetEntriesInMemory?: number;
  /** Where the temp folder goes (default: the system's temp folder). */
  directory?: string;
}

export interface AuditRun {
  results: AuditFileResult[];
  records: number;
  brokenRecords: number;
  stats?: AuditStats;
  table: RecordTable;
  /** A result's findings in line order, streaming from disk when they did not fit in memory. */
  findings(result: AuditFileResult): Iterable<AuditDiagnostic>;
  /** Whether findings went to disk (the report is then written streaming). */
  spilled: boolean;
  /** Removes the run's temp folder; call once the findings have been written out. */
  close(): void;
}

export const DEFAULT_BATCH_SIZE = 500;

/**
 * The audit of a certificate data set, streaming: each file is decoded, split into records and parsed chunk by
 * chunk; per-record rules run on batches (here or in workers, results merged in input order); data-set rules
 * (`linter.certificateSet`) see every parsed record on this thread, in input order, across all files, with the
 * stream index as record index. Memory is flat in the size of the input: per record, a row of {@link RecordTable}
 * (paged to disk past `memory.maxRowsInMemory`); findings past `memory.maxFindingsInMemory` go to disk too, and
 * the data-set rules bound their own state (see the SDK's `spill` option).
 */
export async function runAudit(inputs: readonly AuditInput[], options: AuditRunOptions): Promise<AuditRun> {
  const { linter, plans } = options;
  const locale = linter.locale;
  const memory = options.memory ?? {};
  const scratch = new ScratchDir(memory.directory);
  const batchLinter = options.batchLinter ?? inlineBatchLinter(linter, plans);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const table = new RecordTable({ withNames: Boolean(options.stats), scratch, ...(memory.maxRowsInMemory !== undefined ? { maxRowsInMemory: memory.maxRowsInMemory } : {}) });
  const store = new FindingStore({ maxInMemory: memory.maxFindingsInMemory ?? DEFAULT_MAX_FINDINGS_IN_MEMORY, scratch });
  const stats = options.stats ? new AuditStats(linter.profileFor(undefined).catalog) : undefined;
  const results: AuditFileResult[] = [];
  // Data-set findings are placed as they are made (a duplicate at once, a rush at the end): a data set where most
  // records repeat a number has as many findings as records, and they must not pile up in memory.
  const setFinding = (d: Diagnostic) => {
    const streamIndex = typeof d.data?.record === 'number' && d.data.record >= 0 && d.data.record < table.length ? d.data.record : -1;
    if (streamIndex < 0) {
      // an engine diagnostic (a crashed set rule): shown on the first file
      if (results[0]) store.addLate(results[0], { ...d, line: 1 });
      stats?.addFinding(d, -1, -1);
      return;
    }
    const result = results[table.fileOf(streamIndex)]!;
    const placed = placeSetFinding(d, streamIndex, result, { table, linter, results, cwd: options.cwd, locale });
    if (!placed) return;
    store.addLate(result, place(placed, streamIndex));
    stats?.addFinding(placed, table.issuer(streamIndex), table.occupation(streamIndex));
  };
  const set = linter.certificateSet({
    ...(plans ? { plans } : {}),
    onFinding: (d) => setFinding(d),
    spill: { maxEntries: memory.maxSetEntriesInMemory ?? DEFAULT_MAX_SET_ENTRIES_IN_MEMORY, directory: scratch.folder() ?? memory.directory ?? tmpdir() },
  });
  /** Batches sent to the per-record linter, oldest first, with the parse problems met while each was filled. */
  const inFlight: Array<{ result: AuditFileResult; streamIndexes: number[]; findings: Promise<BatchFindings> | BatchFindings; parseProblems: AuditDiagnostic[] }> = [];
  const totalBytes = inputs.every((i) => i.size !== undefined) ? inputs.reduce((n, i) => n + i.size!, 0) : undefined;
  let bytesBefore = 0;
  let records = 0;
  let brokenRecords = 0;

  const place = (d: Diagnostic, streamIndex: number): AuditDiagnostic => {
    const line = table.line(streamIndex);
    const record = table.index(streamIndex);
    return {
      ...d,
      line,
      record,
      range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: table.lineLength(streamIndex) } },
      data: { ...(d.data ?? {}), line, record },
    };
  };
  const addParseProblem = (result: AuditFileResult, d: AuditDiagnostic) => {
    store.add(result, d);
    stats?.addFinding(d, -1, -1);
  };
  // The batch's findings and its parse problems, merged in line order: the store gets each file's findings in order.
  const drainOne = async () => {
    const batch = inFlight.shift()!;
    let findings: BatchFindings;
    try {
      findings = await batch.findings;
    } catch (error) {
      throw new LintFailure(error);
    }
    const problems = batch.parseProblems;
    let p = 0;
    for (const [k, diagnostics] of findings) {
      const streamIndex = batch.streamIndexes[k]!;
      const line = table.line(streamIndex);
      while (p < problems.length && problems[p]!.line < line) addParseProblem(batch.result, problems[p++]!);
      for (const d of diagnostics) {
        store.add(batch.result, place(d, streamIndex));
        stats?.addFinding(d, table.issuer(streamIndex), table.occupation(streamIndex));
      }
    }
    while (p < problems.length) addParseProblem(batch.result, problems[p++]!);
  };
  const dispatch = async (result: AuditFileResult, values: unknown[], streamIndexes: number[], parseProblems: AuditDiagnostic[]) => {
    if (!values.length && !parseProblems.length) return;
    inFlight.push({ result, streamIndexes, findings: values.length ? batchLinter.lint(values) : [], parseProblems });
    while (inFlight.length >= batchLinter.maxInFlight) await drainOne();
  };

  try {
    for (const input of inputs) {
      table.startFile();
      const result: AuditFileResult = { file: input.file, format: formatFromName(input.file) ?? 'ndjson', encoding: 'utf-8', records: 0, brokenRecords: 0, diagnostics: [], counts: countsOf() };
      results.push(result);
      store.open(result);
      let bytes = 0;
      let values: unknown[] = [];
      let streamIndexes: number[] = [];
      let parseProblems: AuditDiagnostic[] = [];
      try {
        const counted = (async function* () {
          for await (const chunk of input.open()) {
            bytes += chunk.length;
            yield chunk;
          }
        })();
        const opened = await openRecords(counted, input.file, options.encoding ?? 'auto');
        result.format = opened.format;
        for await (const batch of opened.records) {
          for (const rec of batch) {
            if (rec.index >= 0) result.records++;
            if (rec.problem) {
              if (rec.index >= 0) result.brokenRecords++;
              parseProblems.push(parseDiagnostic(rec, locale));
              continue;
            }
            const value = rec.value as { region?: unknown; issuer?: { name?: unknown } | null; occupation?: unknown } | null;
            const isObject = value !== null && typeof value === 'object';
            const issuer = isObject && value.issuer && typeof value.issuer === 'object' ? value.issuer.name : undefined;
            const streamIndex = table.push(rec.line, rec.lineLength, rec.index, isObject ? value.region : undefined, issuer, isObject ? value.occupation : undefined);
            set.add(rec.value, streamIndex);
            stats?.addRecord(rec.value ?? {}, table.issuer(streamIndex), table.occupation(streamIndex));
            values.push(rec.value);
            streamIndexes.push(streamIndex);
            if (values.length >= batchSize) {
              await dispatch(result, values, streamIndexes, parseProblems);
              values = [];
              streamIndexes = [];
              parseProblems = [];
            }
          }
          options.progress?.update({ bytes: bytesBefore + bytes, ...(totalBytes !== undefined ? { totalBytes } : {}), records: records + result.records, file: input.file });
        }
        result.encoding = opened.encoding() ?? 'utf-8';
      } catch (error) {
        if (error instanceof LintFailure) throw error.cause;
        if (error instanceof ScratchError) throw error;
        // The file cannot be read (any more): say so on it, keep what was read, go on with the next file.
        result.failed = true;
        const d = ioDiagnostic(error, locale);
        store.addLate(result, d);
        stats?.addFinding(d, -1, -1);
      }
      await dispatch(result, values, streamIndexes, parseProblems);
      // Every finding of this file is in before the next file starts (the store keeps files one after another).
      while (inFlight.length) await drainOne();
      records += result.records;
      brokenRecords += result.brokenRecords;
      bytesBefore += bytes;
    }
  } catch (error) {
    scratch.dispose();
    throw error;
  } finally {
    options.progress?.done();
    await batchLinter.close();
  }

  // The data-set rules' last findings (a rush, repeats found on disk) come now, through setFinding.
  for (const d of set.finish()) setFinding(d);
  // Findings in line order; for one record, per-record rules first, then data-set rules.
  store.finish();
  return {
    results,
    records,
    brokenRecords,
    ...(stats ? { stats } : {}),
    table,
    findings: (result) => store.read(result),
    spilled: store.spilling,
    close: () => scratch.dispose(),
  };
}

/**
 * Keys a data-set rule keeps in memory in an audit (the SDK's default, 1,000,000, suits the editor's small sets).
 * 250,000 numbers are ~15 MB; past them the numbers are hash-partitioned to disk, which measured no slower (the
 * in-memory map of millions of strings costs GC time of its own).
 */
export const DEFAULT_MAX_SET_ENTRIES_IN_MEMORY = 250_000;

/** Findings kept in memory before the rest go to disk: ~1 KB each. */
export const DEFAULT_MAX_FINDINGS_IN_MEMORY = 20_000;

/** The per-record linting failed (a worker died): not a problem of the file being read, so not reported on it. */
class LintFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('per-record linting failed');
  }
}

function ioDiagnostic(error: unknown, locale: Locale): AuditDiagnostic {
  const encoding = error instanceof EncodingError;
  const e = error as NodeJS.ErrnoException;
  const data = { detail: encoding ? e.message : (e?.code ?? e?.message ?? String(error)), line: 1 };
  return {
    ruleId: 'core/io',
    messageId: encoding ? 'encoding' : 'unreadable',
    severity: 'error',
    message: formatMessage(AUDIT_IO_MESSAGES[encoding ? 'encoding' : 'unreadable'], locale, data),
    pointer: '',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    data,
    line: 1,
  };
}

function parseDiagnostic(rec: SourceRecord, locale: Locale): AuditDiagnostic {
  const problem = rec.problem!;
  const data: Record<string, unknown> = { ...problem.data, line: rec.line, ...(rec.index >= 0 ? { record: rec.index } : {}) };
  if (problem.phrase) data.problem = formatMessage(PHRASES[problem.phrase as keyof typeof PHRASES], locale);
  return {
    ruleId: 'core/parse',
    messageId: problem.messageId,
    severity: 'error',
    message: formatMessage(AUDIT_PARSE_MESSAGES[problem.messageId], locale, data),
    pointer: '',
    range: { start: { line: rec.line - 1, character: 0 }, end: { line: rec.line - 1, character: rec.lineLength } },
    data,
    line: rec.line,
    ...(rec.index >= 0 ? { record: rec.index } : {}),
  };
}

/**
 * A data-set finding is made with the rules in force for *all* configured plugins (one stream across regions);
 * here it takes the severity, options-free message and provenance of the rules in force for the region of the
 * record it names — a Jiangsu record's rush is a warning even when Zhejiang makes it an error — and is dropped
 * when that region turns the rule off. Stream indexes in its data become positions in the files.
 */
function placeSetFinding(
  d: Diagnostic,
  streamIndex: number,
  result: AuditFileResult,
  ctx: { table: RecordTable; linter: Linter; results: AuditFileResult[]; cwd: string; locale: Locale },
): Diagnostic | undefined {
  const { table, linter, locale } = ctx;
  const active = linter.profileFor(table.region(streamIndex)).rules.find((r) => r.rule.id === d.ruleId);
  if (!active) return undefined;
  const data: Record<string, unknown> = { ...(d.data ?? {}), record: table.index(streamIndex) };
  let suffix = '';
  if (typeof data.firstRecord === 'number' && data.firstRecord >= 0 && data.firstRecord < table.length) {
    const first = data.firstRecord;
    const firstResult = ctx.results[table.fileOf(first)]!;
    data.firstRecord = table.index(first);
    data.firstOrdinal = table.index(first) + 1;
    data.firstLine = table.line(first);
    data.firstFile = displayName(firstResult.file, ctx.cwd);
    suffix = formatMessage(firstResult === result ? FIRST_SEEN.sameFile : FIRST_SEEN.otherFile, locale, { line: data.firstLine, file: data.firstFile });
  }
  const text = active.messages[d.messageId];
  const provenance = active.changedBy && active.changedBy !== 'config' ? active.changedBy : active.definedBy;
  const { plugin: _plugin, ...rest } = d;
  return {
    ...rest,
    severity: active.severity,
    message: (text ? formatMessage(text, locale, data) : d.message) + suffix,
    ...(provenance ? { plugin: provenance } : {}),
    data,
  };
}

export function displayName(file: string, cwd: string): string {
  return relative(cwd, file) || file;
}
