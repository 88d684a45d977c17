import { createRequire } from 'node:module';
import type { CertificateRecord, Plan, RuleSetting } from '../generated/types.js';
import { loadCatalog, CatalogPatchError, type ResolvedCatalog } from '../catalog/index.js';
import { todayInChina, type IsoDateString } from '../dates.js';
import type { Diagnostic, Severity, SeveritySetting } from '../diagnostics.js';
import { resolvePointer } from '../diagnostics.js';
import { formatMessage, type Locale, type LocalizedText } from '../messages.js';
import { validateDocument, type DocumentType } from '../schema-diagnostics.js';
import { MAX_DEPTH, parseDocument, type DocumentFormat, type ParsedDocument } from './document.js';
import { pluginAppliesTo, type Plugin } from './plugin.js';
import { runWithTimeBudget, TimeBudgetExceeded } from './time-budget.js';
import { DEFAULT_MAX_ENTRIES_IN_MEMORY, type SpillSettings } from './first-occurrence.js';
import type { AnyRule, CertificateSetCollector, PlanLookup, ReportDescriptor, RuleTarget } from './rule.js';

/** Messages of the engine's own diagnostics. */
export const ENGINE_MESSAGES = {
  'rule-crash': {
    'zh-CN': '规则 {rule}{plugin} 运行出错，已跳过：{error}',
    en: 'Rule {rule}{plugin} crashed and was skipped: {error}',
  },
  'bad-report': {
    'zh-CN': '规则 {rule}{plugin} 报告了无效的结果：{problem}',
    en: 'Rule {rule}{plugin} reported an invalid result: {problem}',
  },
  'rule-timeout': {
    'zh-CN': '规则 {rule}{plugin} 运行超过 {budgetMs} 毫秒，已中止；本次运行中不再执行该规则',
    en: 'Rule {rule}{plugin} ran longer than {budgetMs} ms and was stopped; it is skipped for the rest of this run',
  },
  'rule-skipped': {
    'zh-CN': '规则 {rule}{plugin} 在本次运行中已超时，此处未执行（文档或证书数据均未经其检查）',
    en: 'Rule {rule}{plugin} timed out earlier in this run and was not run here (on this document or data set)',
  },
  'unknown-document': {
    'zh-CN': '无法判断文档类型：计划文件应命名为 *.plan.json / *.plan.yaml',
    en: 'Cannot tell what this document is: name plan files *.plan.json / *.plan.yaml',
  },
} satisfies Record<string, LocalizedText>;

export const CONFIG_MESSAGES = {
  'unknown-rule': {
    'zh-CN': '{who} 覆盖了未知规则“{ruleId}”{suggestion}',
    en: '{who} overrides the unknown rule "{ruleId}"{suggestion}',
  },
  'invalid-options': {
    'zh-CN': '{who} 为规则 {ruleId} 设置的选项无效：{problem}',
    en: '{who} sets invalid options for {ruleId}: {problem}',
  },
  'duplicate-rule': {
    'zh-CN': '插件 {plugin} 定义的规则 {ruleId} 已由 {other} 定义，忽略后者',
    en: 'Plugin {plugin} defines rule {ruleId}, already defined by {other}; the later one is ignored',
  },
  'bad-catalog-patch': {
    'zh-CN': '插件 {plugin} 的目录补丁第 {index} 条无法应用：{problem}',
    en: 'Catalog patch {index} of plugin {plugin} cannot be applied: {problem}',
  },
  'duplicate-plugin': {
    'zh-CN': '插件 {plugin} 被加载了两次，忽略第二次',
    en: 'Plugin {plugin} is loaded twice; the second is ignored',
  },
  'unknown-message': {
    'zh-CN': '插件 {plugin} 改写了未知的消息 {ruleId} → {messageId}',
    en: 'Plugin {plugin} rewrites an unknown message {ruleId} → {messageId}',
  },
} satisfies Record<string, LocalizedText>;

export type ConfigMessageId = keyof typeof CONFIG_MESSAGES;

/** A problem with the configuration itself, located in the config document (`/plugins/0`, `/rules/<id>`). */
export interface ConfigProblem {
  messageId: ConfigMessageId;
  message: string;
  pointer: string;
  plugin?: string;
  data: Record<string, unknown>;
}

export interface LinterOptions {
  /** Built-in rules (default: the core and national rules). */
  rules?: readonly AnyRule[];
  plugins?: readonly Plugin[];
  /** The user's own severities/options by rule id (the config file's `rules`), applied last. */
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
  catalog?: ResolvedCatalog;
  asOf?: IsoDateString;
  locale?: Locale;
  /**
   * Time budget of one call into a third-party plugin rule (default 2000 ms); a rule over it is stopped. For set
   * rules one call is `collect()`, `finish()`, or `record()` of a run of up to 512 records.
   */
  timeBudgetMs?: number;
  /** Plugins whose rules run without a time budget (qualcat's bundled plugins); built-in rules always do. */
  trustedPlugins?: readonly string[];
}

export interface LintOptions {
  /** What the document is; by default from the file name, then from its content. */
  kind?: 'plan' | 'certificate';
  plans?: PlanLookup;
  format?: DocumentFormat;
}

interface ActiveRule {
  rule: AnyRule;
  severity: Severity;
  options: Record<string, unknown>;
  /** The plugin that defined the rule, if any. */
  definedBy?: string;
  /** The plugin (or "config") that last changed severity or options. */
  changedBy?: string;
  settings: Readonly<Record<string, unknown>>;
  messages: Record<string, LocalizedText>;
}

/** The rules and catalog in force for documents governed by one set of plugins. */
export interface Profile {
  readonly plugins: readonly Plugin[];
  readonly rules: readonly ActiveRule[];
  readonly catalog: ResolvedCatalog;
}

type AjvLike = { compile(schema: object): (data: unknown) => boolean };
type AjvCtor = new (options: Record<string, unknown>) => AjvLike;
// ajv is CommonJS: its class is the default export's `default` under Node's ESM interop.
const ajvClassOf = (module: unknown): AjvCtor => ((module as { default?: AjvCtor }).default ?? module) as AjvCtor;
/**
 * ajv's compiler is needed only to check rule options a config sets, and loading it is a third of the CLI's
 * start-up: it is loaded then, not with the SDK. `loadConfig` preloads it (an import bundlers follow) when a config
 * or plugin sets options; a Linter built by hand with options loads it synchronously here.
 */
let Ajv2020: AjvCtor | undefined;
export async function preloadOptionsValidator(): Promise<void> {
  Ajv2020 ??= ajvClassOf(await import('ajv/dist/2020.js'));
}
const ajv2020 = (): AjvCtor => (Ajv2020 ??= ajvClassOf(createRequire(import.meta.url)('ajv/dist/2020.js')));
/** Whether rule settings set any options (the only case ajv's compiler is needed for). */
export function settingsHaveOptions(settings: Readonly<Record<string, RuleSetting>> | undefined): boolean {
  return Object.values(settings ?? {}).some((s) => Array.isArray(s) && s[1] !== undefined);
}
let optionsAjv: AjvLike | undefined;
const optionValidators = new WeakMap<object, (data: unknown) => boolean>();

function validateOptions(rule: AnyRule, options: unknown): string | undefined {
  const schema = rule.meta.schema;
  if (!schema) return options && Object.keys(options).length ? 'the rule takes no options' : undefined;
  // Compiled lazily, and only when someone sets options: default options are trusted.
  optionsAjv ??= new (ajv2020())({ allErrors: true, strict: false });
  let validate = optionValidators.get(schema);
  if (!validate) {
    validate = optionsAjv.compile(schema);
    optionValidators.set(schema, validate);
  }
  const check = validate;
  if (check(options)) return undefined;
  const errors = (check as unknown as { errors?: Array<{ instancePath: string; message?: string; params?: Record<string, unknown> }> }).errors ?? [];
  return errors
    .map((e) => `${e.instancePath || '(options)'} ${e.message ?? ''}${e.params?.additionalProperty ? ` (${String(e.params.additionalProperty)})` : ''}`)
    .join('; ');
}

function splitSetting(setting: RuleSetting): { severity: SeveritySetting; options?: Record<string, unknown> } {
  if (typeof setting === 'string') return { severity: setting };
  const [severity, options] = setting as [SeveritySetting, Record<string, unknown>?];
  return options === undefined ? { severity } : { severity, options };
}

export class Linter {
  readonly asOf: IsoDateString;
  readonly locale: Locale;
  readonly plugins: readonly Plugin[];
  readonly problems: ConfigProblem[] = [];
  private readonly baseCatalog: ResolvedCatalog;
  private readonly builtins: readonly AnyRule[];
  private readonly ruleSettings: Readonly<Record<string, RuleSetting>>;
  private readonly profiles = new Map<string, Profile>();
  /** Region → its profile: a document's region is looked up once per document, the plugin filter once per region. */
  private readonly profilesByRegion = new Map<string | undefined, Profile>();
  /** One reusable context per rule and target (see ruleRun): no per-document allocation of rule contexts. */
  private readonly ruleRuns = new WeakMap<ActiveRule, Map<string, RuleRun>>();
  private readonly timeBudgetMs: number;
  private readonly trustedPlugins: ReadonlySet<string>;
  /** Rules stopped for exceeding their time budget: skipped from then on. */
  private readonly timedOut = new Set<string>();
  /** Every rule id known: built-ins and every plugin's rules → the plugin defining it. */
  private readonly known = new Map<string, { rule: AnyRule; plugin?: Plugin }>();

  constructor(options: LinterOptions = {}) {
    this.asOf = options.asOf ?? todayInChina();
    this.locale = options.locale ?? 'zh-CN';
    this.baseCatalog = options.catalog ?? loadCatalog();
    this.builtins = options.rules ?? [];
    this.ruleSettings = options.ruleSettings ?? {};
    this.timeBudgetMs = options.timeBudgetMs ?? 2000;
    this.trustedPlugins = new Set(options.trustedPlugins ?? []);
    for (const rule of this.builtins) this.known.set(rule.id, { rule });
    const plugins: Plugin[] = [];
    (options.plugins ?? []).forEach((plugin, index) => {
      if (plugins.some((p) => p.id === plugin.id)) {
        this.problem('duplicate-plugin', `/plugins/${index}`, { plugin: plugin.id }, plugin.id);
        return;
      }
      plugins.push(plugin);
      for (const rule of plugin.rules ?? []) {
        const existing = this.known.get(rule.id);
        if (existing) {
          this.problem('duplicate-rule', `/plugins/${index}`, { plugin: plugin.id, ruleId: rule.id, other: existing.plugin?.id ?? 'qualcat' }, plugin.id);
          continue;
        }
        this.known.set(rule.id, { rule, plugin });
      }
    });
    this.plugins = plugins;
    // Check every override once, up front, so config errors show whatever documents are linted.
    plugins.forEach((plugin) => {
      const index = (options.plugins ?? []).indexOf(plugin);
      for (const [ruleId, setting] of Object.entries(plugin.overrides ?? {})) {
        this.checkSetting(ruleId, setting, `/plugins/${index}`, `插件 ${plugin.id}|Plugin ${plugin.id}`, plugin.id);
      }
      for (const [ruleId, byMessage] of Object.entries(plugin.messages ?? {})) {
        const known = this.known.get(ruleId)?.rule.meta.messages;
        for (const messageId of Object.keys(byMessage ?? {})) {
          if (!known || !(messageId in known)) this.problem('unknown-message', `/plugins/${index}`, { plugin: plugin.id, ruleId, messageId }, plugin.id);
        }
      }
      try {
        this.baseCatalog.withPatches(plugin.catalog ?? [], plugin.id);
      } catch (error) {
        const e = error as CatalogPatchError;
        this.problem('bad-catalog-patch', `/plugins/${index}`, { plugin: plugin.id, index: e.index ?? 0, problem: e.message }, plugin.id);
      }
    });
    for (const [ruleId, setting] of Object.entries(this.ruleSettings)) {
      this.checkSetting(ruleId, setting, `/rules/${ruleId.replace(/~/g, '~0').replace(/\//g, '~1')}`, '配置文件|The config', undefined);
    }
  }

  private problem(messageId: ConfigMessageId, pointer: string, data: Record<string, unknown>, plugin?: string) {
    this.problems.push({
      messageId,
      message: formatMessage(CONFIG_MESSAGES[messageId], this.locale, data),
      pointer,
      data,
      ...(plugin ? { plugin } : {}),
    });
  }

  private checkSetting(ruleId: string, setting: RuleSetting, pointer: string, who: string, plugin: string | undefined) {
    const [whoZh, whoEn] = who.split('|');
    const whoText = this.locale === 'en' ? whoEn! : whoZh!;
    const entry = this.known.get(ruleId);
    if (!entry) {
      const close = [...this.known.keys()].filter((k) => k.split('/')[1] === ruleId.split('/')[1] || k.endsWith(ruleId));
      const suggestion = close.length ? (this.locale === 'en' ? `; did you mean ${close.join(', ')}?` : `，是否应为 ${close.join('、')}？`) : '';
      this.problem('unknown-rule', pointer, { who: whoText, ruleId, suggestion }, plugin);
      return;
    }
    const { options } = splitSetting(setting);
    if (options !== undefined) {
      const problem = validateOptions(entry.rule, { ...entry.rule.defaultOptions, ...options });
      if (problem) this.problem('invalid-options', pointer, { who: whoText, ruleId, problem }, plugin);
    }
  }

  /** The rules and catalog for documents of a region. */
  profileFor(region: string | undefined): Profile {
    const cached = this.profilesByRegion.get(region);
    if (cached) return cached;
    const profile = this.buildProfileFor(region);
    if (this.profilesByRegion.size < 4096) this.profilesByRegion.set(region, profile);
    return profile;
  }

  private buildProfileFor(region: string | undefined): Profile {
    const plugins = this.plugins.filter((p) => pluginAppliesTo(p, region));
    const key = plugins.map((p) => p.id).join('\u0000');
    let profile = this.profiles.get(key);
    if (!profile) {
      profile = this.buildProfile(plugins);
      this.profiles.set(key, profile);
    }
    return profile;
  }

  private buildProfile(plugins: readonly Plugin[]): Profile {
    const active = new Map<string, ActiveRule & { off: boolean }>();
    const add = (rule: AnyRule, plugin?: Plugin) => {
      if (active.has(rule.id)) return;
      active.set(rule.id, {
        rule,
        severity: rule.meta.defaultSeverity,
        options: { ...rule.defaultOptions },
        ...(plugin ? { definedBy: plugin.id } : {}),
        settings: plugin?.settings ?? {},
        messages: { ...rule.meta.messages },
        off: false,
      });
    };
    for (const rule of this.builtins) add(rule);
    for (const plugin of plugins) for (const rule of plugin.rules ?? []) if (this.known.get(rule.id)?.plugin === plugin) add(rule, plugin);
    const apply = (ruleId: string, setting: RuleSetting, by: string) => {
      const entry = active.get(ruleId);
      if (!entry) return;
      const { severity, options } = splitSetting(setting);
      if (options !== undefined) {
        const merged = { ...entry.rule.defaultOptions, ...options };
        if (validateOptions(entry.rule, merged)) return; // reported once as a config problem
        entry.options = merged;
      }
      entry.off = severity === 'off';
      if (severity !== 'off') entry.severity = severity;
      entry.changedBy = by;
    };
    let catalog = this.baseCatalog;
    for (const plugin of plugins) {
      for (const [ruleId, setting] of Object.entries(plugin.overrides ?? {})) apply(ruleId, setting, plugin.id);
      for (const [ruleId, byMessage] of Object.entries(plugin.messages ?? {})) {
        const entry = active.get(ruleId);
        if (!entry) continue;
        for (const [messageId, text] of Object.entries(byMessage)) {
          if (entry.messages[messageId]) entry.messages[messageId] = { ...entry.messages[messageId]!, ...text };
        }
      }
      try {
        catalog = catalog.withPatches(plugin.catalog ?? [], plugin.id);
      } catch {
        // reported once as a config problem; the plugin's patches are skipped
      }
    }
    for (const [ruleId, setting] of Object.entries(this.ruleSettings)) apply(ruleId, setting, 'config');
    const rules = [...active.values()].filter((r) => !r.off).map(({ off: _off, ...r }) => Object.freeze(r));
    return Object.freeze({ plugins, rules, catalog });
  }

  /** Every rule known to this linter with its effective setting for a region ("off" ones included). */
  effectiveRules(region?: string): Array<{ rule: AnyRule; severity: SeveritySetting; options: Record<string, unknown>; definedBy?: string; changedBy?: string }> {
    const profile = this.profileFor(region);
    const on = new Map(profile.rules.map((r) => [r.rule.id, r]));
    const out = [];
    for (const { rule, plugin } of this.known.values()) {
      if (plugin && !profile.plugins.includes(plugin)) continue;
      const r = on.get(rule.id);
      if (r) out.push({ rule, severity: r.severity, options: r.options, ...(r.definedBy ? { definedBy: r.definedBy } : {}), ...(r.changedBy ? { changedBy: r.changedBy } : {}) });
      else {
        const changedBy = this.changedToOff(rule.id, profile.plugins);
        out.push({ rule, severity: 'off' as const, options: { ...rule.defaultOptions }, ...(plugin ? { definedBy: plugin.id } : {}), ...(changedBy ? { changedBy } : {}) });
      }
    }
    return out;
  }

  private changedToOff(ruleId: string, plugins: readonly Plugin[]): string | undefined {
    if (ruleId in this.ruleSettings) return 'config';
    return [...plugins].reverse().find((p) => ruleId in (p.overrides ?? {}))?.id;
  }

  /** Lints the text of a plan or certificate file: parse, schema, then every rule in force for its region. */
  lintText(text: string, uri: string, options: LintOptions = {}): Diagnostic[] {
    const parsed = parseDocument(text, uri, { locale: this.locale, ...(options.format ? { format: options.format } : {}) });
    return this.lintParsed(parsed, options);
  }

  lintParsed(parsed: ParsedDocument, options: LintOptions = {}): Diagnostic[] {
    if (parsed.parseDiagnostics.length > 0 || parsed.value === undefined) return parsed.parseDiagnostics;
    const kind = options.kind ?? documentKind(parsed.uri, parsed.value);
    let diagnostics: Diagnostic[];
    if (!kind) {
      diagnostics = [this.engineDiagnostic('unknown-document', '', {})];
    } else {
      diagnostics = this.lintValue(parsed.value, kind, options);
    }
    for (const d of diagnostics) {
      d.range = parsed.rangeOf(d.pointer, d.data?.target === 'key' || d.messageId === 'unknown-property' ? 'key' : 'value');
    }
    return diagnostics.sort(
      (a, b) => a.range!.start.line - b.range!.start.line || a.range!.start.character - b.range!.start.character,
    );
  }

  /** Lints an already-parsed plan or certificate record (no ranges). */
  lintValue(value: unknown, kind: 'plan' | 'certificate', options: Pick<LintOptions, 'plans'> = {}): Diagnostic[] {
    const schemaDiagnostics = validateDocument(kind as DocumentType, value, { locale: this.locale });
    const region = regionOf(value);
    const profile = this.profileFor(region);
    const out = schemaDiagnostics;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
    const frozen = deepFreezeCopy(value);
    // Decided once: `out` grows as rules report, and a crash is hidden only on documents the schema rejected.
    const schemaInvalid = schemaDiagnostics.length > 0;
    for (const active of profile.rules) {
      if (!active.rule.check || !active.rule.meta.appliesTo.includes(kind as RuleTarget)) continue;
      this.runRule(active, profile, frozen, kind, options.plans, out, schemaInvalid);
    }
    return out;
  }

  private runRule(
    active: ActiveRule,
    profile: Profile,
    document: unknown,
    kind: 'plan' | 'certificate',
    plans: PlanLookup | undefined,
    out: Diagnostic[],
    schemaInvalid: boolean,
  ) {
    const skipped = this.skippedAfterTimeout(active);
    if (skipped) {
      out.push(skipped);
      return;
    }
    const run = this.ruleRun(active, profile, kind, plans);
    const found: Diagnostic[] = [];
    run.found = found;
    run.document = document;
    run.busy = true;
    const context = run.context;
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const timeout = this.callRule(active, () => void active.rule.check!(context as any));
      out.push(...(timeout ? [timeout] : found));
    } catch (error) {
      // A rule tripping over a document the schema already rejected is not news; anything else is a crash to show.
      if (!schemaInvalid) out.push(this.crashDiagnostic(active, error));
    } finally {
      run.busy = false;
      run.document = undefined;
    }
  }

  /** Third-party plugin rules run under the time budget; built-in rules and trusted (bundled) plugins' rules do not. */
  private isBudgeted(active: ActiveRule): boolean {
    return active.definedBy !== undefined && !this.trustedPlugins.has(active.definedBy);
  }

  /**
   * A call into a rule: under the time budget if the rule is budgeted, else directly. Over the budget, the rule is
   * skipped for the rest of the run and its `rule-timeout` diagnostic is returned; any other error is thrown.
   */
  private callRule(active: ActiveRule, call: () => void): Diagnostic | undefined {
    if (!this.isBudgeted(active)) {
      call();
      return undefined;
    }
    try {
      runWithTimeBudget(call, this.timeBudgetMs);
      return undefined;
    } catch (error) {
      if (!(error instanceof TimeBudgetExceeded)) throw error;
      this.timedOut.add(active.rule.id);
      return this.engineDiagnostic('rule-timeout', '', { rule: active.rule.id, plugin: pluginLabel(active), budgetMs: error.budgetMs }, active.definedBy);
    }
  }

  /** `rule-skipped` for a rule that timed out earlier in this run (it is not run again), else undefined. */
  private skippedAfterTimeout(active: ActiveRule): Diagnostic | undefined {
    if (!this.timedOut.has(active.rule.id)) return undefined;
    return this.engineDiagnostic('rule-skipped', '', { rule: active.rule.id, plugin: pluginLabel(active) }, active.definedBy);
  }

  /** `rule-crash` naming the rule, its plugin and the error; `data.code` is the error's code (ENOSPC …) if it has one. */
  private crashDiagnostic(active: ActiveRule, error: unknown): Diagnostic {
    let code: unknown;
    try {
      code = (error as { code?: unknown } | null)?.code;
    } catch {
      // a hostile thrown value: no code
    }
    return this.engineDiagnostic('rule-crash', '', {
      rule: active.rule.id,
      plugin: pluginLabel(active),
      error: errorText(error),
      ...(typeof code === 'string' ? { code } : {}),
    }, active.definedBy);
  }

  /**
   * The context a rule's `check` gets, made once per rule, target and plan lookup and reused for every document:
   * frozen (a rule cannot change what it sees next time), `document` read from the run in progress. A nested run
   * of the same rule (a plan lookup that lints) gets a context of its own.
   */
  private ruleRun(active: ActiveRule, profile: Profile, kind: 'plan' | 'certificate', plans: PlanLookup | undefined): RuleRun {
    let byKind = this.ruleRuns.get(active);
    if (!byKind) {
      byKind = new Map();
      this.ruleRuns.set(active, byKind);
    }
    const cached = byKind.get(kind);
    if (cached && cached.plans === plans && !cached.busy) return cached;
    const run: RuleRun = { plans, found: [], document: undefined, busy: false, context: undefined as unknown as object };
    run.context = Object.freeze({
      ruleId: active.rule.id,
      target: kind,
      get document() {
        return run.document;
      },
      catalog: catalogView(profile.catalog),
      options: Object.freeze({ ...active.options }),
      asOf: this.asOf,
      locale: this.locale,
      settings: active.settings,
      ...(plans ? { plans } : {}),
      report: (descriptor: ReportDescriptor<string>) => {
        run.found.push(this.toDiagnostic(active, descriptor, run.document));
      },
    });
    if (!cached || !cached.busy) byKind.set(kind, run);
    return run;
  }

  private toDiagnostic(active: ActiveRule, descriptor: ReportDescriptor<string>, document: unknown): Diagnostic {
    const rule = active.rule;
    const text = descriptor && typeof descriptor === 'object' ? active.messages[descriptor.messageId] : undefined;
    if (!text || typeof descriptor.pointer !== 'string' || !resolvePointer(document, descriptor.pointer).found) {
      return this.engineDiagnostic('bad-report', '', {
        rule: rule.id,
        plugin: pluginLabel(active),
        problem: !text ? `unknown messageId ${JSON.stringify(descriptor?.messageId)}` : `pointer ${JSON.stringify(descriptor.pointer)} is not in the document`,
      }, active.definedBy);
    }
    const data = { ...(descriptor.data ?? {}) };
    const provenance = active.changedBy && active.changedBy !== 'config' ? active.changedBy : active.definedBy;
    const d: Diagnostic = {
      ruleId: rule.id,
      messageId: descriptor.messageId,
      severity: active.severity,
      message: formatMessage(text, this.locale, data),
      pointer: descriptor.pointer,
      source: { document: rule.meta.source.document, section: rule.meta.source.section },
      ...(provenance ? { plugin: provenance } : {}),
      data: descriptor.target ? { ...data, target: descriptor.target } : data,
    };
    if (descriptor.fixes?.length) d.fixes = descriptor.fixes;
    return d;
  }

  private engineDiagnostic(messageId: keyof typeof ENGINE_MESSAGES, pointer: string, data: Record<string, unknown>, plugin?: string): Diagnostic {
    const ruleId = messageId === 'unknown-document' ? 'core/parse' : 'core/rule-crash';
    return {
      ruleId,
      messageId,
      severity: 'error',
      message: formatMessage(ENGINE_MESSAGES[messageId], this.locale, data),
      pointer,
      data,
      ...(plugin ? { plugin } : {}),
    };
  }

  /**
   * A streaming run of the data-set rules over certificate records. Each record is checked under the rules in force
   * for its own region (a record without one: every plugin). Where provinces configure a rule the same way, one
   * collector sees all their records (so duplicates are found across provinces); where they differ (Zhejiang makes
   * rush-issuance an error), each setting gets its own collector. Findings carry `data.record`, the index passed to
   * `add`, and pointers into that record.
   *
   * Third-party plugin rules get a frozen copy of each record, and see records in runs of up to 512 under one time
   * budget (a watchdog per record would cost ~0.2 ms × millions); their `collect()` and `finish()` run under it too.
   * Built-in rules and trusted plugins' rules are called directly, record by record.
   */
  certificateSet(options: CertificateSetOptions = {}): CertificateSet {
    const kept: Diagnostic[] = [];
    const { onFinding } = options;
    // With onFinding, findings leave as they are made (a data set can have millions); else finish() returns them.
    const found = { push: onFinding ? (d: Diagnostic) => onFinding(d) : (d: Diagnostic) => void kept.push(d) };
    const maxEntries = options.spill?.maxEntries ?? DEFAULT_MAX_ENTRIES_IN_MEMORY;
    if (!Number.isInteger(maxEntries) || maxEntries < 0) throw new RangeError(`spill.maxEntries must be a whole number ≥ 0, not ${maxEntries}`);
    const spill: SpillSettings = Object.freeze({ maxEntries, ...(options.spill?.directory !== undefined ? { directory: options.spill.directory } : {}) });
    type RecordInfo = { readonly catalog: ResolvedCatalog };
    /** Records waiting for a budgeted rule; references are dropped once they have been through it. */
    type RecordQueue = { records: Array<CertificateRecord | undefined>; indexes: Float64Array; infos: Array<RecordInfo | undefined>; length: number };
    type Slot = { active: ActiveRule; collector?: CertificateSetCollector; stopped: boolean; queue?: RecordQueue };
    const slots = new Map<string, Slot>();
    const slotsByProfile = new Map<Profile, Slot[]>();
    const infoByProfile = new Map<Profile, RecordInfo>();
    /** A call into a slot's rule, budgeted or not as callRule decides; a crash or a timeout stops the slot. */
    const call = (slot: Slot, fn: () => void) => {
      try {
        const timeout = this.callRule(slot.active, fn);
        if (!timeout) return;
        slot.stopped = true;
        found.push(timeout);
      } catch (error) {
        slot.stopped = true;
        found.push(this.crashDiagnostic(slot.active, error));
      }
    };
    /** Whether the slot's rule timed out earlier in this run (in another slot, set or document): then it stops here. */
    const skipped = (slot: Slot) => {
      const diagnostic = this.skippedAfterTimeout(slot.active);
      if (!diagnostic) return false;
      slot.stopped = true;
      found.push(diagnostic);
      return true;
    };

    const slotFor = (active: ActiveRule, profile: Profile): Slot => {
      const key = [active.rule.id, active.severity, JSON.stringify(active.options), active.definedBy ?? '', active.changedBy ?? ''].join('\u0000');
      let slot = slots.get(key);
      if (slot) return slot;
      slot = { active, stopped: false };
      if (this.isBudgeted(active)) {
        slot.queue = { records: new Array(SET_RECORDS_PER_BUDGET).fill(undefined), indexes: new Float64Array(SET_RECORDS_PER_BUDGET), infos: new Array(SET_RECORDS_PER_BUDGET).fill(undefined), length: 0 };
      }
      slots.set(key, slot);
      if (skipped(slot)) return slot;
      const context = {
        ruleId: active.rule.id,
        target: 'certificate-set' as const,
        catalog: catalogView(profile.catalog),
        options: Object.freeze({ ...active.options }),
        asOf: this.asOf,
        locale: this.locale,
        settings: active.settings,
        spill,
        ...(options.plans ? { plans: options.plans } : {}),
        report: (descriptor: ReportDescriptor<string>) => {
          const text = active.messages[descriptor?.messageId];
          if (!text || typeof descriptor.pointer !== 'string' || typeof descriptor.record !== 'number') {
            found.push(this.engineDiagnostic('bad-report', '', {
              rule: active.rule.id,
              plugin: pluginLabel(active),
              problem: !text ? `unknown messageId ${JSON.stringify(descriptor?.messageId)}` : 'a set rule must report a pointer and the record index',
            }, active.definedBy));
            return;
          }
          const data = { ...(descriptor.data ?? {}), record: descriptor.record };
          const provenance = active.changedBy && active.changedBy !== 'config' ? active.changedBy : active.definedBy;
          found.push({
            ruleId: active.rule.id,
            messageId: descriptor.messageId,
            severity: active.severity,
            message: formatMessage(text, this.locale, data),
            pointer: typeof descriptor.pointer === 'string' ? descriptor.pointer : '',
            source: { document: active.rule.meta.source.document, section: active.rule.meta.source.section },
            ...(provenance ? { plugin: provenance } : {}),
            data,
          });
        },
      };
      const created = slot;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      call(created, () => void (created.collector = active.rule.collect!(context as any)));
      return slot;
    };
    const slotsFor = (profile: Profile): Slot[] => {
      let list = slotsByProfile.get(profile);
      if (!list) {
        list = profile.rules.filter((a) => a.rule.collect && a.rule.meta.appliesTo.includes('certificate-set')).map((a) => slotFor(a, profile));
        slotsByProfile.set(profile, list);
      }
      return list;
    };
    /** The queued records through the slot's record(), all under one time budget. */
    const flush = (slot: Slot) => {
      const queue = slot.queue!;
      const length = queue.length;
      queue.length = 0;
      if (length > 0 && !slot.stopped && slot.collector && !skipped(slot)) {
        const { collector } = slot;
        call(slot, () => {
          for (let i = 0; i < length; i++) collector.record(queue.records[i]!, queue.indexes[i]!, queue.infos[i]!);
        });
      }
      queue.records.fill(undefined, 0, length);
      queue.infos.fill(undefined, 0, length);
    };
    return {
      add: (record, index) => {
        if (!record || typeof record !== 'object' || Array.isArray(record)) return;
        // Per record: two map lookups and the collectors' own work; nothing is allocated here for built-in and
        // trusted rules. Third-party rules share one frozen copy of the record (what they queue must not change).
        const profile = this.profileFor(regionOf(record));
        let info = infoByProfile.get(profile);
        if (!info) {
          info = Object.freeze({ catalog: catalogView(profile.catalog) });
          infoByProfile.set(profile, info);
        }
        let frozen: CertificateRecord | undefined;
        for (const slot of slotsFor(profile)) {
          if (slot.stopped || !slot.collector) continue;
          const queue = slot.queue;
          if (queue) {
            frozen ??= deepFreezeCopy(record as CertificateRecord);
            queue.records[queue.length] = frozen;
            queue.indexes[queue.length] = index;
            queue.infos[queue.length] = info;
            if (++queue.length === SET_RECORDS_PER_BUDGET) flush(slot);
            continue;
          }
          try {
            slot.collector.record(record as CertificateRecord, index, info);
          } catch (error) {
            slot.stopped = true;
            found.push(this.crashDiagnostic(slot.active, error));
          }
        }
      },
      finish: () => {
        for (const slot of slots.values()) if (slot.queue) flush(slot);
        for (const slot of slots.values()) {
          const collector = slot.collector;
          if (!slot.stopped && collector && !skipped(slot)) call(slot, () => collector.finish());
        }
        return kept;
      },
    };
  }
}

/** Records a third-party set rule sees under one time budget: the watchdog's ~0.2 ms shared by 512 records. */
const SET_RECORDS_PER_BUDGET = 512;

export interface CertificateSetOptions extends Pick<LintOptions, 'plans'> {
  /**
   * How much per-record state set rules keep in memory (`maxEntries`, default 1,000,000) and where a private temp
   * folder for the rest is made (`directory`, default the system's temp folder). Rules see it as `context.spill`.
   */
  spill?: { maxEntries?: number; directory?: string };
  /**
   * Called with each finding as it is made (during `add` or `finish`), instead of keeping them for `finish()`'s
   * return value: a data set where a million records repeat a number has a million findings.
   */
  onFinding?: (diagnostic: Diagnostic) => void;
}

/** A streaming run of the data-set rules: `add` each record with its index in the stream, then `finish`. */
export interface CertificateSet {
  add(record: unknown, index: number): void;
  /** The findings (none left here when `onFinding` took them as they came). */
  finish(): Diagnostic[];
}

function pluginLabel(active: ActiveRule): string {
  return active.definedBy ? ` (${active.definedBy})` : '';
}

/** What a crash diagnostic quotes of an error; anything may be thrown, even an object String() cannot convert. */
function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    const message = (error as { message?: unknown } | null)?.message;
    return typeof message === 'string' ? message : String(error);
  } catch {
    return 'an unprintable value was thrown';
  }
}

const views = new WeakMap<ResolvedCatalog, ResolvedCatalog>();

/**
 * What rules get of a catalog: its query methods on a frozen object, so a rule cannot reach the catalog's internals
 * and change what the next rule sees (the data itself is deeply frozen already).
 */
export function catalogView(catalog: ResolvedCatalog): ResolvedCatalog {
  let view = views.get(catalog);
  if (!view) {
    view = Object.freeze({
      data: catalog.data,
      get size() {
        return catalog.size;
      },
      findOccupation: (name: string) => catalog.findOccupation(name),
      has: (name: string) => catalog.has(name),
      exitDateOf: (name: string) => catalog.exitDateOf(name),
      exitDateOfBatch: (batch: 1 | 2) => catalog.exitDateOfBatch(batch),
      isExited: (name: string, onDate: string) => catalog.isExited(name, onDate),
      occupations: () => catalog.occupations(),
      suggest: (name: string, limit?: number) => catalog.suggest(name, limit),
      withPatches: () => {
        throw new TypeError('rules cannot patch the catalog');
      },
    }) as unknown as ResolvedCatalog;
    views.set(catalog, view);
  }
  return view;
}

export function regionOf(value: unknown): string | undefined {
  const region = (value as { region?: unknown } | null)?.region;
  return typeof region === 'string' ? region : undefined;
}

/** plan / certificate from the file name, then from the content; undefined when neither tells. */
export function documentKind(uri: string, value: unknown): 'plan' | 'certificate' | undefined {
  if (/\.plan\.(json|ya?ml)$/i.test(uri)) return 'plan';
  if (/\.(cert|certificate)\.(json|ya?ml)$/i.test(uri)) return 'certificate';
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if ('items' in v || 'assessmentDates' in v || ('kind' in v && 'publishedOn' in v)) return 'plan';
    if ('holder' in v || 'issuer' in v || 'issuedOn' in v) return 'certificate';
  }
  return undefined;
}

interface RuleRun {
  readonly plans: PlanLookup | undefined;
  context: object;
  found: Diagnostic[];
  document: unknown;
  busy: boolean;
}

const NOT_PLAIN = Symbol('not plain JSON data');

/**
 * A frozen copy of plain JSON data (what JSON.parse, YAML and CSV readers produce): a few microseconds for a plan,
 * where structuredClone serialises and deserialises. NOT_PLAIN for anything else (class instances, Dates, cycles,
 * null prototypes …), which deepFreezeCopy leaves to structuredClone as before.
 */
function freezeCopyPlain(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? NOT_PLAIN : value;
  }
  if (depth > MAX_DEPTH + 8) return NOT_PLAIN;
  const proto = Object.getPrototypeOf(value);
  if (proto === Array.prototype) {
    const array = value as unknown[];
    const copy = new Array<unknown>(array.length);
    for (let i = 0; i < array.length; i++) {
      if (!(i in array)) return NOT_PLAIN;
      const c = freezeCopyPlain(array[i], depth + 1);
      if (c === NOT_PLAIN) return NOT_PLAIN;
      copy[i] = c;
    }
    return Object.freeze(copy);
  }
  if (proto !== Object.prototype) return NOT_PLAIN;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const c = freezeCopyPlain((value as Record<string, unknown>)[key], depth + 1);
    if (c === NOT_PLAIN) return NOT_PLAIN;
    if (key === '__proto__') Object.defineProperty(copy, key, { value: c, enumerable: true, writable: true, configurable: true });
    else copy[key] = c;
  }
  return Object.freeze(copy);
}

/** Rules get a frozen copy: a plugin cannot change what the next rule sees. */
function deepFreezeCopy<T>(value: T): T {
  const plain = freezeCopyPlain(value, 0);
  if (plain !== NOT_PLAIN) return plain as T;
  const copy = structuredClone(value);
  const stack: unknown[] = [copy];
  while (stack.length) {
    const v = stack.pop();
    if (v && typeof v === 'object' && !Object.isFrozen(v)) {
      Object.freeze(v);
      for (const c of Object.values(v)) stack.push(c);
    }
  }
  return copy;
}

export type { Plan, CertificateRecord };
