import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { isLocale, type Locale } from '@qualcat/sdk';
import type { CliIO } from '../io.js';
import { QualcatCliError, UsageError } from '../errors.js';
import { ConfigCache } from '../config.js';
import { renderTable } from '../table.js';
import { ruleInfos, type RuleInfo } from '../rule-info.js';

export interface RulesOptions {
  config?: string;
  locale?: string;
  format?: string;
  region?: string;
}

async function effective(io: CliIO, options: RulesOptions): Promise<{ infos: RuleInfo[]; locale: Locale; configPath?: string }> {
  if (options.locale !== undefined && !isLocale(options.locale)) throw new UsageError(`--locale must be zh-CN or en (got “${options.locale}”)`);
  const locale = isLocale(options.locale) ? options.locale : 'zh-CN';
  const configPath = options.config ? resolve(io.cwd, options.config) : undefined;
  const cache = new ConfigCache({ ...(configPath ? { configPath } : {}), locale });
  const loaded = configPath ? await cache.load(configPath) : await cache.forFile(join(io.cwd, 'x'));
  const broken = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (broken.length) {
    throw new QualcatCliError('QC_CONFIG', `the config has problems: ${broken.map((d) => `${d.pointer || '/'} ${d.message}`).join('; ')}`);
  }
  return { infos: ruleInfos(loaded.linter, locale, options.region), locale, ...(loaded.path ? { configPath: loaded.path } : {}) };
}

/** `qualcat rules`: the effective rule set after plugins, with severity, options and provenance. */
export async function runRules(io: CliIO, options: RulesOptions): Promise<number> {
  const { infos, configPath } = await effective(io, options);
  if ((options.format ?? 'table') === 'json') {
    io.stdout(JSON.stringify({ config: configPath ?? null, rules: infos.map(({ messages: _m, optionsSchema: _s, ...r }) => r) }, null, 2) + '\n');
    return 0;
  }
  const rows = infos.map((r) => [
    r.id,
    r.severity,
    Object.keys(r.options).length ? JSON.stringify(r.options) : '',
    [r.definedBy ? `defined by ${r.definedBy}` : 'built-in', r.changedBy ? `changed by ${r.changedBy}` : ''].filter(Boolean).join(', '),
    r.source ? `${r.source.document} ${r.source.section}` : '',
  ]);
  io.stdout(`config: ${configPath ?? '(none: national rules alone)'}\n\n`);
  io.stdout(renderTable(['rule', 'severity', 'options', 'provenance', 'source'], rows));
  return 0;
}

const require = createRequire(import.meta.url);

/** The doc page of a rule, from the package that ships it. */
function readDocPage(info: RuleInfo): string | undefined {
  if (!info.page) return undefined;
  const pkg = info.definedBy === 'zhejiang' ? '@qualcat/plugin-zhejiang' : info.definedBy ? undefined : '@qualcat/sdk';
  if (!pkg) return undefined;
  try {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    const path = join(dir, info.page);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** `qualcat explain RULE_ID`: the rule's doc, its source sentence, its options. */
export async function runExplain(io: CliIO, ruleId: string, options: RulesOptions): Promise<number> {
  const { infos, locale } = await effective(io, options);
  const info = infos.find((r) => r.id === ruleId);
  if (!info) {
    const close = infos.filter((r) => r.id.includes(ruleId.split('/').pop() ?? ruleId)).map((r) => r.id);
    throw new QualcatCliError('QC_UNKNOWN_RULE', `no rule “${ruleId}”${close.length ? `; did you mean ${close.join(', ')}?` : ''} (qualcat rules lists them)`);
  }
  const lines = [`${info.id} — ${info.description}`, ''];
  lines.push(`severity: ${info.severity}${info.changedBy ? ` (changed by ${info.changedBy})` : ''}${info.definedBy ? `; defined by plugin ${info.definedBy}` : ''}`);
  if (info.source) lines.push('', `${info.source.document} ${info.source.section}:`, `  “${info.source.quote}”`);
  if (Object.keys(info.options).length) {
    lines.push('', locale === 'en' ? 'options (effective):' : '选项（当前生效）：');
    const props = (info.optionsSchema?.properties ?? {}) as Record<string, { description?: string }>;
    for (const [k, v] of Object.entries(info.options)) lines.push(`  ${k} = ${JSON.stringify(v)}${props[k]?.description ? `  — ${props[k]!.description}` : ''}`);
  }
  if (info.messages) {
    lines.push('', 'messages:');
    for (const [id, text] of Object.entries(info.messages)) lines.push(`  ${id}: ${text[locale]}`);
  }
  const doc = readDocPage(info);
  if (doc) lines.push('', '─'.repeat(60), '', doc.trimEnd());
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
