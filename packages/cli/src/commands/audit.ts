import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { formatMessage, isLocale, type Locale } from '@qualcat/sdk';
import { ConfigCache, type ConfigChoice } from '../config.js';
import { UsageError } from '../errors.js';
import { expandPaths } from '../files.js';
import { formatStylish, stylishChunks, type FileResult, type FindingsOf } from '../format.js';
import type { CliIO } from '../io.js';
import { ruleInfos } from '../rule-info.js';
import { sarifChunks } from '../sarif.js';
import { VERSION } from '../version.js';
import { checkCommonOptions } from './validate.js';
import { MAX_LISTED_FINDINGS, renderHtmlReport, type ListedFinding } from '../audit/html.js';
import { maskPii } from '../audit/mask.js';
import { AUDIT_IO_MESSAGES } from '../audit/messages.js';
import { auditJsonChunks } from '../audit/output.js';
import { loadPlans, type LoadedPlans } from '../audit/plans.js';
import type { AuditDiagnostic, AuditFileResult, AuditInput, AuditMemoryOptions, AuditRun, BatchLinter } from '../audit/pipeline.js';
import { fileSink, pump, stdoutSink, type TextSink } from '../audit/sink.js';
import { countsOf } from '../audit/findings.js';
import { TerminalProgress } from '../audit/progress.js';
import type { ReportData } from '../audit/stats.js';

/** Tests (and embedders) may hand in stdin; the CLI proper reads process.stdin. */
export interface AuditIO extends CliIO {
  stdin?: Readable | AsyncIterable<Uint8Array>;
}

export interface AuditOptions {
  config?: string;
  plans?: string;
  asOf?: string;
  locale?: string;
  format?: string;
  out?: string;
  encoding?: string;
  workers?: string;
  showPii?: boolean;
  progress?: boolean;
  color?: boolean;
  allowExternalPlugins?: boolean;
}

const FORMATS = ['stylish', 'json', 'sarif', 'html'] as const;
/** Files a folder is searched for; a `.json` found in a folder counts only when it holds a JSON array. */
const CERTIFICATE_FILE = /\.(ndjson|jsonl|csv|json)$/i;
const NOT_CERTIFICATES = /(\.plan\.json|qualcat\.config\.json|package(-lock)?\.json|tsconfig[^/\\]*\.json)$/i;
export const STDIN = '<stdin>';

export function registerAudit(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('audit')
    .description('check certificate data sets (NDJSON, CSV, JSON array; UTF-8 or GBK) against the national and provincial rules')
    .argument('<files...>', 'certificate files, folders, globs, or - for stdin')
    .option('--config <file>', 'qualcat.config.json to use (default: the nearest one above the first file)')
    .option('--plans <dir>', 'folder of plan files: certificates’ planId are resolved against them')
    .option('--as-of <date>', 'the date rules that depend on “today” use (YYYY-MM-DD)')
    .option('--locale <locale>', 'message language: zh-CN or en')
    .option('--format <format>', 'stylish, json, sarif or html', 'stylish')
    .option('--out <file>', 'write the report to FILE instead of stdout')
    .option('--encoding <encoding>', 'auto, utf-8, gbk or gb18030', 'auto')
    .option('--workers <n>', 'worker threads for the per-record rules (0: none; default: by input size)')
    .option('--show-pii', 'show holder ID numbers unmasked')
    .option('--no-progress', 'no progress line, even on a terminal')
    .option('--allow-external-plugins', 'let the config load plugin code from outside its folder')
    .option('--no-color', 'no colours in the output')
    .action(async (files: string[], opts: AuditOptions) => {
      const color = opts.color !== false && io.isTTY && !io.env.NO_COLOR;
      setExit(await runAuditCommand(io as AuditIO, files, { ...opts, color }));
    });
}

/** `qualcat audit`: exit 0 clean, 1 error findings, 2 usage/config/input problems. */
export async function runAuditCommand(io: AuditIO, paths: string[], options: AuditOptions): Promise<number> {
  // The audit's machinery (iconv-lite, the worker pool) is loaded when an audit runs, not at every command's start-up.
  const [{ normalizeEncoding }, { chooseWorkers, poolBatchLinter, workerFile }, { displayName, runAudit }] = await Promise.all([
    import('../audit/decode.js'),
    import('../audit/pool.js'),
    import('../audit/pipeline.js'),
  ]);
  const format = checkCommonOptions(options, FORMATS);
  const encoding = normalizeEncoding(options.encoding);
  const requestedWorkers = parseWorkers(options.workers);
  const memory = memoryOptions(io);
  const locale: Locale | undefined = isLocale(options.locale) ? options.locale : undefined;
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be read only once');

  const { inputs, missing } = await resolveInputs(paths, io);
  const configPath = options.config ? resolve(io.cwd, options.config) : undefined;
  const choice: ConfigChoice = {
    ...(configPath ? { configPath } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(locale ? { locale } : {}),
    ...(options.allowExternalPlugins ? { allowExternalPlugins: true } : {}),
  };
  // One config for the whole run: data-set rules need one rule set across all files.
  const configs = new ConfigCache(choice);
  const firstFile = inputs.find((i) => i.file !== resolve(io.cwd, STDIN))?.file ?? resolve(io.cwd, STDIN);
  const loaded = configPath ? await configs.load(configPath) : await configs.forFile(firstFile);
  const linter = loaded.linter;
  const msgLocale = linter.locale;

  let plans: LoadedPlans | undefined;
  if (options.plans) {
    plans = await loadPlans(resolve(io.cwd, options.plans), io.cwd);
    if (plans.skipped.length) {
      const list = plans.skipped.slice(0, 5).map((s) => `${s.file} (${s.reason})`).join(', ');
      io.stderr(`qualcat: note: ${plans.skipped.length} plan file(s) not used: ${list}${plans.skipped.length > 5 ? ', …' : ''}\n`);
    }
  }

  const totalBytes = inputs.every((i) => i.size !== undefined) ? inputs.reduce((n, i) => n + i.size!, 0) : undefined;
  const threads = chooseWorkers(requestedWorkers, totalBytes);
  let batchLinter: BatchLinter | undefined;
  if (threads > 0) {
    if (workerFile()) {
      batchLinter = poolBatchLinter(threads, {
        ...(loaded.path ? { configPath: loaded.path } : {}),
        // The worker must judge with the very asOf and locale the main thread uses (midnight, config defaults).
        choice: { ...choice, asOf: linter.asOf, locale: linter.locale },
        ...(plans ? { plans: plans.plans } : {}),
      });
    } else if (requestedWorkers !== undefined) {
      throw new UsageError('--workers needs the built worker (dist/audit-worker.js); build the CLI or use --workers 0');
    }
  }
  const progress = options.progress !== false && io.isTTY ? new TerminalProgress(io.stderr) : undefined;

  // The report's file is opened (as a temp file beside it) before the audit: an unwritable --out is known at once,
  // not after an hour of auditing.
  const sink: TextSink = options.out ? await fileSink(resolve(io.cwd, options.out), options.out) : stdoutSink(io);
  let run: AuditRun;
  try {
    run = await runAudit(inputs, {
      linter,
      ...(plans ? { plans: plans.lookup } : {}),
      encoding,
      ...(batchLinter ? { batchLinter } : {}),
      stats: format === 'html',
      ...(progress ? { progress } : {}),
      cwd: io.cwd,
      memory,
    });
  } catch (error) {
    await sink.abort();
    throw error;
  }
  // The run's temp folder (if it needed one) is removed once the report is written, whatever happens.
  try {
    const results: AuditFileResult[] = [...run.results];
    for (const path of missing) {
      const data = { path, line: 1 };
      const d: AuditDiagnostic = {
        ruleId: 'core/io',
        messageId: 'missing',
        severity: 'error',
        message: formatMessage(AUDIT_IO_MESSAGES.missing, msgLocale, data),
        pointer: '',
        data,
        line: 1,
      };
      results.unshift({ file: resolve(io.cwd, path), format: 'ndjson', encoding: 'utf-8', records: 0, brokenRecords: 0, diagnostics: [d], failed: true, counts: countsOf([d]) });
    }
    const configResults: FileResult[] = loaded.path && loaded.diagnostics.length ? [{ file: loaded.path, diagnostics: loaded.diagnostics }] : [];
    const configFailed = loaded.diagnostics.some((d) => d.severity === 'error');

    // Findings of the audit stream from the run (from disk past the memory budget); the others are in memory.
    const audited = new Set<FileResult>(run.results);
    const findingsOf: FindingsOf = (r) => (audited.has(r) ? run.findings(r as AuditFileResult) : r.diagnostics);
    let chunks: Iterable<string>;
    if (format === 'json') chunks = auditJsonChunks(results, io.cwd, configResults, findingsOf);
    else if (format === 'sarif') chunks = sarifChunks([...configResults, ...results], { cwd: io.cwd, rules: ruleInfos(linter, msgLocale) }, findingsOf);
    else if (format === 'html') {
      // The report is for readers of the data; problems of the config go to stderr, and the exit code says so.
      if (configResults.length) io.stderr(formatStylish(configResults, io.cwd, false));
      chunks = [renderHtmlReport(reportInput(run, results, findingsOf, linter.asOf, msgLocale, io.cwd, ruleDescriptions(linter, msgLocale), rushWindow(linter), displayName), { showPii: Boolean(options.showPii), tool: `qualcat ${VERSION}` })];
    } else {
      chunks = (function* () {
        yield* stylishChunks([...configResults, ...results], io.cwd, options.color ?? false, findingsOf);
        yield `${run.records} record(s) in ${results.length} file(s) audited${run.brokenRecords ? `, ${run.brokenRecords} unreadable` : ''}\n`;
      })();
    }
    await pump(chunks, sink, options.showPii ? undefined : maskPii);

    if (missing.length || configFailed || results.some((r) => r.failed)) return 2;
    return results.some((r) => r.counts.error > 0) ? 1 : 0;
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    run.close();
  }
}

/**
 * What the audit keeps in memory before it uses a temp folder (under TMPDIR). `QUALCAT_AUDIT_IN_MEMORY=N` sets
 * every limit to N — records in the record table, findings, keys of a data-set rule — so tests and people
 * checking the disk path can make a small input take it.
 */
function memoryOptions(io: CliIO): AuditMemoryOptions {
  const value = io.env.QUALCAT_AUDIT_IN_MEMORY;
  if (value === undefined || value === '') return {};
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`QUALCAT_AUDIT_IN_MEMORY must be a whole number from 1 (got “${value}”)`);
  const n = Number(value);
  return { maxRowsInMemory: n, maxFindingsInMemory: n, maxSetEntriesInMemory: n };
}

function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > 64) throw new UsageError(`--workers must be a whole number from 0 to 64 (got “${value}”)`);
  return Number(value);
}

/** Files in argument order; folders searched for certificate files; `-` is stdin. */
async function resolveInputs(paths: readonly string[], io: AuditIO): Promise<{ inputs: AuditInput[]; missing: string[] }> {
  const inputs: AuditInput[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const addFile = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const size = (await stat(file)).size;
    inputs.push({ file, size, open: () => createReadStream(file, { highWaterMark: 256 * 1024 }) });
  };
  for (const p of paths) {
    if (p === '-') {
      const stdin = io.stdin ?? process.stdin;
      inputs.push({ file: resolve(io.cwd, STDIN), open: () => stdin as AsyncIterable<Uint8Array> });
      continue;
    }
    const abs = resolve(io.cwd, p);
    const info = await stat(abs).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await expandPaths([p], io.cwd, CERTIFICATE_FILE);
      let kept = 0;
      for (const f of found.files) {
        if (NOT_CERTIFICATES.test(f)) continue;
        if (/\.json$/i.test(f) && !(await holdsJsonArray(f))) continue;
        await addFile(f);
        kept++;
      }
      // A folder given by name with no certificate file in it is as good as missing.
      if (kept === 0) missing.push(p);
      continue;
    }
    const found = await expandPaths([p], io.cwd, CERTIFICATE_FILE);
    missing.push(...found.missing);
    for (const f of found.files) await addFile(f);
  }
  if (paths.length === 0) throw new UsageError('no files given: pass certificate files, folders, globs or - for stdin');
  return { inputs, missing };
}

/** Whether a .json file's first non-blank character (after a BOM) is `[`. */
async function holdsJsonArray(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('latin1').replace(/^\xef\xbb\xbf/, '');
    return /^\s*\[/.test(text);
  } finally {
    await handle.close();
  }
}

function ruleDescriptions(linter: import('@qualcat/sdk').Linter, locale: Locale): Map<string, string> {
  return new Map(ruleInfos(linter, locale).map((r) => [r.id, r.description]));
}

function rushWindow(linter: import('@qualcat/sdk').Linter): number | undefined {
  const rush = linter.effectiveRules().find((r) => r.rule.id === 'national/rush-issuance');
  const days = rush?.options.windowDays;
  return typeof days === 'number' ? days : undefined;
}

function reportInput(
  run: AuditRun,
  results: readonly AuditFileResult[],
  findingsOf: FindingsOf,
  asOf: string,
  locale: Locale,
  cwd: string,
  descriptions: Map<string, string>,
  rushWindowDays: number | undefined,
  displayName: (file: string, cwd: string) => string,
) {
  const stats = run.stats!;
  // One pass over the findings (streamed from disk for a large audit): the first MAX_LISTED_FINDINGS of each
  // severity are all the listing can show, errors first.
  const firsts: Record<'error' | 'warning' | 'info', ListedFinding[]> = { error: [], warning: [], info: [] };
  let totalFindings = 0;
  for (const r of results) {
    const file = displayName(r.file, cwd);
    for (const d of findingsOf(r) as Iterable<AuditDiagnostic>) {
      totalFindings++;
      // Missing files are findings too (everything read was counted as it streamed past).
      if (d.ruleId === 'core/io' && d.messageId === 'missing') stats.addFinding(d, -1, -1);
      const list = firsts[d.severity];
      if (list.length < MAX_LISTED_FINDINGS) list.push({ file, line: d.line, ruleId: d.ruleId, severity: d.severity, message: d.message });
    }
  }
  const listed = [...firsts.error, ...firsts.warning, ...firsts.info].slice(0, MAX_LISTED_FINDINGS);
  const data: ReportData = {
    records: run.records,
    brokenRecords: run.brokenRecords,
    files: results.map((r) => {
      return { file: displayName(r.file, cwd), format: r.format, encoding: r.encoding, records: r.records, errors: r.counts.error, warnings: r.counts.warning, infos: r.counts.info };
    }),
    bySeverity: stats.bySeverity,
    byRule: [...stats.byRule.entries()]
      .map(([ruleId, c]) => ({ ruleId, ...(descriptions.get(ruleId) ? { description: descriptions.get(ruleId)! } : {}), ...c }))
      .sort((a, b) => b.error + b.warning + b.info - (a.error + a.warning + a.info) || a.ruleId.localeCompare(b.ruleId)),
    issuers: stats.worst('issuers', run.table.issuers.names),
    occupations: stats.worst('occupations', run.table.occupations.names),
    charts: stats.charts(),
    asOf,
    generatedWith: `qualcat ${VERSION}`,
  };
  return { ...data, locale, findings: listed, totalFindings, ...(rushWindowDays ? { rushWindowDays } : {}) };
}
