import { relative } from 'node:path';
import pc from 'picocolors';
import type { Diagnostic } from '@qualcat/sdk';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

export interface Summary {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
  infos: number;
  byRule: Record<string, number>;
}

/** A file result's findings: its own array, or (an audit) a stream of them read back from disk. */
export type FindingsOf = (result: FileResult) => Iterable<Diagnostic>;
export const ownFindings: FindingsOf = (result) => result.diagnostics;

/** Counts findings as an output goes through them, so a streamed report needs no second pass for its summary. */
export class SummaryTally {
  readonly summary: Summary;
  constructor(files: number) {
    this.summary = { files, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0, byRule: {} };
  }
  /** The findings of one file, counted as they are iterated. */
  *count(findings: Iterable<Diagnostic>): Generator<Diagnostic> {
    let any = false;
    for (const d of findings) {
      if (!any) this.summary.filesWithProblems++;
      any = true;
      if (d.severity === 'error') this.summary.errors++;
      else if (d.severity === 'warning') this.summary.warnings++;
      else this.summary.infos++;
      this.summary.byRule[d.ruleId] = (this.summary.byRule[d.ruleId] ?? 0) + 1;
      yield d;
    }
  }
}

export function summarize(results: readonly FileResult[]): Summary {
  const tally = new SummaryTally(results.length);
  for (const r of results) for (const _ of tally.count(r.diagnostics));
  return tally.summary;
}

/** The fields of a diagnostic every JSON output shows, in this order. */
export function diagnosticJson(d: Diagnostic) {
  return {
    ruleId: d.ruleId,
    messageId: d.messageId,
    severity: d.severity,
    message: d.message,
    pointer: d.pointer,
    ...(d.range ? { range: d.range } : {}),
    ...(d.source ? { source: d.source } : {}),
    ...(d.plugin ? { plugin: d.plugin } : {}),
  };
}

export function formatJson(results: readonly FileResult[], cwd: string): string {
  return (
    JSON.stringify(
      {
        results: results.map((r) => ({
          file: relative(cwd, r.file) || r.file,
          diagnostics: r.diagnostics.map((d) => ({ ...diagnosticJson(d), ...(d.fixes?.length ? { fixes: d.fixes } : {}) })),
        })),
        summary: summarize(results),
      },
      null,
      2,
    ) + '\n'
  );
}

/** ESLint-style "stylish" output: a block per file, line:column, severity, message, rule and source. */
export function formatStylish(results: readonly FileResult[], cwd: string, color: boolean): string {
  return [...stylishChunks(results, cwd, color)].join('');
}

/** {@link formatStylish} piece by piece (a line at a time), for findings streamed from disk. */
export function* stylishChunks(results: readonly FileResult[], cwd: string, color: boolean, findingsOf: FindingsOf = ownFindings): Generator<string> {
  const c = pc.createColors(color);
  const tally = new SummaryTally(results.length);
  for (const r of results) {
    let any = false;
    for (const d of tally.count(findingsOf(r))) {
      if (!any) yield c.underline(relative(cwd, r.file) || r.file) + '\n';
      any = true;
      const pos = d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1}` : d.pointer || '/';
      const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info');
      const src = d.source ? c.dim(` ${d.source.document} ${d.source.section}`) : '';
      yield `  ${c.dim(pos.padEnd(7))} ${sev.padEnd(color ? 16 : 7)} ${d.message}  ${c.dim(d.ruleId)}${src}\n`;
    }
    if (any) yield '\n';
  }
  const s = tally.summary;
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) yield c.green(`✔ ${s.files} file(s) checked, no problems`) + '\n';
  else {
    const line = `✖ ${total} problem(s) (${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info) in ${s.filesWithProblems} of ${s.files} file(s)`;
    yield (s.errors ? c.red(c.bold(line)) : c.yellow(c.bold(line))) + '\n';
  }
}
