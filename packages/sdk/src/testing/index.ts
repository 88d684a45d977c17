/**
 * `@qualcat/sdk/testing`: the table-driven tester we test our own rules with (after ESLint's RuleTester),
 * public so that a province tests its plugin the same way. Runs under vitest.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedCatalog } from '../catalog/index.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Locale } from '../messages.js';
import { documentKind, Linter } from '../engine/linter.js';
import type { Plugin } from '../engine/plugin.js';
import type { AnyRule, PlanLookup } from '../engine/rule.js';
import { builtinRules } from '../rules/index.js';
import type { Plan } from '../generated/types.js';

export interface RuleTesterConfig {
  /** Built-in rules loaded beside a plugin's own (its overrides name them); default: the core and national rules. */
  rules?: readonly AnyRule[];
  /** Plugins to load (a plugin's rule is tested with its plugin, so region gating, settings and catalog patches apply). */
  plugins?: readonly Plugin[];
  asOf?: string;
  locale?: Locale;
  catalog?: ResolvedCatalog;
}

interface CaseBase {
  name?: string;
  /** The document as a value… */
  document?: unknown;
  /** …or as text, with a file name telling JSON from YAML. */
  text?: string;
  filename?: string;
  kind?: 'plan' | 'certificate';
  options?: Record<string, unknown>;
  asOf?: string;
  /** Other plans the document may refer to (makeUpOf, planId). */
  plans?: readonly Plan[];
  only?: boolean;
}

export type ValidCase = CaseBase | Record<string, unknown>;

export interface ExpectedError {
  messageId: string;
  pointer: string;
  severity?: 'error' | 'warning' | 'info';
  /** With `text`: the 0-based line the range starts on. */
  line?: number;
  /** Expect a fix whose patch is exactly this. */
  fix?: unknown[];
}

export interface InvalidCase extends CaseBase {
  errors: ExpectedError[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function isCase(c: ValidCase): c is CaseBase {
  return 'document' in c || 'text' in c;
}

function planLookup(plans: readonly Plan[] | undefined): PlanLookup | undefined {
  if (!plans) return undefined;
  const byId = new Map(plans.map((p) => [p.id, p]));
  return { get: (id) => byId.get(id) };
}

export class RuleTester {
  constructor(private readonly config: RuleTesterConfig = {}) {}

  /** Lints one case and returns every diagnostic (all rules in force), for custom assertions. */
  lint(rule: AnyRule, testCase: CaseBase): Diagnostic[] {
    const owner = this.config.plugins?.find((p) => p.rules?.includes(rule));
    const linter = new Linter({
      rules: owner ? (this.config.rules ?? builtinRules) : [rule],
      plugins: this.config.plugins ?? [],
      ...(testCase.options ? { ruleSettings: { [rule.id]: [rule.meta.defaultSeverity, testCase.options] } } : {}),
      asOf: testCase.asOf ?? this.config.asOf ?? '2021-06-30',
      locale: this.config.locale ?? 'en',
      ...(this.config.catalog ? { catalog: this.config.catalog } : {}),
    });
    if (linter.problems.length) throw new Error(`configuration problems: ${linter.problems.map((p) => p.message).join('; ')}`);
    const plans = planLookup(testCase.plans);
    const kind =
      testCase.kind ??
      documentKind(testCase.filename ?? '', testCase.document) ??
      (rule.meta.appliesTo.includes('plan') ? 'plan' : 'certificate');
    if (testCase.text !== undefined) {
      return linter.lintText(testCase.text, testCase.filename ?? `case.${kind === 'plan' ? 'plan' : 'cert'}.json`, {
        kind,
        ...(plans ? { plans } : {}),
      });
    }
    return linter.lintValue(testCase.document, kind, plans ? { plans } : {});
  }

  /** Registers vitest cases: valid ones produce no diagnostic of the rule, invalid ones exactly the listed ones. */
  run(rule: AnyRule, cases: RuleCases): void {
    describe(rule.id, () => {
      describe('valid', () => {
        cases.valid.forEach((c, i) => {
          const testCase: CaseBase = isCase(c) ? c : { document: c };
          const title = testCase.name ?? `valid #${i + 1}`;
          (testCase.only ? it.only : it)(title, () => {
            const all = this.lint(rule, testCase);
            expect(all.filter((d) => d.ruleId === 'core/schema' || d.ruleId === 'core/parse'), 'the case itself must be schema-valid').toEqual([]);
            expect(all.filter((d) => d.ruleId === 'core/rule-crash')).toEqual([]);
            expect(all.filter((d) => d.ruleId === rule.id).map(summary)).toEqual([]);
          });
        });
      });
      describe('invalid', () => {
        cases.invalid.forEach((c, i) => {
          const title = c.name ?? `invalid #${i + 1}`;
          (c.only ? it.only : it)(title, () => {
            expect(c.errors.length, 'an invalid case lists at least one error').toBeGreaterThan(0);
            const all = this.lint(rule, c);
            expect(all.filter((d) => d.ruleId === 'core/schema' || d.ruleId === 'core/parse'), 'the case itself must be schema-valid').toEqual([]);
            expect(all.filter((d) => d.ruleId === 'core/rule-crash')).toEqual([]);
            const mine = all.filter((d) => d.ruleId === rule.id);
            expect(mine.map(summary).sort(byPointer)).toEqual(c.errors.map((e) => ({ messageId: e.messageId, pointer: e.pointer })).sort(byPointer));
            for (const expected of c.errors) {
              const d = mine.find((m) => m.messageId === expected.messageId && m.pointer === expected.pointer)!;
              if (expected.severity) expect(d.severity).toBe(expected.severity);
              if (expected.line !== undefined) expect(d.range?.start.line).toBe(expected.line);
              if (expected.fix) expect(d.fixes?.map((f) => f.patch) ?? [], `${expected.messageId} at ${expected.pointer} offers no such fix`).toContainEqual(expected.fix);
              expect(d.message).not.toMatch(/\{\w+\}/); // every placeholder filled
            }
          });
        });
      });
    });
  }
}

function summary(d: Diagnostic) {
  return { messageId: d.messageId, pointer: d.pointer };
}

function byPointer(a: { pointer: string; messageId: string }, b: { pointer: string; messageId: string }) {
  return a.pointer.localeCompare(b.pointer) || a.messageId.localeCompare(b.messageId);
}
export { planFixture, certificateFixture } from './fixtures.js';
