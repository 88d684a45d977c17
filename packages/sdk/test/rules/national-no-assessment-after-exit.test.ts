import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/index.js';
import { addDays, definePlugin, type Plan } from '../../src/index.js';
import { noAssessmentAfterExit } from '../../src/rules/index.js';
import { plan } from '../fixtures.js';

/** Stands in for @qualcat/plugin-zhejiang (another package): region 33 only, 焊工 added as access-type. */
const zhejiangStub = definePlugin({
  id: 'zhejiang-stub',
  appliesTo: { regions: ['33'] },
  catalog: [{ op: 'add', occupation: '焊工', group: { name: '焊接人员' }, category: 'access' }],
});

/** A plan published on `publishedOn`, with registration and one assessment after it. */
function publishedOn(date: string, occupations: string[], overrides: Partial<Plan> & Record<string, unknown> = {}): Plan {
  return plan({
    publishedOn: date,
    registration: { opensOn: addDays(date, 1), closesOn: addDays(date, 10) },
    assessmentDates: [addDays(date, 20)],
    items: occupations.map((occupation) => ({ occupation, levels: [5, 4] })) as unknown as Plan['items'],
    ...overrides,
  });
}
const PRE_EXIT_ORIGINAL = publishedOn('2020-08-10', ['车工', '钳工'], { id: 'ZJ-HZ-JD-2020-008' });
const makeUp = (date: string, occupations: string[], extra: Partial<Plan> = {}) =>
  publishedOn(date, occupations, { id: 'ZJ-HZ-BK-2020-01', purpose: 'make-up', makeUpOf: 'ZJ-HZ-JD-2020-008', ...extra });

const cases = {
  valid: [
    { name: 'a pre-exit plan', document: plan() },
    { name: 'published the day before the batch-1 exit', document: publishedOn('2020-09-29', ['车工']) },
    { name: 'batch 2 after batch 1 exited: 电工 in October', document: publishedOn('2020-10-15', ['电工']) },
    { name: 'near-namesake: 金属材料热处理工 is batch 2', document: publishedOn('2020-10-15', ['金属材料热处理工']) },
    { name: 'access-type 保安员 never exits', document: publishedOn('2021-03-15', ['保安员']) },
    {
      name: 'a recognition plan after exit is not an assessment',
      document: publishedOn('2021-03-01', ['车工'], { kind: 'skill-level-recognition', organizer: { name: '杭州技师学院', type: 'technician-college' } }),
    },
    { name: 'an unknown occupation is core/occupation-in-catalog’s finding', document: publishedOn('2021-03-01', ['数控车工']) },
    { name: 'a make-up naming its plan (plans unknown)', document: makeUp('2020-10-20', ['车工', '钳工']) },
    { name: 'a make-up naming a known pre-exit plan', document: makeUp('2020-10-20', ['车工', '钳工']), plans: [PRE_EXIT_ORIGINAL] },
    {
      name: 'a make-up assessed on the last day of the make-up window (2020-12-30)',
      document: makeUp('2020-12-01', ['车工'], { registration: { opensOn: '2020-12-02', closesOn: '2020-12-16' }, assessmentDates: ['2020-12-30'] }),
      plans: [PRE_EXIT_ORIGINAL],
    },
    {
      name: 'a training-programme plan, with exemptTrainingPrograms',
      document: publishedOn('2021-06-01', ['车工'], { trainingProgram: { type: 'vocational-school', institution: '杭州技师学院', enrolledOn: '2018-09-01' } }),
      options: { exemptTrainingPrograms: true },
    },
  ],
  invalid: [
    {
      name: 'published exactly on the exit date (2020-09-30)',
      document: publishedOn('2020-09-30', ['车工']),
      errors: [{ messageId: 'after-exit', pointer: '/items/0/occupation' }],
    },
    {
      name: 'near-namesake: 金属热处理工 is batch 1',
      document: publishedOn('2020-10-15', ['金属热处理工']),
      errors: [{ messageId: 'after-exit', pointer: '/items/0/occupation' }],
    },
    {
      name: 'mixing exited and not-exited occupations: one finding per exited item',
      document: publishedOn('2020-10-15', ['电工', '车工', '保安员', '钳工']),
      errors: [
        { messageId: 'after-exit', pointer: '/items/1/occupation' },
        { messageId: 'after-exit', pointer: '/items/3/occupation' },
      ],
    },
    {
      name: 'published exactly on the batch-2 exit date: both batches out',
      document: publishedOn('2020-12-31', ['电工', '车工']),
      errors: [
        { messageId: 'after-exit', pointer: '/items/0/occupation' },
        { messageId: 'after-exit', pointer: '/items/1/occupation' },
      ],
    },
    {
      name: 'a make-up plan without makeUpOf is not exempt',
      document: publishedOn('2020-10-26', ['钳工'], { purpose: 'make-up' }),
      errors: [{ messageId: 'make-up-without-make-up-of', pointer: '/items/0/occupation' }],
    },
    {
      name: 'makeUpOf with purpose regular: fixed by marking the plan as a make-up',
      document: publishedOn('2020-10-20', ['车工'], { makeUpOf: 'ZJ-HZ-JD-2020-008' }),
      errors: [{ messageId: 'after-exit', pointer: '/items/0/occupation', fix: [{ op: 'add', path: '/purpose', value: 'make-up' }] }],
    },
    {
      name: 'makeUpOf without purpose at all: same fix',
      document: (() => {
        const p = publishedOn('2020-10-20', ['车工'], { makeUpOf: 'ZJ-HZ-JD-2020-008' }) as unknown as Record<string, unknown>;
        delete p.purpose;
        return p;
      })(),
      plans: [PRE_EXIT_ORIGINAL],
      errors: [{ messageId: 'after-exit', pointer: '/items/0/occupation', fix: [{ op: 'add', path: '/purpose', value: 'make-up' }] }],
    },
    {
      name: 'makeUpOf with purpose regular, naming a plan published after exit: flagged, no fix',
      document: publishedOn('2020-10-20', ['车工'], { makeUpOf: 'ZJ-HZ-JD-2020-012' }),
      plans: [publishedOn('2020-10-15', ['车工'], { id: 'ZJ-HZ-JD-2020-012' })],
      errors: [{ messageId: 'after-exit', pointer: '/items/0/occupation' }],
    },
    {
      name: 'makeUpOf names an unknown plan',
      document: makeUp('2020-10-20', ['车工'], { makeUpOf: 'ZJ-HZ-JD-2020-999' }),
      plans: [PRE_EXIT_ORIGINAL],
      errors: [{ messageId: 'unknown-make-up-plan', pointer: '/makeUpOf' }],
    },
    {
      name: 'makeUpOf names a plan published on the exit date',
      document: makeUp('2020-10-20', ['车工']),
      plans: [publishedOn('2020-09-30', ['车工'], { id: 'ZJ-HZ-JD-2020-008' })],
      errors: [{ messageId: 'make-up-of-post-exit-plan', pointer: '/makeUpOf' }],
    },
    {
      name: 'a make-up of a plan published between the exits covers batch 2 but not batch 1',
      document: makeUp('2021-01-10', ['电工', '车工'], { makeUpOf: 'ZJ-HZ-JD-2020-030' }),
      plans: [publishedOn('2020-10-15', ['电工', '车工'], { id: 'ZJ-HZ-JD-2020-030' })],
      errors: [{ messageId: 'make-up-of-post-exit-plan', pointer: '/makeUpOf' }],
    },
    {
      name: 'a training-programme plan is not exempt by default',
      document: publishedOn('2021-06-01', ['车工'], { trainingProgram: { type: 'vocational-school', institution: '杭州技师学院', enrolledOn: '2018-09-01' } }),
      errors: [{ messageId: 'after-exit', pointer: '/items/0/occupation' }],
    },
    {
      name: 'YAML text: the range is on the occupation line',
      filename: 'x.plan.yaml',
      text: 'id: P1\nkind: qualification-assessment\npublishedOn: 2020-10-15\nassessmentDates: [2020-11-07]\nitems:\n  - occupation: 电工\n    levels: [5]\n  - occupation: 车工\n    levels: [5]\n',
      errors: [{ messageId: 'after-exit', pointer: '/items/1/occupation', line: 7 }],
    },
  ],
};

new RuleTester().run(noAssessmentAfterExit, cases);

// Another province, with the Zhejiang plugin on: a national rule fires everywhere; 焊工 is access only in region 33.
new RuleTester({ plugins: [zhejiangStub] }).run(noAssessmentAfterExit, {
  valid: [
    { name: 'Zhejiang: 焊工 is access-type there and never exits', document: publishedOn('2021-05-06', ['焊工'], { region: '330402' }) },
    { name: 'Jiangsu: 焊工 is not in the catalog there (another rule’s finding)', document: publishedOn('2021-05-06', ['焊工'], { region: '320500' }) },
  ],
  invalid: [
    {
      name: 'Jiangsu post-exit plan with the Zhejiang plugin on',
      document: publishedOn('2020-10-15', ['车工'], { region: '320500', platform: '江苏省职业技能鉴定公共服务平台', questionBank: 'municipal' }),
      errors: [{ messageId: 'after-exit', pointer: '/items/0/occupation', severity: 'error' }],
    },
  ],
});

describe('national/no-assessment-after-exit fixes', () => {
  const tester = new RuleTester();
  const fixesOf = (document: Plan, plans?: Plan[]) =>
    tester
      .lint(noAssessmentAfterExit, { document, ...(plans ? { plans } : {}) })
      .filter((d) => d.ruleId === noAssessmentAfterExit.id)
      .map((d) => d.fixes ?? []);
  it('no fix when makeUpOf names an unknown or a post-exit plan, or is missing', () => {
    expect(fixesOf(publishedOn('2020-10-20', ['车工'], { makeUpOf: 'NOPE' }), [PRE_EXIT_ORIGINAL])).toEqual([[]]);
    expect(fixesOf(publishedOn('2020-10-20', ['车工'], { makeUpOf: 'P2' }), [publishedOn('2020-10-01', ['车工'], { id: 'P2' })])).toEqual([[]]);
    expect(fixesOf(publishedOn('2020-10-20', ['车工']))).toEqual([[]]);
    expect(fixesOf(publishedOn('2020-10-26', ['钳工'], { purpose: 'make-up' }))).toEqual([[]]);
  });
  it('the fixed plan is exempt', () => {
    const broken = publishedOn('2020-10-20', ['车工', '钳工'], { makeUpOf: 'ZJ-HZ-JD-2020-008' });
    const [fixes] = fixesOf(broken, [PRE_EXIT_ORIGINAL]);
    expect(fixes).toHaveLength(1);
    const fixed = { ...broken, purpose: fixes![0]!.patch[0]!.op === 'add' ? 'make-up' : broken.purpose } as Plan;
    expect(fixesOf(fixed, [PRE_EXIT_ORIGINAL])).toEqual([]);
  });
});
