import { describe, expect, it } from 'vitest';
import { builtinRules, definePlugin, defineRule, Linter, type AnyRule, type Diagnostic } from '../src/index.js';
import { plan } from './fixtures.js';

function rule(name: string, check: (context: Parameters<NonNullable<AnyRule['check']>>[0]) => unknown): AnyRule {
  return defineRule({
    id: `bad/${name}`,
    meta: {
      docs: { description: { 'zh-CN': name, en: name } },
      source: { document: 'test', section: '§0', quote: 'test' },
      messages: { found: { 'zh-CN': '发现', en: 'found' } },
      defaultSeverity: 'error',
      appliesTo: ['plan'],
    },
    defaultOptions: {},
    check: (context) => void check(context),
  });
}

const broken = plan({ publishedOn: '2020-10-15' }); // a post-exit regular assessment of 车工: national/no-assessment-after-exit
const nationalOnly = (d: Diagnostic[]) => d.filter((x) => x.ruleId.startsWith('national/') || x.ruleId.startsWith('core/occupation')).map((x) => `${x.ruleId} ${x.pointer}`);
const baseline = nationalOnly(new Linter({ rules: builtinRules }).lintValue(broken, 'plan'));

function lintWith(...rules: AnyRule[]) {
  const linter = new Linter({ rules: builtinRules, plugins: [definePlugin({ id: 'bad', rules })], timeBudgetMs: 150, locale: 'en' });
  return { linter, found: linter.lintValue(broken, 'plan') };
}

describe('plugins that misbehave get a diagnostic naming them; the other rules are unaffected', () => {
  it('the baseline finds the post-exit plan', () => {
    expect(baseline).toEqual(['national/no-assessment-after-exit /items/0/occupation']);
  });

  it('a rule that throws', () => {
    const { found } = lintWith(rule('throws', () => {
      throw new Error('kaboom');
    }));
    expect(found.find((d) => d.ruleId === 'core/rule-crash')).toMatchObject({ messageId: 'rule-crash', plugin: 'bad', message: 'Rule bad/throws (bad) crashed and was skipped: kaboom' });
    expect(nationalOnly(found)).toEqual(baseline);
  });

  it('a rule that returns garbage or reports garbage', () => {
    const { found } = lintWith(
      rule('returns', () => ({ not: 'a diagnostic' })),
      rule('reports', (c) => {
        c.report({ messageId: 'nope' as never, pointer: '/items/0' });
        c.report({ messageId: 'found', pointer: '/no/such/field' });
        (c.report as (x: unknown) => void)(null);
      }),
    );
    expect(found.filter((d) => d.messageId === 'bad-report')).toHaveLength(3);
    expect(found.some((d) => d.ruleId === 'bad/returns')).toBe(false);
    expect(nationalOnly(found)).toEqual(baseline);
  });

  it('a rule that loops forever is stopped by its time budget, then skipped', () => {
    const started = Date.now();
    const { linter, found } = lintWith(rule('loops', () => {
      for (;;) {
        // spin
      }
    }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(found.find((d) => d.ruleId === 'core/rule-crash')).toMatchObject({ messageId: 'rule-timeout', plugin: 'bad' });
    expect(nationalOnly(found)).toEqual(baseline);
    const again = linter.lintValue(broken, 'plan');
    expect(again.find((d) => d.ruleId === 'core/rule-crash')).toMatchObject({ messageId: 'rule-skipped' });
    expect(nationalOnly(again)).toEqual(baseline);
  });

  it('a rule that mutates the document or the catalog cannot', () => {
    const { found } = lintWith(
      rule('mutates-document', (c) => {
        (c.document as unknown as { items: Array<{ occupation: string }> }).items[0]!.occupation = "电工";
      }),
      rule('mutates-catalog', (c) => {
        (c.catalog as unknown as { byName: Map<string, unknown> }).byName.clear();
      }),
      rule('patches-catalog', (c) => {
        c.catalog.withPatches([{ op: 'remove', occupation: '车工' }], 'x');
      }),
    );
    expect(found.filter((d) => d.messageId === 'rule-crash').map((d) => d.data?.rule).sort()).toEqual(['bad/mutates-catalog', 'bad/mutates-document', 'bad/patches-catalog']);
    expect(nationalOnly(found)).toEqual(baseline);
    expect(broken.items[0]!.occupation).toBe('车工');
  });

  it('two plugins defining the same rule id: a config problem naming both, the first one wins', () => {
    const a = definePlugin({ id: 'a', rules: [defineRule({ ...rule('x', () => {}), id: 'a/x' })] });
    const dup = definePlugin({ id: 'b', rules: [] });
    const linter = new Linter({ rules: builtinRules, plugins: [a, { ...dup, rules: a.rules } as typeof dup] });
    expect(linter.problems).toEqual([expect.objectContaining({ messageId: 'duplicate-rule', pointer: '/plugins/1', plugin: 'b' })]);
  });

  it("bundled (trusted) plugins run without the watchdog; others with it", () => {
    const slow = rule('slow', () => {
      const until = Date.now() + 300;
      while (Date.now() < until) {
        // busy
      }
    });
    const plugin = definePlugin({ id: 'bad', rules: [slow] });
    const trusted = new Linter({ rules: builtinRules, plugins: [plugin], trustedPlugins: ['bad'], timeBudgetMs: 100 }).lintValue(broken, 'plan');
    expect(trusted.some((d) => d.ruleId === 'core/rule-crash')).toBe(false);
    const guarded = new Linter({ rules: builtinRules, plugins: [plugin], timeBudgetMs: 100 }).lintValue(broken, 'plan');
    expect(guarded.some((d) => d.messageId === 'rule-timeout')).toBe(true);
  });
});
