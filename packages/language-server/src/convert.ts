/** SDK diagnostics → LSP diagnostics. */
import { ENGINE_RULES, type AnyRule, type Fix, type Linter, type Locale } from '@qualcat/sdk';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import type { LintedDiagnostic, RecordRef } from './lint.js';

/**
 * Rule documentation links: `${base}${ruleId}`, e.g. https://qualcat.dev/rules/national/no-assessment-after-exit.
 * A stable https pattern rather than a file: URL, because the server bundle runs without the packages that ship the
 * pages (the VS Code extension carries dist/server.js alone). Each page is the rule's `meta.docs.page`
 * (docs/rules/<ruleId>.md in the package defining the rule). Override with the `ruleDocsBaseUrl` option.
 */
export const DEFAULT_RULE_DOCS_BASE_URL = 'https://qualcat.dev/rules/';

export const SOURCE = 'qualcat';

/** What travels with each LSP diagnostic (`data`), so code actions need not lint again. */
export interface DiagnosticData {
  ruleId: string;
  messageId: string;
  pointer: string;
  fixes?: Fix[];
  plugin?: string;
  record?: RecordRef;
}

const SEVERITY: Record<LintedDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const knownRules = new WeakMap<Linter, Map<string, AnyRule>>();

/** Every rule the linter knows (built-ins and all its plugins' rules), by id. */
export function rulesOf(linter: Linter): Map<string, AnyRule> {
  let rules = knownRules.get(linter);
  if (!rules) {
    rules = new Map(linter.effectiveRules(undefined).map((r) => [r.rule.id, r.rule]));
    knownRules.set(linter, rules);
  }
  return rules;
}

/** "message（人社厅发〔2020〕80号 §三）": the notice and section behind the finding, in every message. */
export function citedMessage(d: LintedDiagnostic, locale: Locale): string {
  if (!d.source) return d.message;
  const cite = `${d.source.document} ${d.source.section}`.trim();
  return locale === 'en' ? `${d.message} (${cite})` : `${d.message}（${cite}）`;
}

/** Whether a rule id has a documentation page: a rule with `meta.docs.page`, or one of the engine's own (core/schema, …). */
export function hasDocPage(ruleId: string, linter: Linter): boolean {
  return !!rulesOf(linter).get(ruleId)?.meta.docs.page || ENGINE_RULES.some((r) => r.id === ruleId);
}

export function toLspDiagnostic(d: LintedDiagnostic, linter: Linter, locale: Locale, docUrl: (ruleId: string) => string | undefined): LspDiagnostic {
  const href = hasDocPage(d.ruleId, linter) ? docUrl(d.ruleId) : undefined;
  const data: DiagnosticData = {
    ruleId: d.ruleId,
    messageId: d.messageId,
    pointer: d.pointer,
    ...(d.fixes?.length ? { fixes: d.fixes } : {}),
    ...(d.plugin ? { plugin: d.plugin } : {}),
    ...(d.record ? { record: d.record } : {}),
  };
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: citedMessage(d, locale),
    data,
  };
}
