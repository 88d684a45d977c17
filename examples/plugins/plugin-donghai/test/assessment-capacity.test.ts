import { describe, expect, it } from 'vitest';
import { Linter, type PlanItem } from '@qualcat/sdk';
import { RuleTester } from '@qualcat/sdk/testing';
import { donghai, assessmentCapacity } from '../src/index.js';
import { donghaiPlan } from './fixtures.js';

// The tester is given the plugin, so region gating, overrides and the catalog patch apply to the rule as they do
// in use (the tester loads the built-in rules beside it; the overrides have their own tests in plugin.test.ts).
const tester = new RuleTester({ plugins: [donghai] });

const item = (occupation: string, candidates: number, levels: PlanItem['levels'] = [5, 4]): PlanItem => ({ occupation, levels, candidates });

tester.run(assessmentCapacity, {
  valid: [
    { name: 'the fixture: 150 candidates on one date', document: donghaiPlan() },
    { name: 'exactly at the cap: 200 on one date', document: donghaiPlan({ items: [item('电工', 200)] }) },
    {
      name: 'the cap scales with the dates: 400 on two dates',
      document: donghaiPlan({ assessmentDates: ['2020-09-19', '2020-09-20'], items: [item('电工', 400)] }),
    },
    {
      name: 'the cap is per occupation: two occupations of 200 on one date',
      document: donghaiPlan({ items: [item('电工', 200), item('钳工', 200)] }),
    },
    {
      name: 'the same occupation split by level, 100 + 100 on one date',
      document: donghaiPlan({ items: [item('电工', 100, [5]), item('电工', 100, [4])] }),
    },
    { name: 'no candidates given: nothing to count', document: donghaiPlan({ items: [{ occupation: '电工', levels: [5] }] }) },
    {
      name: 'the access occupation the plugin adds (潜水员) is counted like any other',
      document: donghaiPlan({ items: [item('潜水员', 200)] }),
    },
    {
      name: 'skill-level recognition is not 鉴定: no cap',
      document: donghaiPlan({
        kind: 'skill-level-recognition',
        organizer: { name: '东海重工集团有限公司', type: 'enterprise' },
        items: [item('电工', 1000)],
      }),
    },
    {
      name: "another province's plan is not Donghai's business (Zhejiang, 330100)",
      document: donghaiPlan({ region: '330100', platform: '浙江省职业能力建设一体化平台', items: [item('电工', 1000)] }),
    },
    {
      name: 'a region code merely containing 99 is not Donghai (320999 is not 99xxxx)',
      document: donghaiPlan({ region: '320999', items: [item('电工', 1000)] }),
    },
    {
      name: 'options: a city with a bigger hall raises the cap to 300',
      document: donghaiPlan({ items: [item('电工', 300)] }),
      options: { maxCandidatesPerDate: 300 },
    },
  ],
  invalid: [
    {
      name: 'one over the cap: 201 on one date',
      document: donghaiPlan({ items: [item('电工', 201)] }),
      errors: [{ messageId: 'over-capacity', pointer: '/items/0/candidates', severity: 'error' }],
    },
    {
      name: 'two dates, 401 candidates',
      document: donghaiPlan({ assessmentDates: ['2020-09-19', '2020-09-20'], items: [item('电工', 401)] }),
      errors: [{ messageId: 'over-capacity', pointer: '/items/0/candidates' }],
    },
    {
      name: 'the same day listed twice is still one day',
      document: donghaiPlan({ assessmentDates: ['2020-09-19', '2020-09-19'], items: [item('电工', 300)] }),
      errors: [{ messageId: 'over-capacity', pointer: '/items/0/candidates' }],
    },
    {
      name: 'only the occupation over the cap is flagged',
      document: donghaiPlan({ items: [item('钳工', 120), item('电工', 250), item('车工', 80)] }),
      errors: [{ messageId: 'over-capacity', pointer: '/items/1/candidates' }],
    },
    {
      name: 'items of one occupation add up: reported at the item that tips it over',
      document: donghaiPlan({ items: [item('电工', 150, [5]), item('钳工', 50), item('电工', 100, [4])] }),
      errors: [{ messageId: 'over-capacity-total', pointer: '/items/2/candidates' }],
    },
    {
      name: 'a plan without a region is checked by every configured plugin',
      document: (() => {
        const { region: _region, ...plan } = donghaiPlan({ items: [item('电工', 500)] });
        return plan;
      })(),
      errors: [{ messageId: 'over-capacity', pointer: '/items/0/candidates' }],
    },
    {
      name: 'a prefecture of Donghai (990200) is Donghai too',
      document: donghaiPlan({ region: '990200', items: [item('电工', 201)] }),
      errors: [{ messageId: 'over-capacity', pointer: '/items/0/candidates' }],
    },
    {
      name: 'options: a smaller hall lowers the cap to 100',
      document: donghaiPlan({ items: [item('电工', 150)] }),
      options: { maxCandidatesPerDate: 100 },
      errors: [{ messageId: 'over-capacity', pointer: '/items/0/candidates' }],
    },
    {
      name: 'YAML text: the range is on the candidates line',
      filename: 'dh.plan.yaml',
      text: [
        'id: DH-1',
        'region: "990100"',
        'kind: qualification-assessment',
        'publishedOn: 2020-09-01',
        'assessmentDates: [2020-09-19]',
        'items:',
        '  - occupation: 电工',
        '    levels: [5]',
        '    candidates: 260',
        '',
      ].join('\n'),
      errors: [{ messageId: 'over-capacity', pointer: '/items/0/candidates', line: 8 }],
    },
  ],
});

describe('donghai/assessment-capacity beyond the table', () => {
  it('fills the message from the report data, in both locales', () => {
    const plan = donghaiPlan({ assessmentDates: ['2020-09-19', '2020-09-20'], items: [item('电工', 450)] });
    const zh = new Linter({ plugins: [donghai], locale: 'zh-CN' }).lintValue(plan, 'plan');
    const en = new Linter({ plugins: [donghai], locale: 'en' }).lintValue(plan, 'plan');
    expect(zh.find((d) => d.ruleId === assessmentCapacity.id)?.message).toBe(
      '“电工”计划 450 人，超过 2 个鉴定日的容量 400 人（每个鉴定日至多 200 人）；至少需要 3 个鉴定日',
    );
    expect(en.find((d) => d.ruleId === assessmentCapacity.id)?.message).toBe(
      '"电工" plans 450 candidates, over the capacity of 2 assessment date(s), 400 (200 per date); it needs at least 3 dates',
    );
  });

  it('carries its provenance and source', () => {
    const [d] = new Linter({ plugins: [donghai] }).lintValue(donghaiPlan({ items: [item('电工', 201)] }), 'plan');
    expect(d).toMatchObject({ ruleId: 'donghai/assessment-capacity', plugin: 'donghai', source: { document: '东人社发〔2020〕12号', section: '§二' } });
  });

  it('rejects bad options with a config problem, not a crash', () => {
    for (const options of [{ maxCandidatesPerDate: 0 }, { maxCandidatesPerDate: 2.5 }, { maxPerDay: 100 }]) {
      const linter = new Linter({ plugins: [donghai], ruleSettings: { 'donghai/assessment-capacity': ['error', options] } });
      expect(linter.problems.filter((p) => p.messageId === 'invalid-options')).toHaveLength(1);
    }
  });

  it('never crashes on schema-invalid plans', () => {
    const linter = new Linter({ plugins: [donghai] });
    const odd: unknown[] = [
      { region: '990100', kind: 'qualification-assessment' },
      { region: '990100', kind: 'qualification-assessment', assessmentDates: '2020-09-19', items: [{ occupation: '电工', candidates: 900 }] },
      { region: '990100', kind: 'qualification-assessment', assessmentDates: [20200919, null], items: [{ occupation: '电工', candidates: 900 }] },
      { region: '990100', kind: 'qualification-assessment', assessmentDates: ['2020-09-19'], items: 'all of them' },
      { region: '990100', kind: 'qualification-assessment', assessmentDates: ['2020-09-19'], items: [null, 7, { occupation: 5, candidates: 900 }] },
      { region: '990100', kind: 'qualification-assessment', assessmentDates: ['2020-09-19'], items: [{ occupation: '电工', candidates: '900' }] },
      { region: 990100, kind: 'qualification-assessment', assessmentDates: ['2020-09-19'], items: [{ occupation: '电工', candidates: 1e400 }] },
    ];
    for (const plan of odd) {
      const found = linter.lintValue(plan, 'plan');
      expect(found.filter((d) => d.ruleId === 'core/rule-crash')).toEqual([]);
      expect(found.filter((d) => d.ruleId === assessmentCapacity.id)).toEqual([]);
    }
  });
});
