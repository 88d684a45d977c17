/**
 * The qualcat language service: a pure library, `(text, uri, config) → diagnostics | hover | completions | code
 * actions` (after vscode-json-languageservice). It reads no files and keeps no documents: the caller hands it the
 * text, and a `configFor(uri)` that returns the loaded config governing that document. Every finding comes from
 * the SDK engine; this layer only maps pointers, positions and fixes to the editor's terms.
 */
import './parsers.js'; // before anything parses: the SDK's YAML/JSON parsers (see parsers.ts)
import { parseDocument, todayInChina, type IsoDateString, type LoadedConfig, type Locale, type ParsedDocument, type PlanLookup } from '@qualcat/sdk';
import {
  CodeActionKind,
  MarkupKind,
  type CodeAction,
  type CompletionList,
  type Diagnostic as LspDiagnostic,
  type Hover,
  type Location,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import { keyCompletions, valueCompletions, type CompletionContext } from './completion.js';
import { DEFAULT_RULE_DOCS_BASE_URL, rulesOf, SOURCE, toLspDiagnostic, type DiagnosticData } from './convert.js';
import { fileTypeOf, type FileType } from './documents.js';
import {
  catalogFor,
  datesOf,
  fieldMarkdown,
  isOccupationPath,
  isPlanReferencePath,
  occupationMarkdown,
  regionMarkdown,
  ruleMarkdown,
  t,
  unknownOccupationMarkdown,
} from './hover.js';
import { lintFile, type LintedDiagnostic } from './lint.js';
import { containsPosition, shiftRange, TextLines } from './text.js';
import { applyPatchToText, diffEdit, PatchError, type PatchOperation } from '@qualcat/sdk';
import { viewAt } from './view.js';

/** The plans of the workspace, for a make-up plan's `makeUpOf` and a certificate's `planId`. */
export interface WorkspacePlans extends PlanLookup {
  /** Every plan id known (for completion). */
  ids?(): string[];
  /** Where a plan is defined: its file and the range of its `id` (for go-to-definition and hovers). */
  locationOf?(id: string): Location | undefined;
  /** Changes whenever a plan changes: results linted against an older generation are not reused. */
  readonly generation?: number;
}

export interface LanguageServiceOptions {
  /**
   * The loaded config governing a document: the nearest qualcat.config.json above it, loaded with `loadConfig`
   * (for a qualcat.config.json document: that file itself). May return a cached promise.
   */
  configFor(uri: string): LoadedConfig | Promise<LoadedConfig>;
  plans?: WorkspacePlans;
  /** Language of hovers and completion labels; default: the config's (its `locale`, else zh-CN). */
  locale?: Locale;
  /** Rule documentation base URL (default DEFAULT_RULE_DOCS_BASE_URL); a rule's link is base + rule id. */
  ruleDocsBaseUrl?: string;
  /** Plugin package names offered when completing `plugins` in a config (e.g. the bundled ones). */
  pluginNames?: readonly string[];
  /** Today's date for date completion (default: today in China). */
  today?: () => IsoDateString;
}

export interface LanguageService {
  /** What the service makes of a file; undefined: not a qualcat file, every method returns nothing for it. */
  fileTypeOf(uri: string, text?: string): FileType | undefined;
  /** The engine's findings with ranges (as the CLI gets them), before conversion to LSP. */
  lint(text: string, uri: string): Promise<LintedDiagnostic[]>;
  /** A plan or certificate file as the last lint of this text parsed it (parsed now if it was not linted). */
  parsed(text: string, uri: string): Promise<ParsedDocument | undefined>;
  validate(text: string, uri: string): Promise<LspDiagnostic[]>;
  hover(text: string, uri: string, position: Position): Promise<Hover | null>;
  complete(text: string, uri: string, position: Position): Promise<CompletionList>;
  /**
   * Quick fixes for the diagnostics given (the `data` the service put on them carries the fixes; without it the
   * document is linted again), and with `only` including source.fixAll, one action applying every fixable rule's
   * first fix.
   */
  codeActions(text: string, uri: string, range: Range, diagnostics: readonly LspDiagnostic[], only?: readonly string[]): Promise<CodeAction[]>;
  /** From a `makeUpOf` / `planId` to the plan it names. */
  definition(text: string, uri: string, position: Position): Promise<Location | null>;
}

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.qualcat`;

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const docsBase = options.ruleDocsBaseUrl ?? DEFAULT_RULE_DOCS_BASE_URL;
  const docUrl = (ruleId: string) => `${docsBase}${ruleId}`;
  // The last lint and the last parse of each document: hovers, code actions and the plan index reuse them.
  const lastLint = new Map<string, { text: string; loaded: LoadedConfig; plans: number | undefined; diagnostics: LintedDiagnostic[] }>();
  const lastParse = new Map<string, { text: string; locale: Locale; parsed: ParsedDocument }>();
  const remember = <V>(cache: Map<string, V>, uri: string, value: V) => {
    cache.delete(uri);
    cache.set(uri, value);
    if (cache.size > 64) cache.delete(cache.keys().next().value!);
  };

  const localeOf = (loaded: LoadedConfig): Locale => options.locale ?? loaded.linter.locale;

  function parseOnce(text: string, uri: string, type: FileType, locale: Locale): ParsedDocument {
    const cached = lastParse.get(uri);
    if (cached && cached.text === text && cached.locale === locale) return cached.parsed;
    const parsed = parseDocument(text, uri, { format: type.format === 'yaml' ? 'yaml' : 'json', locale });
    remember(lastParse, uri, { text, locale, parsed });
    return parsed;
  }

  async function lint(text: string, uri: string): Promise<LintedDiagnostic[]> {
    const type = fileTypeOf(uri, text);
    if (!type) return [];
    const loaded = await options.configFor(uri);
    const plans = options.plans?.generation;
    const cached = lastLint.get(uri);
    if (cached && cached.text === text && cached.loaded === loaded && cached.plans === plans) return cached.diagnostics;
    const diagnostics = lintFile(text, uri, type, loaded, options.plans, () => parseOnce(text, uri, type, loaded.linter.locale));
    remember(lastLint, uri, { text, loaded, plans, diagnostics });
    return diagnostics;
  }

  /** The file's value if it parses without errors (from the parse cache), for hovers and completions. */
  async function cleanValue(text: string, uri: string): Promise<unknown> {
    const document = await parsed(text, uri);
    return document && document.parseDiagnostics.length === 0 ? document.value : undefined;
  }

  async function parsed(text: string, uri: string): Promise<ParsedDocument | undefined> {
    const type = fileTypeOf(uri, text);
    if (!type || (type.kind !== 'plan' && type.kind !== 'certificate')) return undefined;
    const loaded = await options.configFor(uri);
    return parseOnce(text, uri, type, loaded.linter.locale);
  }

  async function validate(text: string, uri: string): Promise<LspDiagnostic[]> {
    const diagnostics = await lint(text, uri);
    if (diagnostics.length === 0) return [];
    const loaded = await options.configFor(uri);
    return diagnostics.map((d) => toLspDiagnostic(d, loaded.linter, loaded.linter.locale, docUrl));
  }

  async function hover(text: string, uri: string, position: Position): Promise<Hover | null> {
    const type = fileTypeOf(uri, text);
    if (!type) return null;
    const loaded = await options.configFor(uri);
    const locale = localeOf(loaded);
    const lines = TextLines.of(text);
    const offset = lines.offsetAt(position);
    const sections: string[] = [];

    const rules = rulesOf(loaded.linter);
    for (const d of await lint(text, uri)) {
      const rule = rules.get(d.ruleId);
      if (rule && containsPosition(d.range, position)) sections.push(ruleMarkdown(d, rule, locale, rule.meta.docs.page ? docUrl(rule.id) : undefined));
    }

    const view = viewAt(text, type, offset, await cleanValue(text, uri));
    let range: Range | undefined;
    if (view) {
      const { location, schemaKind } = view;
      const node = location.node;
      if (node) range = lines.range(view.base + node.start, view.base + node.end);
      const value = node?.value;
      if (!location.isAtPropertyKey && isOccupationPath(schemaKind, location.path) && typeof value === 'string') {
        const catalog = catalogFor(loaded, view.value);
        const info = catalog.findOccupation(value);
        sections.unshift(info ? occupationMarkdown(info, catalog, locale, datesOf(schemaKind, view.value, locale)) : unknownOccupationMarkdown(value, catalog, locale));
      }
      if (!location.isAtPropertyKey && isPlanReferencePath(schemaKind, location.path) && typeof value === 'string' && options.plans) {
        sections.unshift(planReferenceMarkdown(value, options.plans, locale));
      }
      if (!location.isAtPropertyKey) {
        const region = regionMarkdown(schemaKind, location.path, value, loaded, locale);
        if (region) sections.push(region);
      }
      const field = fieldMarkdown(schemaKind, location.path, value, location.isAtPropertyKey, locale);
      if (field) sections.push(field);
    }
    if (sections.length === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, ...(range ? { range } : {}) };
  }

  async function complete(text: string, uri: string, position: Position): Promise<CompletionList> {
    const type = fileTypeOf(uri, text);
    if (!type) return EMPTY;
    const loaded = await options.configFor(uri);
    const lines = TextLines.of(text);
    const offset = lines.offsetAt(position);
    const view = viewAt(text, type, offset, await cleanValue(text, uri));
    if (!view) return EMPTY;
    const node = view.location.node;
    const range = node ? lines.range(view.base + node.start, view.base + node.end) : { start: position, end: position };
    const ctx: CompletionContext = {
      view,
      loaded,
      locale: localeOf(loaded),
      range,
      today: options.today?.() ?? todayInChina(),
      planIds: () => options.plans?.ids?.() ?? [],
      pluginNames: options.pluginNames ?? [],
      prefix: view.format === 'yaml' && !view.location.isAtPropertyKey && (!node || node.start === node.end) && text[offset - 1] === ':' ? ' ' : '',
    };
    const items = view.location.isAtPropertyKey ? keyCompletions(ctx) : valueCompletions(ctx);
    return { isIncomplete: false, items };
  }

  async function codeActions(text: string, uri: string, _range: Range, diagnostics: readonly LspDiagnostic[], only?: readonly string[]): Promise<CodeAction[]> {
    const type = fileTypeOf(uri, text);
    if (!type) return [];
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      let linted: LintedDiagnostic[] | undefined;
      for (const diagnostic of diagnostics) {
        if (diagnostic.source !== SOURCE) continue;
        let data = diagnostic.data as DiagnosticData | undefined;
        if (!data?.ruleId) {
          // A client that drops `data`: find the finding again by rule and range.
          linted ??= await lint(text, uri);
          const same = linted.find((d) => d.ruleId === diagnostic.code && sameRange(d.range, diagnostic.range));
          data = same ? { ruleId: same.ruleId, messageId: same.messageId, pointer: same.pointer, ...(same.fixes ? { fixes: same.fixes } : {}), ...(same.record ? { record: same.record } : {}) } : undefined;
        }
        const fixes = data?.fixes ?? [];
        for (const fix of fixes) {
          const edits = fixEdits(text, type, fix.patch, data?.record?.line);
          if (!edits) continue;
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fixes.length === 1,
            edit: { changes: { [uri]: edits } },
          });
        }
      }
    }
    if (only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`)) && type.format !== 'ndjson') {
      const fixAll = await fixAllAction(text, uri, type);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  async function fixAllAction(text: string, uri: string, type: FileType): Promise<CodeAction | undefined> {
    const loaded = await options.configFor(uri);
    const rules = rulesOf(loaded.linter);
    let current = text;
    let applied = 0;
    for (const d of await lint(text, uri)) {
      const fix = d.fixes?.[0];
      if (!fix || !rules.get(d.ruleId)?.meta.fixable) continue;
      try {
        current = applyPatchToText(current, fix.patch, type.format === 'yaml' ? 'yaml' : 'json').text;
        applied++;
      } catch (error) {
        if (!(error instanceof PatchError)) throw error;
      }
    }
    const edit = applied ? diffEdit(text, current) : undefined;
    if (!edit) return undefined;
    return { title: t(localeOf(loaded), `修复所有可自动修复的问题（${applied} 处）`, `Fix all auto-fixable problems (${applied})`), kind: FIX_ALL_KIND, edit: { changes: { [uri]: [edit] } } };
  }

  async function definition(text: string, uri: string, position: Position): Promise<Location | null> {
    const type = fileTypeOf(uri, text);
    if (!type || !options.plans?.locationOf) return null;
    const lines = TextLines.of(text);
    const view = viewAt(text, type, lines.offsetAt(position));
    const value = view?.location.node?.value;
    if (!view || view.location.isAtPropertyKey || !isPlanReferencePath(view.schemaKind, view.location.path) || typeof value !== 'string') return null;
    return options.plans.locationOf(value) ?? null;
  }

  return { fileTypeOf, lint, parsed, validate, hover, complete, codeActions, definition };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A fix's patch as text edits: on the whole file, or, for an NDJSON record, on its line. */
function fixEdits(text: string, type: FileType, patch: readonly PatchOperation[], line: number | undefined): TextEdit[] | undefined {
  try {
    if (type.format === 'ndjson') {
      if (line === undefined) return undefined;
      const lines = TextLines.of(text);
      const record = lines.line(line);
      const origin = lines.positionAt(record.start);
      return applyPatchToText(record.text, patch, 'json').edits.map((e) => ({ ...e, range: shiftRange(e.range, origin) }));
    }
    return applyPatchToText(text, patch, type.format === 'yaml' ? 'yaml' : 'json').edits;
  } catch (error) {
    if (error instanceof PatchError) return undefined;
    throw error;
  }
}

function planReferenceMarkdown(id: string, plans: WorkspacePlans, locale: Locale): string {
  const plan = plans.get(id);
  if (!plan) return t(locale, `工作区中找不到计划 **${id}**`, `No plan **${id}** in the workspace`);
  const where = plans.locationOf?.(id);
  const file = where ? decodeURIComponent(where.uri.slice(where.uri.lastIndexOf('/') + 1)) : undefined;
  const lines = [`**${id}**${plan.title ? ` ${plan.title}` : ''}`, ''];
  const colon = t(locale, '：', ': ');
  lines.push(`- ${t(locale, '发布日期', 'Published')}${colon}${plan.publishedOn}`);
  if (plan.assessmentDates?.length) lines.push(`- ${t(locale, '鉴定日期', 'Assessments')}${colon}${plan.assessmentDates.join(t(locale, '、', ', '))}`);
  if (plan.items?.length) lines.push(`- ${t(locale, '职业', 'Occupations')}${colon}${plan.items.map((i) => i.occupation).join(t(locale, '、', ', '))}`);
  if (where && file) lines.push(`- ${t(locale, '文件', 'File')}${colon}[${file}](${where.uri})`);
  return lines.join('\n');
}

export { fileTypeOf };
