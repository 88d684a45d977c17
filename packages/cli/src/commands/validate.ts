import { isIsoDate, isLocale, parseDocument, formatMessage, type Diagnostic, type ParsedDocument } from '@qualcat/sdk';
import type { CliIO } from '../io.js';
import { UsageError } from '../errors.js';
import { ConfigCache } from '../config.js';
import { expandPaths, readTextSync } from '../files.js';
import { formatJson, formatStylish, type FileResult } from '../format.js';
import { formatSarif } from '../sarif.js';
import { ruleInfos, type RuleInfo } from '../rule-info.js';
import { fixText, writeIfUnchanged } from '../fix.js';
import { dirname, relative, resolve } from 'node:path';
import { PlanIndex } from '../plan-index.js';

export interface ValidateOptions {
  config?: string;
  asOf?: string;
  locale?: string;
  format?: string;
  color?: boolean;
  allowExternalPlugins?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: string;
  quiet?: boolean;
}

const READ_MESSAGES = {
  'not-utf8': { 'zh-CN': '文件不是 UTF-8 编码：{detail}', en: 'The file is not UTF-8: {detail}' },
  unreadable: { 'zh-CN': '无法读取文件：{detail}', en: 'Cannot read the file: {detail}' },
  'too-large': { 'zh-CN': '文件过大，未读取：{detail}', en: 'The file is too large and was not read: {detail}' },
  missing: { 'zh-CN': '找不到“{path}”', en: '"{path}" does not exist or matches nothing' },
  'changed-meanwhile': { 'zh-CN': '文件在检查期间被修改，未写入修复', en: 'The file changed while it was being checked; the fixes were not written' },
  'read-only': { 'zh-CN': '文件是只读的，未写入修复：{detail}', en: 'The file is read-only; the fixes were not written: {detail}' },
  'write-failed': { 'zh-CN': '无法写入修复，原文件未改动：{detail}', en: 'Could not write the fixes; the file is unchanged: {detail}' },
};

export function checkCommonOptions(options: { asOf?: string; locale?: string; format?: string }, formats: readonly string[]) {
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) throw new UsageError(`--as-of must be a calendar date YYYY-MM-DD (got “${options.asOf}”)`);
  if (options.locale !== undefined && !isLocale(options.locale)) throw new UsageError(`--locale must be zh-CN or en (got “${options.locale}”)`);
  const format = options.format ?? 'stylish';
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')} (got “${format}”)`);
  return format;
}

/** `qualcat validate`: plan files through the engine, with the config that applies to each. */
export async function runValidate(io: CliIO, paths: string[], options: ValidateOptions): Promise<number> {
  const format = checkCommonOptions(options, ['stylish', 'json', 'sarif']);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const locale = isLocale(options.locale) ? options.locale : undefined;
  const configPath = options.config ? resolve(io.cwd, options.config) : undefined;
  const configs = new ConfigCache({
    ...(configPath ? { configPath } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(locale ? { locale } : {}),
    ...(options.allowExternalPlugins ? { allowExternalPlugins: true } : {}),
  });
  if (configPath) await configs.load(configPath);
  const { files, missing } = await expandPaths(paths, io.cwd);
  const msgLocale = locale ?? 'zh-CN';
  const results: FileResult[] = [];
  let failed = missing.length > 0;
  for (const path of missing) {
    results.push({ file: resolve(io.cwd, path), diagnostics: [ioDiagnostic('missing', { path }, msgLocale)] });
  }

  const plans = new PlanIndex(() => projectRoots);
  let projectRoots: string[] = [io.cwd];
  const rootsOf = async (forFiles: readonly string[]) => {
    const used = await Promise.all(forFiles.map((f) => configs.forFile(f)));
    const roots = [...new Set(used.map((l) => (l.path ? dirname(l.path) : undefined)).filter((d): d is string => !!d))];
    if (roots.length) projectRoots = roots;
  };

  if (!options.fix && !options.fixDryRun) {
    // One pass: each file is read, parsed and linted, and its text dropped: a 10,000-file run keeps the findings and
    // the plan index, not every document (which made the young-generation GC copy them all, a fifth of the time).
    // A plan that looks up one not read yet (a make-up plan before the plan it re-sits) is linted again at the end,
    // against every plan given and, on a miss, the project's plan files: the result of reading everything first.
    const deferred: Array<{ index: number; file: string; doc: ParsedDocument }> = [];
    for (const file of files) {
      const read = readTextSync(file);
      if (!read.ok) {
        failed = true;
        results.push({ file, diagnostics: [ioDiagnostic(read.problem, { detail: read.detail }, msgLocale)] });
        continue;
      }
      const doc = parseDocument(read.text, file, { locale: msgLocale });
      if (doc.parseDiagnostics.length === 0) plans.add(doc.value);
      const loaded = await configs.forFile(file);
      plans.missed = false;
      const diagnostics = loaded.linter.lintParsed(doc, { kind: 'plan', plans: plans.added });
      if (plans.missed) deferred.push({ index: results.length, file, doc });
      results.push({ file, diagnostics });
    }
    if (deferred.length) {
      await rootsOf(files);
      for (const { index, file, doc } of deferred) results[index] = { file, diagnostics: (await configs.forFile(file)).linter.lintParsed(doc, { kind: 'plan', plans }) };
    }
  }

  // With --fix: parse every file first, so that make-up plans can find the plans they re-sit.
  const parsed: Array<{ file: string; doc?: ParsedDocument; problem?: Diagnostic }> = [];
  for (const file of options.fix || options.fixDryRun ? files : []) {
    const read = readTextSync(file);
    if (!read.ok) {
      failed = true;
      parsed.push({ file, problem: ioDiagnostic(read.problem, { detail: read.detail }, msgLocale) });
      continue;
    }
    const doc = parseDocument(read.text, file, { locale: msgLocale });
    parsed.push({ file, doc });
    if (doc.parseDiagnostics.length === 0) plans.add(doc.value);
  }

  const diffs: string[] = [];
  if (parsed.length) await rootsOf(parsed.map((p) => p.file));
  for (const { file, doc, problem } of parsed) {
    if (problem) {
      results.push({ file, diagnostics: [problem] });
      continue;
    }
    const loaded = await configs.forFile(file);
    const fixed = fixText(doc!.text, file, loaded.linter, plans);
    const diagnostics = fixed.diagnostics;
    if (fixed.text !== doc!.text) {
      if (options.fixDryRun) {
        const name = relative(io.cwd, file) || file;
        // The diff library is loaded only for --fix-dry-run.
        const { createTwoFilesPatch } = await import('diff');
        diffs.push(createTwoFilesPatch(`a/${name}`, `b/${name}`, doc!.text, fixed.text, undefined, undefined, { context: 2 }));
      } else {
        const written = await writeIfUnchanged(file, doc!.text, fixed.text);
        if (written.outcome !== 'written') {
          failed = true;
          diagnostics.unshift(ioDiagnostic(written.outcome, { detail: written.detail ?? '' }, msgLocale));
        }
      }
    }
    results.push({ file, diagnostics });
  }
  // Config problems are shown once, on the config file, and make the run a failure (exit 2).
  for (const loaded of await configs.all()) {
    if (loaded.path && loaded.diagnostics.length) {
      results.unshift({ file: loaded.path, diagnostics: loaded.diagnostics });
      if (loaded.diagnostics.some((d) => d.severity === 'error')) failed = true;
    }
  }

  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  const shown = options.quiet ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : results;
  if (diffs.length) io.stdout(diffs.join(''));
  if (format === 'json') io.stdout(formatJson(shown, io.cwd));
  else if (format === 'sarif') io.stdout(formatSarif(shown, { cwd: io.cwd, rules: await allRuleInfos(configs, msgLocale) }));
  else io.stdout(formatStylish(shown, io.cwd, options.color ?? false));
  if (failed) return 2;
  if (results.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`qualcat: ${warnings} warning(s), more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number (got “${value}”)`);
  return Number(value);
}

/** The rules of every config used in the run, once each (for SARIF's driver.rules). */
export async function allRuleInfos(configs: ConfigCache, locale: 'zh-CN' | 'en'): Promise<RuleInfo[]> {
  const byId = new Map<string, RuleInfo>();
  for (const loaded of await configs.all()) for (const info of ruleInfos(loaded.linter, locale)) if (!byId.has(info.id)) byId.set(info.id, info);
  if (byId.size === 0) for (const info of ruleInfos((await configs.load(undefined)).linter, locale)) byId.set(info.id, info);
  return [...byId.values()];
}

function ioDiagnostic(messageId: keyof typeof READ_MESSAGES, data: Record<string, unknown>, locale: 'zh-CN' | 'en'): Diagnostic {
  return {
    ruleId: messageId === 'not-utf8' ? 'core/parse' : 'core/io',
    messageId,
    severity: 'error',
    message: formatMessage(READ_MESSAGES[messageId], locale, data),
    pointer: '',
    data,
  };
}
