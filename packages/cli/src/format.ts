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

export function summarize(results: readonly FileResult[]): Summary {
  const s: Summary = { files: results.length, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0, byRule: {} };
  for (const r of results) {
    if (r.diagnostics.length) s.filesWithProblems++;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else s.infos++;
      s.byRule[d.ruleId] = (s.byRule[d.ruleId] ?? 0) + 1;
    }
  }
  return s;
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
  const c = pc.createColors(color);
  const out: string[] = [];
  for (const r of results) {
    if (!r.diagnostics.length) continue;
    out.push(c.underline(relative(cwd, r.file) || r.file));
    for (const d of r.diagnostics) {
      const pos = d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1}` : d.pointer || '/';
      const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info');
      const src = d.source ? c.dim(` ${d.source.document} ${d.source.section}`) : '';
      out.push(`  ${c.dim(pos.padEnd(7))} ${sev.padEnd(color ? 16 : 7)} ${d.message}  ${c.dim(d.ruleId)}${src}`);
    }
    out.push('');
  }
  const s = summarize(results);
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) out.push(c.green(`✔ ${s.files} file(s) checked, no problems`));
  else {
    const line = `✖ ${total} problem(s) (${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info) in ${s.filesWithProblems} of ${s.files} file(s)`;
    out.push(s.errors ? c.red(c.bold(line)) : c.yellow(c.bold(line)));
  }
  return out.join('\n') + '\n';
}
