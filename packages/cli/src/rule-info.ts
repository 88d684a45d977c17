import { ENGINE_RULES, type Linter, type Locale, type SeveritySetting } from '@qualcat/sdk';

/** What the CLI tells about a rule: for `rules`, `explain` and SARIF's driver.rules. */
export interface RuleInfo {
  id: string;
  description: string;
  severity: SeveritySetting;
  options: Record<string, unknown>;
  source?: { document: string; section: string; quote: string };
  definedBy?: string;
  changedBy?: string;
  page?: string;
  optionsSchema?: Record<string, unknown>;
  messages?: Record<string, { 'zh-CN': string; en: string }>;
}

/** Every rule a linter knows, with its effective setting (all plugins in force unless a region is given). */
export function ruleInfos(linter: Linter, locale: Locale, region?: string): RuleInfo[] {
  const engine: RuleInfo[] = ENGINE_RULES.map((r) => ({ id: r.id, description: r.description[locale], severity: 'error', options: {}, page: r.page }));
  const rules: RuleInfo[] = linter.effectiveRules(region).map(({ rule, severity, options, definedBy, changedBy }) => ({
    id: rule.id,
    description: rule.meta.docs.description[locale],
    severity,
    options,
    source: { document: rule.meta.source.document, section: rule.meta.source.section, quote: rule.meta.source.quote },
    ...(definedBy ? { definedBy } : {}),
    ...(changedBy ? { changedBy } : {}),
    ...(rule.meta.docs.page ? { page: rule.meta.docs.page } : {}),
    ...(rule.meta.schema ? { optionsSchema: rule.meta.schema } : {}),
    messages: rule.meta.messages as Record<string, { 'zh-CN': string; en: string }>,
  }));
  return [...engine, ...rules];
}
