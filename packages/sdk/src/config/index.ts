import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCatalog, type ResolvedCatalog } from '../catalog/index.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Catalog, Config, PluginManifest } from '../generated/types.js';
import { formatMessage, type Locale, type LocalizedText } from '../messages.js';
import { validateDocument } from '../schema-diagnostics.js';
import { parseDocument, type ParsedDocument } from '../engine/document.js';
import { Linter, preloadOptionsValidator, settingsHaveOptions } from '../engine/linter.js';
import { isPlugin, pluginFromManifest, type Plugin } from '../engine/plugin.js';
import { builtinRules } from '../rules/index.js';
import type { IsoDateString } from '../dates.js';

export const CONFIG_FILE_NAME = 'qualcat.config.json';

export const LOAD_MESSAGES = {
  'plugin-not-found': {
    'zh-CN': '找不到插件“{plugin}”（已在 {searched} 中查找）',
    en: 'Plugin "{plugin}" not found (looked in {searched})',
  },
  'plugin-load-failed': { 'zh-CN': '插件“{plugin}”加载失败：{error}', en: 'Plugin "{plugin}" failed to load: {error}' },
  'not-a-plugin': {
    'zh-CN': '“{plugin}”没有导出 qualcat 插件（请用 definePlugin() 定义并默认导出）',
    en: '"{plugin}" does not export a qualcat plugin (define it with definePlugin() and export it as default)',
  },
  'invalid-manifest': { 'zh-CN': '数据插件“{plugin}”无效：{error}', en: 'Data plugin "{plugin}" is invalid: {error}' },
  'untrusted-code': {
    'zh-CN': '未加载插件“{plugin}”：当前工作区不受信任，不运行工作区中的插件代码（国家规则与内置省级插件照常运行）',
    en: 'Plugin "{plugin}" not loaded: the workspace is not trusted, so no plugin code from it runs (national rules and bundled provincial plugins still run)',
  },
  'outside-project': {
    'zh-CN': '未加载插件“{plugin}”：其代码位于项目目录 {root} 之外（如确需加载，请使用 --allow-external-plugins）',
    en: 'Plugin "{plugin}" not loaded: its code lies outside the project folder {root} (use --allow-external-plugins if you really mean it)',
  },
  'catalog-unreadable': { 'zh-CN': '无法读取目录文件“{catalog}”：{error}', en: 'Cannot read the catalog file "{catalog}": {error}' },
  'catalog-invalid': { 'zh-CN': '目录文件“{catalog}”不符合目录 Schema：{error}', en: 'The catalog file "{catalog}" does not conform to the catalog schema: {error}' },
  'config-unreadable': { 'zh-CN': '无法读取配置文件：{error}', en: 'Cannot read the config file: {error}' },
} satisfies Record<string, LocalizedText>;

export type LoadMessageId = keyof typeof LOAD_MESSAGES;

export interface LoadConfigOptions {
  /** Plugins qualcat ships with, by package name: used when the config's folder has no installed copy. */
  bundledPlugins?: Readonly<Record<string, Plugin>>;
  /** Further folders to resolve plugin packages from (qualcat's own installation). */
  resolveFrom?: readonly string[];
  /** false in an untrusted workspace: only data manifests and bundled plugins load. Default true. */
  allowCodePlugins?: boolean;
  /** Allow code plugins outside the config's folder and node_modules. Default false. */
  allowExternalPlugins?: boolean;
  /** Time budget of one call into a third-party plugin rule (default 2000 ms). */
  timeBudgetMs?: number;
  /** Command-line values that win over the file. */
  asOf?: IsoDateString;
  locale?: Locale;
}

export interface LoadedConfig {
  /** Absolute path of the config file; undefined when none applies (national rules alone). */
  readonly path?: string;
  readonly config: Config;
  readonly plugins: readonly Plugin[];
  readonly linter: Linter;
  /** Problems with the config, its plugins or its catalog, as diagnostics located in the config file. */
  readonly diagnostics: Diagnostic[];
}

/** The nearest qualcat.config.json in `dir` or above it. */
export function findConfigFile(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Where a package's ESM entry is: exports["."] (import/default) or main. */
function packageEntry(packageDir: string): string | undefined {
  const pkgPath = join(packageDir, 'package.json');
  if (!existsSync(pkgPath)) return undefined;
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports?: unknown; main?: string; module?: string };
  let target: unknown = pkg.exports;
  if (target && typeof target === 'object' && '.' in (target as object)) target = (target as Record<string, unknown>)['.'];
  for (let i = 0; i < 4 && target && typeof target === 'object'; i++) {
    const t = target as Record<string, unknown>;
    target = t.import ?? t.default ?? t.node;
  }
  const file = typeof target === 'string' ? target : (pkg.module ?? pkg.main ?? 'index.js');
  return join(packageDir, file);
}

function findPackage(name: string, fromDir: string): string | undefined {
  let current = resolve(fromDir);
  for (;;) {
    const dir = join(current, 'node_modules', ...name.split('/'));
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Loads a config file (or none: national rules alone) and everything it names. Never throws for bad input:
 * every problem becomes a diagnostic with a pointer into the config, and the rest of the config still applies.
 */
export async function loadConfig(configPath: string | undefined, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const diagnostics: Diagnostic[] = [];
  let locale: Locale = options.locale ?? 'zh-CN';
  let config: Config = {};
  let parsed: ParsedDocument | undefined;
  const path = configPath ? resolve(configPath) : undefined;

  const problem = (messageId: LoadMessageId, pointer: string, data: Record<string, unknown>) => {
    diagnostics.push({
      ruleId: 'core/config',
      messageId,
      severity: 'error',
      message: formatMessage(LOAD_MESSAGES[messageId], locale, data),
      pointer,
      data,
    });
  };

  if (path) {
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      problem('config-unreadable', '', { error: (error as Error).message });
    }
    if (text !== undefined) {
      parsed = parseDocument(text.replace(/^\uFEFF/, ''), path, { format: 'json', locale });
      diagnostics.push(...parsed.parseDiagnostics);
      if (parsed.parseDiagnostics.length === 0) {
        const schemaDiagnostics = validateDocument('config', parsed.value, { locale });
        diagnostics.push(...schemaDiagnostics);
        // A config that fails its schema is still used for the parts that are right.
        if (parsed.value && typeof parsed.value === 'object' && !Array.isArray(parsed.value)) config = sanitizeConfig(parsed.value as Record<string, unknown>);
      }
    }
  }
  if (!options.locale && (config.locale === 'en' || config.locale === 'zh-CN')) locale = config.locale;
  const baseDir = path ? dirname(path) : process.cwd();

  let catalog: ResolvedCatalog | undefined;
  if (config.catalog) {
    const catalogPath = resolve(baseDir, config.catalog);
    try {
      const data = JSON.parse(readFileSync(catalogPath, 'utf8')) as unknown;
      const errors = validateDocument('catalog', data, { locale });
      if (errors.length) problem('catalog-invalid', '/catalog', { catalog: config.catalog, error: errors.slice(0, 3).map((e) => `${e.pointer} ${e.message}`).join('; ') });
      else catalog = loadCatalog(data as Catalog);
    } catch (error) {
      problem('catalog-unreadable', '/catalog', { catalog: config.catalog, error: (error as Error).message });
    }
  }

  // Plugins: keep the index of each config entry so linter problems point at the right one.
  const plugins: Plugin[] = [];
  const pluginPointers: string[] = [];
  for (const [index, spec] of (config.plugins ?? []).entries()) {
    const pointer = `/plugins/${index}`;
    const plugin = await loadPlugin(spec, baseDir, options, (id, data) => problem(id, pointer, { plugin: spec, ...data }));
    if (plugin) {
      plugins.push(plugin);
      pluginPointers.push(pointer);
    }
  }

  const bundled = new Set(Object.values(options.bundledPlugins ?? {}));
  if (settingsHaveOptions(config.rules) || plugins.some((p) => settingsHaveOptions(p.overrides))) await preloadOptionsValidator();
  const linter = new Linter({
    rules: builtinRules,
    plugins,
    // qualcat's own plugins run without the watchdog (it costs ~0.2 ms a call): the bundled objects, and an installed
    // copy of the same plugin (same id; the budget guards against hangs, not against trust — untrusted workspaces
    // load no plugin code at all). Anything else runs with a time budget.
    trustedPlugins: plugins.filter((p) => bundled.has(p) || [...bundled].some((b) => b.id === p.id)).map((p) => p.id),
    ...(options.timeBudgetMs ? { timeBudgetMs: options.timeBudgetMs } : {}),
    ruleSettings: config.rules ?? {},
    ...(catalog ? { catalog } : {}),
    ...((options.asOf ?? config.asOf) ? { asOf: (options.asOf ?? config.asOf)! } : {}),
    locale,
  });
  for (const p of linter.problems) {
    // The linter numbers plugins as it was given them; map back to the config's entries.
    const m = /^\/plugins\/(\d+)$/.exec(p.pointer);
    const pointer = m ? (pluginPointers[Number(m[1])] ?? p.pointer) : p.pointer;
    diagnostics.push({ ruleId: 'core/config', messageId: p.messageId, severity: 'error', message: p.message, pointer, data: p.data, ...(p.plugin ? { plugin: p.plugin } : {}) });
  }
  if (parsed) for (const d of diagnostics) d.range ??= parsed.rangeOf(d.pointer, d.messageId === 'unknown-property' || d.messageId === 'unknown-rule' ? 'key' : 'value');
  return { ...(path ? { path } : {}), config, plugins, linter, diagnostics };
}

/** Keeps the well-formed parts of a config that failed its schema. */
function sanitizeConfig(raw: Record<string, unknown>): Config {
  const config: Config = {};
  if (typeof raw.catalog === 'string') config.catalog = raw.catalog;
  if (Array.isArray(raw.plugins)) config.plugins = raw.plugins.filter((p): p is string => typeof p === 'string' && p.length > 0);
  if (raw.rules && typeof raw.rules === 'object' && !Array.isArray(raw.rules)) {
    const rules: NonNullable<Config['rules']> = {};
    for (const [id, setting] of Object.entries(raw.rules)) {
      const sev = Array.isArray(setting) ? setting[0] : setting;
      if (!['off', 'info', 'warning', 'error'].includes(sev as string)) continue;
      if (Array.isArray(setting) && setting.length > 1 && (typeof setting[1] !== 'object' || setting[1] === null || Array.isArray(setting[1]))) continue;
      rules[id] = setting as NonNullable<Config['rules']>[string];
    }
    config.rules = rules;
  }
  if (typeof raw.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.asOf)) config.asOf = raw.asOf;
  if (raw.locale === 'en' || raw.locale === 'zh-CN') config.locale = raw.locale;
  return config;
}

async function loadPlugin(
  spec: string,
  baseDir: string,
  options: LoadConfigOptions,
  fail: (id: LoadMessageId, data?: Record<string, unknown>) => void,
): Promise<Plugin | undefined> {
  const isPath = spec.startsWith('.') || spec.startsWith('/') || isAbsolute(spec);
  let entry: string | undefined;
  if (isPath) {
    const target = resolve(baseDir, spec);
    if (/\.json$/i.test(target)) return loadManifest(spec, target, fail);
    if (!existsSync(target)) {
      fail('plugin-not-found', { searched: target });
      return undefined;
    }
    entry = statSync(target).isDirectory() ? packageEntry(target) : target;
    if (!entry || !existsSync(entry)) {
      fail('plugin-load-failed', { error: `no built entry ${entry ?? '(package.json missing)'}; build the plugin first` });
      return undefined;
    }
  } else {
    const local = findPackage(spec, baseDir);
    if (local) entry = packageEntry(local);
    else if (options.bundledPlugins?.[spec]) return options.bundledPlugins[spec];
    else {
      for (const dir of options.resolveFrom ?? []) {
        const found = findPackage(spec, dir);
        if (found) {
          entry = packageEntry(found);
          break;
        }
      }
    }
    if (!entry) {
      fail('plugin-not-found', { searched: [baseDir, ...(options.resolveFrom ?? [])].join(', ') });
      return undefined;
    }
  }
  if (options.allowCodePlugins === false) {
    // A package the workspace brings is workspace code, even when qualcat bundles one of the same name.
    if (!isPath && options.bundledPlugins?.[spec]) return options.bundledPlugins[spec];
    fail('untrusted-code');
    return undefined;
  }
  if (!options.allowExternalPlugins && isPath) {
    const real = safeRealpath(entry);
    const root = safeRealpath(baseDir);
    if (!isInside(real, root) && !real.split(sep).includes('node_modules')) {
      fail('outside-project', { root });
      return undefined;
    }
  }
  try {
    const mod = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
    const candidate = mod.default ?? mod.plugin ?? Object.values(mod).find(isPlugin);
    if (!isPlugin(candidate)) {
      fail('not-a-plugin');
      return undefined;
    }
    return candidate;
  } catch (error) {
    fail('plugin-load-failed', { error: (error as Error)?.message ?? String(error) });
    return undefined;
  }
}

function loadManifest(spec: string, path: string, fail: (id: LoadMessageId, data?: Record<string, unknown>) => void): Plugin | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(existsSync(path) ? 'invalid-manifest' : 'plugin-not-found', { error: (error as Error).message, searched: path });
    return undefined;
  }
  const errors = validateDocument('plugin', value, { locale: 'en' });
  if (errors.length) {
    fail('invalid-manifest', { error: errors.slice(0, 3).map((e) => `${e.pointer || '/'}: ${e.message}`).join('; ') });
    return undefined;
  }
  try {
    return pluginFromManifest(value as PluginManifest);
  } catch (error) {
    fail('invalid-manifest', { error: (error as Error).message });
    return undefined;
  }
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

