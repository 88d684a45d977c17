/**
 * Linting a file as the engine sees it. Plans and single certificate records go to `Linter.lintText`; a config
 * file is its own parse + schema check plus the problems `loadConfig` found; a certificate set is linted record by
 * record (each record's slice through `lintParsed`, so the SDK maps its pointers to ranges) and then through the
 * engine's set rules. No rule runs here that the engine does not run.
 */
import './parsers.js'; // before anything parses: the SDK's YAML/JSON parsers (see parsers.ts)
import { parseTree } from 'jsonc-parser';
import {
  formatMessage,
  parseDocument,
  validateDocument,
  type Diagnostic,
  type LoadedConfig,
  type Locale,
  type LocalizedText,
  type ParsedDocument,
  type PlanLookup,
} from '@qualcat/sdk';
import type { Range } from 'vscode-languageserver-types';
import type { FileType } from './documents.js';
import { shiftRange, TextLines } from './text.js';

/** Where a diagnostic of a certificate set sits: the record, and how its pointers and fixes are relative to it. */
export interface RecordRef {
  index: number;
  /** JSON array: the record's pointer in the file (`/3`); fixes are rewritten under it. */
  prefix?: string;
  /** NDJSON: the line the record is on; fixes apply to that line's text. */
  line?: number;
}

export interface LintedDiagnostic extends Diagnostic {
  range: Range;
  record?: RecordRef;
}

export const SERVICE_MESSAGES = {
  'config-problems': {
    'zh-CN': '配置文件 {config} 有 {count} 个问题，部分插件或规则设置未生效',
    en: 'The config file {config} has {count} problem(s); some plugins or rule settings are not in effect',
  },
} satisfies Record<string, LocalizedText>;

/** Which end of a property a diagnostic marks: the key for unknown properties and unknown rule ids. */
export function targetOf(d: Diagnostic): 'key' | 'value' {
  return d.data?.target === 'key' || d.messageId === 'unknown-property' || d.messageId === 'unknown-rule' ? 'key' : 'value';
}

/**
 * @param parse the plan or certificate file parsed (by the SDK): the caller caches it, since parsing a large file
 *   is most of the cost of a lint and the same text is wanted again (the workspace plan index, hovers).
 */
export function lintFile(text: string, uri: string, type: FileType, loaded: LoadedConfig, plans: PlanLookup | undefined, parse: () => ParsedDocument): LintedDiagnostic[] {
  switch (type.kind) {
    case 'config':
      return lintConfig(text, uri, loaded);
    case 'certificate-set':
      return lintCertificateSet(text, uri, type.format === 'ndjson', loaded, plans);
    default: {
      const found = loaded.linter.lintParsed(parse(), { kind: type.kind, ...(plans ? { plans } : {}) });
      return [...(found as LintedDiagnostic[]), ...configNotes(text, loaded)];
    }
  }
}

/**
 * A document governed by a config with problems says so once, on its first line: above all, that workspace plugin
 * code was not loaded because the workspace is untrusted (the reason some rules are missing).
 */
function configNotes(text: string, loaded: LoadedConfig): LintedDiagnostic[] {
  if (!loaded.path || loaded.diagnostics.length === 0) return [];
  const lines = new TextLines(text);
  const range = lines.range(0, lines.line(0).text.length);
  const untrusted = loaded.diagnostics.filter((d) => d.messageId === 'untrusted-code');
  const notes: LintedDiagnostic[] = untrusted.map((d) => ({ ...d, severity: 'info', pointer: '', range, data: { ...d.data, config: loaded.path } }));
  const others = loaded.diagnostics.length - untrusted.length;
  if (others > 0) {
    const data = { config: loaded.path, count: others };
    notes.push({
      ruleId: 'core/config',
      messageId: 'config-problems',
      severity: 'info',
      message: formatMessage(SERVICE_MESSAGES['config-problems'], loaded.linter.locale, data),
      pointer: '',
      range,
      data,
    });
  }
  return notes;
}

/**
 * The config file as edited (possibly unsaved): parse and schema problems come from this text; what only loading
 * can find (unknown plugins, unknown rule ids, bad options, untrusted code) from the last load of the saved file,
 * placed by pointer in the current text.
 */
function lintConfig(text: string, uri: string, loaded: LoadedConfig): LintedDiagnostic[] {
  const locale: Locale = loaded.linter.locale;
  const parsed = parseDocument(text.replace(/^\uFEFF/, ''), uri, { format: 'json', locale });
  if (parsed.parseDiagnostics.length) return parsed.parseDiagnostics as LintedDiagnostic[];
  const own = validateDocument('config', parsed.value, { locale });
  const fromLoad = loaded.diagnostics.filter((d) => d.ruleId !== 'core/parse' && d.ruleId !== 'core/schema');
  return [...own, ...fromLoad].map((d) => ({ ...d, range: parsed.rangeOf(d.pointer, targetOf(d)) }));
}

interface RecordSlice {
  start: number;
  text: string;
  line?: number;
}

function lintCertificateSet(text: string, uri: string, ndjson: boolean, loaded: LoadedConfig, plans: PlanLookup | undefined): LintedDiagnostic[] {
  const locale = loaded.linter.locale;
  const lines = new TextLines(text);
  const slices: RecordSlice[] = [];
  if (ndjson) {
    for (let i = 0; i < lines.lineCount; i++) {
      const line = lines.line(i);
      if (line.text.trim()) slices.push({ start: line.start, text: line.text, line: i });
    }
  } else {
    const whole = parseDocument(text, uri, { format: 'json', locale });
    if (whole.parseDiagnostics.length) return whole.parseDiagnostics as LintedDiagnostic[];
    const root = parseTree(text);
    if (root?.type !== 'array') return [];
    for (const child of root.children ?? []) slices.push({ start: child.offset, text: text.slice(child.offset, child.offset + child.length) });
  }
  const out: LintedDiagnostic[] = [];
  const parsedRecords: Array<{ parsed: ParsedDocument; ref: RecordRef; origin: ReturnType<TextLines['positionAt']> }> = [];
  const set = loaded.linter.certificateSet(plans ? { plans } : {});
  slices.forEach((slice, index) => {
    const ref: RecordRef = ndjson ? { index, line: slice.line! } : { index, prefix: `/${index}` };
    const origin = lines.positionAt(slice.start);
    const parsed = parseDocument(slice.text, `${uri}#${index}`, { format: 'json', locale });
    parsedRecords.push({ parsed, ref, origin });
    for (const d of loaded.linter.lintParsed(parsed, { kind: 'certificate', ...(plans ? { plans } : {}) })) {
      out.push(inRecord(d, ref, shiftRange(d.range!, origin)));
    }
    if (parsed.parseDiagnostics.length === 0) set.add(parsed.value, index);
  });
  for (const d of set.finish()) {
    const index = typeof d.data?.record === 'number' ? d.data.record : undefined;
    const record = index === undefined ? undefined : parsedRecords[index];
    const range = record ? shiftRange(record.parsed.rangeOf(d.pointer, targetOf(d)), record.origin) : lines.range(0, 0);
    out.push(record ? inRecord(d, record.ref, range) : { ...d, range });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function inRecord(d: Diagnostic, ref: RecordRef, range: Range): LintedDiagnostic {
  if (ref.prefix === undefined) return { ...d, range, record: ref };
  // A JSON array's record pointers and fixes become pointers into the whole file.
  const prefix = ref.prefix;
  const fixes = d.fixes?.map((f) => ({
    ...f,
    patch: f.patch.map((op) => ({ ...op, path: prefix + op.path, ...('from' in op ? { from: prefix + op.from } : {}) })),
  }));
  return { ...d, pointer: prefix + d.pointer, range, record: ref, ...(fixes ? { fixes } : {}) };
}
