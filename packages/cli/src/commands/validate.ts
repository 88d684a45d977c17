import { isIsoDate, isLocale, parseDocument, formatMessage, type Diagnostic, type ParsedDocument, type Plan, type PlanLookup } from '@qualcat/sdk';
import type { CliIO } from '../io.js';
import { UsageError } from '../errors.js';
import { ConfigCache } from '../config.js';
import { expandPaths, readText } from '../files.js';
import { formatJson, formatStylish, type FileResult } from '../format.js';

export interface ValidateOptions {
  config?: string;
  asOf?: string;
  locale?: string;
  format?: string;
  color?: boolean;
  allowExternalPlugins?: boolean;
}

const READ_MESSAGES = {
  'not-utf8': { 'zh-CN': '文件不是 UTF-8 编码：{detail}', en: 'The file is not UTF-8: {detail}' },
  unreadable: { 'zh-CN': '无法读取文件：{detail}', en: 'Cannot read the file: {detail}' },
  missing: { 'zh-CN': '找不到“{path}”', en: '"{path}" does not exist or matches nothing' },
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
  const format = checkCommonOptions(options, ['stylish', 'json']);
  const locale = isLocale(options.locale) ? options.locale : undefined;
  const configs = new ConfigCache({
    ...(options.config ? { configPath: options.config } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(locale ? { locale } : {}),
    ...(options.allowExternalPlugins ? { allowExternalPlugins: true } : {}),
  });
  if (options.config) await configs.load(options.config);
  const { files, missing } = await expandPaths(paths, io.cwd);
  const msgLocale = locale ?? 'zh-CN';
  const results: FileResult[] = [];
  let failed = missing.length > 0;
  for (const path of missing) {
    results.push({ file: path, diagnostics: [ioDiagnostic('missing', { path }, msgLocale)] });
  }

  // First pass: parse every file once, so that make-up plans can find the plans they re-sit.
  const parsed: Array<{ file: string; doc?: ParsedDocument; problem?: Diagnostic }> = [];
  const plansById = new Map<string, Plan>();
  for (const file of files) {
    const read = await readText(file);
    if (!read.ok) {
      failed = true;
      parsed.push({ file, problem: ioDiagnostic(read.problem, { detail: read.detail }, msgLocale) });
      continue;
    }
    const doc = parseDocument(read.text, file, { locale: msgLocale });
    parsed.push({ file, doc });
    const value = doc.value as Partial<Plan> | undefined;
    if (doc.parseDiagnostics.length === 0 && value && typeof value === 'object' && typeof value.id === 'string' && !plansById.has(value.id)) {
      plansById.set(value.id, value as Plan);
    }
  }
  const plans: PlanLookup = { get: (id) => plansById.get(id) };

  for (const { file, doc, problem } of parsed) {
    if (problem) {
      results.push({ file, diagnostics: [problem] });
      continue;
    }
    const loaded = await configs.forFile(file);
    results.push({ file, diagnostics: loaded.linter.lintParsed(doc!, { kind: 'plan', plans }) });
  }
  // Config problems are shown once, on the config file, and make the run a failure (exit 2).
  for (const loaded of await configs.all()) {
    if (loaded.path && loaded.diagnostics.length) {
      results.unshift({ file: loaded.path, diagnostics: loaded.diagnostics });
      if (loaded.diagnostics.some((d) => d.severity === 'error')) failed = true;
    }
  }

  io.stdout(format === 'json' ? formatJson(results, io.cwd) : formatStylish(results, io.cwd, options.color ?? false));
  if (failed) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
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
