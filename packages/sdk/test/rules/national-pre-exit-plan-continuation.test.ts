import { RuleTester } from '../../src/testing/index.js';
import { definePlugin, type Plan } from '../../src/index.js';
import { preExitPlanContinuation } from '../../src/rules/index.js';
import { plan } from '../fixtures.js';

/** Stands in for @qualcat/plugin-zhejiang (another package): region 33 only, 焊工 added as access-type. */
const zhejiangStub = definePlugin({
  id: 'zhejiang-stub',
  appliesTo: { regions: ['33'] },
  catalog: [{ op: 'add', occupation: '焊工', group: { name: '焊接人员' }, category: 'access' }],
});

const BOTH = { continueOffered: true, refundOffered: true };
const ADD_CHOICE = [{ op: 'add', path: '/candidateChoice', value: BOTH }];

/** Published 2020-09-01 (before the batch-1 exit), registration in early September, then the given dates. */
function sessions(dates: string[], occupations: string[], overrides: Partial<Plan> & Record<string, unknown> = {}): Plan {
  return plan({
    publishedOn: '2020-09-01',
    registration: { opensOn: '2020-09-02', closesOn: '2020-09-10' },
    assessmentDates: dates as Plan['assessmentDates'],
    items: occupations.map((occupation) => ({ occupation, levels: [5, 4] })) as unknown as Plan['items'],
    ...overrides,
  });
}

new RuleTester().run(preExitPlanContinuation, {
  valid: [
    { name: 'every session before exit', document: sessions(['2020-09-20', '2020-09-29'], ['车工']) },
    { name: 'a post-exit session with both choices offered', document: sessions(['2020-09-20', '2020-10-17'], ['车工'], { candidateChoice: BOTH }) },
    { name: 'batch 2: an October session is before 电工 exits', document: sessions(['2020-10-17', '2020-12-30'], ['电工']) },
    { name: 'near-namesake: 金属材料热处理工 (batch 2) in October', document: sessions(['2020-10-10'], ['金属材料热处理工']) },
    { name: 'access-type 保安员 never exits', document: sessions(['2021-01-09'], ['保安员']) },
    {
      name: 'published on the exit date: not a pre-exit plan (no-assessment-after-exit’s case)',
      document: sessions(['2020-10-20'], ['车工'], { publishedOn: '2020-09-30', registration: { opensOn: '2020-10-01', closesOn: '2020-10-10' } }),
    },
    {
      name: 'a recognition plan has no assessment to continue',
      document: sessions(['2020-10-17'], ['车工'], { kind: 'skill-level-recognition', organizer: { name: '杭州某企业', type: 'enterprise' } }),
    },
    {
      name: 'a session after 车工 exited, in a plan published after that exit: only 电工 counts, and its sessions are pre-exit',
      document: sessions(['2020-11-20'], ['车工', '电工'], { publishedOn: '2020-10-15', registration: { opensOn: '2020-10-16', closesOn: '2020-10-30' } }),
    },
  ],
  invalid: [
    {
      name: 'a session exactly on the exit date (2020-09-30), no candidateChoice',
      document: sessions(['2020-09-20', '2020-09-30'], ['车工']),
      errors: [{ messageId: 'choice-missing', pointer: '/assessmentDates/1', severity: 'warning', fix: ADD_CHOICE }],
    },
    {
      name: 'near-namesake: 金属热处理工 (batch 1) in October',
      document: sessions(['2020-10-10'], ['金属热处理工']),
      errors: [{ messageId: 'choice-missing', pointer: '/assessmentDates/0', fix: ADD_CHOICE }],
    },
    {
      name: 'one finding per plan, at the earliest post-exit date, whatever the order',
      document: sessions(['2020-11-01', '2020-10-01', '2020-09-15'], ['车工']),
      errors: [{ messageId: 'choice-missing', pointer: '/assessmentDates/1' }],
    },
    {
      name: 'refund not offered: the fix sets only the missing flag',
      document: sessions(['2020-10-10'], ['美容师'], { candidateChoice: { continueOffered: true, refundOffered: false } }),
      errors: [{ messageId: 'choice-missing', pointer: '/assessmentDates/0', fix: [{ op: 'add', path: '/candidateChoice/refundOffered', value: true }] }],
    },
    {
      name: 'neither offered',
      document: sessions(['2020-10-10'], ['美容师'], { candidateChoice: { continueOffered: false, refundOffered: false } }),
      errors: [
        {
          messageId: 'choice-missing',
          pointer: '/assessmentDates/0',
          fix: [
            { op: 'add', path: '/candidateChoice/continueOffered', value: true },
            { op: 'add', path: '/candidateChoice/refundOffered', value: true },
          ],
        },
      ],
    },
    {
      name: 'mixing exits: the earliest date past the exit of an item the plan pre-dates',
      document: sessions(['2020-09-20', '2021-01-05', '2020-10-10'], ['电工', '车工']),
      errors: [{ messageId: 'choice-missing', pointer: '/assessmentDates/2' }],
    },
    {
      name: 'a plan published between the exits: only 电工’s exit counts',
      document: sessions(['2020-11-20', '2021-01-09'], ['车工', '电工'], { publishedOn: '2020-10-15', registration: { opensOn: '2020-10-16', closesOn: '2020-10-30' } }),
      errors: [{ messageId: 'choice-missing', pointer: '/assessmentDates/1' }],
    },
    {
      name: 'JSON text: the range is on the post-exit date',
      filename: 'x.plan.json',
      text: '{\n  "id": "P1",\n  "kind": "qualification-assessment",\n  "publishedOn": "2020-09-10",\n  "assessmentDates": [\n    "2020-11-28",\n    "2021-01-09"\n  ],\n  "items": [{ "occupation": "电工", "levels": [5] }]\n}\n',
      errors: [{ messageId: 'choice-missing', pointer: '/assessmentDates/1', line: 6 }],
    },
  ],
});

new RuleTester({ plugins: [zhejiangStub] }).run(preExitPlanContinuation, {
  valid: [{ name: 'Zhejiang: 焊工 is access-type there', document: sessions(['2021-01-09'], ['焊工'], { region: '330402' }) }],
  invalid: [
    {
      name: 'a Jiangsu plan with the Zhejiang plugin on',
      document: sessions(['2020-11-28', '2021-01-09'], ['电工'], { region: '320200', platform: '江苏省职业技能鉴定公共服务平台' }),
      errors: [{ messageId: 'choice-missing', pointer: '/assessmentDates/1', severity: 'warning' }],
    },
  ],
});
