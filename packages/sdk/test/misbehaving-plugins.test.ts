import { describe, expect, it } from 'vitest';
import { addDays, builtinRules, definePlugin, defineRule, Linter, type AnyRule, type CertificateSetCollector, type Diagnostic } from '../src/index.js';
import { certificate, plan } from './fixtures.js';

/** A plugin rule `bad/NAME` for these tests: a plan rule (`check`) or a data-set rule (`collect`). */
function badRule(name: string, kind: 'plan' | 'certificate-set', impl: Pick<AnyRule, 'check' | 'collect'>): AnyRule {
  return defineRule({
    id: `bad/${name}`,
    meta: {
      docs: { description: { 'zh-CN': name, en: name } },
      source: { document: 'test', section: '§0', quote: 'test' },
      messages: { found: kind === 'plan' ? { 'zh-CN': '发现', en: 'found' } : { 'zh-CN': '发现 {n}', en: 'found {n}' } },
      defaultSeverity: kind === 'plan' ? 'error' : 'warning',
      appliesTo: [kind],
    },
    defaultOptions: {},
    ...impl,
  } as Parameters<typeof defineRule>[0]);
}

function rule(name: string, check: (context: Parameters<NonNullable<AnyRule['check']>>[0]) => unknown): AnyRule {
  return badRule(name, 'plan', { check: (context) => void check(context) });
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

describe('set rules of plugins that misbehave: the same guards, per run of records', () => {
  type SetContext = Parameters<NonNullable<AnyRule['collect']>>[0];
  const calls = new Map<string, number>();
  function setRule(name: string, collect: (context: SetContext) => CertificateSetCollector): AnyRule {
    return badRule(name, 'certificate-set', {
      collect: (context: SetContext) => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return collect(context);
      },
    });
  }
  const spin = () => {
    for (;;) {
      // spin
    }
  };
  const province = definePlugin({ id: 'zj', appliesTo: { regions: ['33'] }, overrides: { 'national/rush-issuance': 'error' } });
  /** 1,500 records (three runs of 512 and a tail): two rushes, repeated numbers, two provinces. */
  const records = Array.from({ length: 1500 }, (_, i) =>
    certificate({
      number: i % 3 === 0 ? `D-${i % 300}` : `U-${i}`,
      region: i % 2 ? '330100' : '320500',
      issuer: { name: i % 2 ? '杭州中心' : '苏州中心', type: 'assessment-center' },
      issuedOn: addDays('2020-09-29', -(i % 28)),
      assessedOn: '2020-08-01',
    }),
  );
  const builtinFindings = (d: Diagnostic[]) => d.filter((x) => x.ruleId === 'core/duplicate-certificate' || x.ruleId === 'national/rush-issuance');
  function runSet(rules: AnyRule[], options: { trusted?: boolean; budgetMs?: number } = {}) {
    const linter = new Linter({
      rules: builtinRules,
      plugins: [province, ...(rules.length ? [definePlugin({ id: 'bad', rules })] : [])],
      timeBudgetMs: options.budgetMs ?? 150,
      locale: 'en',
      asOf: '2021-06-30',
      ...(options.trusted ? { trustedPlugins: ['bad'] } : {}),
    });
    const set = linter.certificateSet();
    records.forEach((r, i) => set.add(r, i));
    return { linter, found: set.finish() };
  }
  const baseline = builtinFindings(runSet([]).found);
  const engine = (d: Diagnostic[]) => d.filter((x) => x.ruleId === 'core/rule-crash');

  it('the baseline finds duplicates in both provinces and a rush in each', () => {
    expect(baseline.filter((d) => d.ruleId === 'core/duplicate-certificate').length).toBeGreaterThan(100);
    expect(baseline.filter((d) => d.ruleId === 'national/rush-issuance').map((d) => d.severity).sort()).toEqual(['error', 'warning']);
  });

  it('a set rule that loops forever in record() is stopped by its time budget, then skipped for the rest of the run', () => {
    calls.clear();
    const started = Date.now();
    const { linter, found } = runSet([setRule('loops-in-record', () => ({ record: (_r, index) => (index === 700 ? spin() : undefined), finish: () => {} }))]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(engine(found)).toEqual([
      expect.objectContaining({ messageId: 'rule-timeout', plugin: 'bad', message: 'Rule bad/loops-in-record (bad) ran longer than 150 ms and was stopped; it is skipped for the rest of this run' }),
    ]);
    expect(builtinFindings(found)).toEqual(baseline);
    // The next set on the same linter: the rule is not run again.
    const again = linter.certificateSet();
    records.forEach((r, i) => again.add(r, i));
    const next = again.finish();
    expect(engine(next)).toEqual([expect.objectContaining({ messageId: 'rule-skipped', plugin: 'bad', data: expect.objectContaining({ rule: 'bad/loops-in-record' }) })]);
    expect(builtinFindings(next)).toEqual(baseline);
    expect(calls.get('loops-in-record')).toBe(1);
  });

  it('a set rule configured differently per province: once one of its collectors times out, the other is skipped', () => {
    const loops = setRule('loops-once', () => ({ record: (_r, index) => (index === 700 ? spin() : undefined), finish: () => {} }));
    const linter = new Linter({
      rules: builtinRules,
      plugins: [definePlugin({ id: 'bad', rules: [loops] }), { ...province, overrides: { ...province.overrides, 'bad/loops-once': 'error' } }],
      timeBudgetMs: 150,
      locale: 'en',
      asOf: '2021-06-30',
    });
    const set = linter.certificateSet();
    records.forEach((r, i) => set.add(r, i));
    const found = set.finish();
    expect(engine(found).map((d) => `${d.messageId} ${String(d.data?.rule)}`)).toEqual(['rule-timeout bad/loops-once', 'rule-skipped bad/loops-once']);
    expect(builtinFindings(found)).toEqual(baseline);
  });

  it('a set rule that loops forever in finish() is stopped by its time budget', () => {
    const { found } = runSet([setRule('loops-in-finish', () => ({ record: () => {}, finish: spin }))]);
    expect(engine(found)).toEqual([expect.objectContaining({ messageId: 'rule-timeout', plugin: 'bad', data: expect.objectContaining({ rule: 'bad/loops-in-finish', budgetMs: 150 }) })]);
    expect(builtinFindings(found)).toEqual(baseline);
  });

  it('a set rule that loops forever in collect() is stopped by its time budget', () => {
    const { found } = runSet([setRule('loops-in-collect', () => spin() as never)]);
    expect(engine(found)).toEqual([expect.objectContaining({ messageId: 'rule-timeout', plugin: 'bad', data: expect.objectContaining({ rule: 'bad/loops-in-collect' }) })]);
    expect(builtinFindings(found)).toEqual(baseline);
  });

  it('a set rule that throws on the 1000th record: rule-crash naming it; it saw records 0–999 and no more', () => {
    const seen: number[] = [];
    const { found } = runSet([
      setRule('throws', () => ({
        record: (_r, index) => {
          seen.push(index);
          if (index === 999) throw new Error(`record ${index}`);
        },
        finish: () => {
          throw new Error('finish must not run after a crash');
        },
      })),
    ]);
    expect(engine(found)).toEqual([expect.objectContaining({ messageId: 'rule-crash', plugin: 'bad', message: 'Rule bad/throws (bad) crashed and was skipped: record 999' })]);
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(builtinFindings(found)).toEqual(baseline);
  });

  it('all of them at once, beside a well-behaved plugin rule that sees every record, in order, and reports', () => {
    const seen: number[] = [];
    const { found } = runSet([
      setRule('loops-in-record', () => ({ record: (_r, index) => (index === 5 ? spin() : undefined), finish: () => {} })),
      setRule('loops-in-finish', () => ({ record: () => {}, finish: spin })),
      setRule('throws', () => ({
        record: (_r, index) => {
          if (index === 999) throw new Error('kaboom');
        },
        finish: () => {},
      })),
      setRule('counts', (context) => ({
        record: (_r, index) => void seen.push(index),
        finish: () => context.report({ messageId: 'found', pointer: '/number', record: seen.length - 1, data: { n: seen.length } }),
      })),
    ]);
    expect(engine(found).map((d) => `${d.messageId} ${String(d.data?.rule)}`).sort()).toEqual(['rule-crash bad/throws', 'rule-timeout bad/loops-in-finish', 'rule-timeout bad/loops-in-record']);
    expect(seen).toEqual(records.map((_, i) => i));
    expect(found.filter((d) => d.ruleId === 'bad/counts')).toEqual([expect.objectContaining({ message: 'found 1500', plugin: 'bad', data: { n: 1500, record: 1499 } })]);
    expect(builtinFindings(found)).toEqual(baseline);
  });

  it('third-party set rules get frozen copies: they cannot change a record, nor does the caller change one they hold', () => {
    const numbers: string[] = [];
    const set = new Linter({ rules: builtinRules, plugins: [definePlugin({
      id: 'bad',
      rules: [
        setRule('remembers', () => ({ record: (r) => void numbers.push(r.number), finish: () => {} })),
        setRule('mutates', () => ({
          record: (r) => {
            (r as { number: string }).number = 'changed';
          },
          finish: () => {},
        })),
      ],
    })] }).certificateSet();
    const mine = certificate({ number: 'A1' });
    set.add(mine, 0);
    mine.number = 'A2'; // before the run of records reaches the plugin rules
    const found = set.finish();
    expect(numbers).toEqual(['A1']);
    expect(engine(found)).toEqual([expect.objectContaining({ messageId: 'rule-crash', data: expect.objectContaining({ rule: 'bad/mutates' }) })]);
    expect(mine.number).toBe('A2');
    expect(Object.isFrozen(mine)).toBe(false);
  });

  it('bundled (trusted) plugins\' set rules run directly; others under the budget', () => {
    const slow = () =>
      setRule('slow', () => ({
        record: () => {},
        finish: () => {
          const until = Date.now() + 300;
          while (Date.now() < until) {
            // busy
          }
        },
      }));
    expect(engine(runSet([slow()], { trusted: true, budgetMs: 100 }).found)).toEqual([]);
    expect(engine(runSet([slow()], { budgetMs: 100 }).found)).toEqual([expect.objectContaining({ messageId: 'rule-timeout' })]);
  });
});
