import { describe, expect, it } from 'vitest';
import { addDays, builtinRules, definePlugin, defineRule, Linter, type Diagnostic } from '../src/index.js';
import { certificate } from './fixtures.js';

const province = definePlugin({
  id: 'zj',
  appliesTo: { regions: ['33'] },
  overrides: { 'national/rush-issuance': 'error' },
  catalog: [{ op: 'add', occupation: '焊工', group: { name: '焊接人员' }, category: 'level-evaluation', exit: { batch: 1 } }],
});

function run(records: unknown[]): Diagnostic[] {
  const set = new Linter({ rules: builtinRules, plugins: [province], asOf: '2021-06-30' }).certificateSet();
  records.forEach((r, i) => set.add(r, i));
  return set.finish();
}

/** 40 certificates in the 30 days before 2020-09-30 after a quiet half-year: a rush for each issuer. */
function rush(region: string, issuer: string, occupation = '车工') {
  return Array.from({ length: 40 }, (_, i) =>
    certificate({ number: `${region}-${issuer}-${i}`, region, occupation, issuer: { name: issuer, type: 'assessment-center' }, issuedOn: addDays('2020-09-29', -(i % 28)), assessedOn: '2020-08-01' }),
  );
}

describe('certificate sets across provinces', () => {
  it('a duplicate number is found across provinces, though their rule settings differ', () => {
    const found = run([certificate({ number: 'N-1', region: '330100' }), certificate({ number: 'N-1', region: '320500' })]);
    expect(found.filter((d) => d.ruleId === 'core/duplicate-certificate').map((d) => d.data?.record)).toEqual([1]);
  });

  it('each record is judged under its own region: the Zhejiang override and catalog patch apply to Zhejiang records only', () => {
    const found = run([...rush('330100', '杭州中心'), ...rush('320500', '苏州中心'), ...rush('330100', '宁波中心', '焊工')]).filter((d) => d.ruleId === 'national/rush-issuance');
    const byIssuer = Object.fromEntries(found.map((d) => [String(d.data?.issuer), d.severity]));
    expect(byIssuer).toEqual({ 杭州中心: 'error', 苏州中心: 'warning', 宁波中心: 'error' });
  });

  it('a set rule that reports garbage is named, not dropped', () => {
    const bad = defineRule({
      id: 'x/bad',
      meta: { docs: { description: { 'zh-CN': '坏', en: 'bad' } }, source: { document: 'd', section: 's', quote: 'q' }, messages: { m: { 'zh-CN': '坏', en: 'bad' } }, defaultSeverity: 'error', appliesTo: ['certificate-set'] },
      defaultOptions: {},
      collect: (context) => ({ record: () => {}, finish: () => context.report({ messageId: 'nope' as 'm', pointer: '' }) }),
    });
    const set = new Linter({ rules: [bad] }).certificateSet();
    set.add(certificate(), 0);
    expect(set.finish()).toEqual([expect.objectContaining({ ruleId: 'core/rule-crash', messageId: 'bad-report' })]);
  });

  it('set rules get the spill settings on their context: the default, or what the caller set', () => {
    const seen: unknown[] = [];
    const spy = defineRule({
      id: 'x/spy',
      meta: { docs: { description: { 'zh-CN': '看', en: 'spy' } }, source: { document: 'd', section: 's', quote: 'q' }, messages: { m: { 'zh-CN': '看', en: 'spy' } }, defaultSeverity: 'error', appliesTo: ['certificate-set'] },
      defaultOptions: {},
      collect: (context) => {
        seen.push(context.spill);
        return { record: () => {}, finish: () => {} };
      },
    });
    const linter = new Linter({ rules: [spy] });
    linter.certificateSet().add(certificate(), 0);
    linter.certificateSet({ spill: { maxEntries: 5, directory: '/somewhere' } }).add(certificate(), 0);
    expect(seen).toEqual([{ maxEntries: 1_000_000 }, { maxEntries: 5, directory: '/somewhere' }]);
    expect(Object.isFrozen(seen[0])).toBe(true);
    expect(() => linter.certificateSet({ spill: { maxEntries: -1 } })).toThrow(RangeError);
  });
});

describe('onFinding: findings leave as they are made', () => {
  const records = [
    ...rush('330100', '杭州中心'),
    ...Array.from({ length: 30 }, (_, i) => certificate({ number: `N-${i % 7}`, region: i % 2 ? '330100' : '320500' })),
  ];
  it('the same findings in the same order as finish() returns without it; finish() then returns none', () => {
    const expected = run(records);
    expect(expected.filter((d) => d.ruleId === 'core/duplicate-certificate')).toHaveLength(23);
    const streamed: Array<{ d: Diagnostic; during: 'add' | 'finish' }> = [];
    let phase: 'add' | 'finish' = 'add';
    const set = new Linter({ rules: builtinRules, plugins: [province], asOf: '2021-06-30' }).certificateSet({ onFinding: (d) => streamed.push({ d, during: phase }) });
    records.forEach((r, i) => set.add(r, i));
    phase = 'finish';
    expect(set.finish()).toEqual([]);
    expect(streamed.map((s) => s.d)).toEqual(expected);
    // duplicates kept in memory are reported while the records pass, the rush only at the end
    expect(new Set(streamed.filter((s) => s.d.ruleId === 'core/duplicate-certificate').map((s) => s.during))).toEqual(new Set(['add']));
    expect(streamed.filter((s) => s.d.ruleId === 'national/rush-issuance').map((s) => s.during)).toEqual(['finish']);
  });
});
