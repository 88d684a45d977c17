import { definePlugin } from '@qualcat/sdk';
import { RuleTester } from '@qualcat/sdk/testing';
import { describe, expect, it } from 'vitest';
import { makeUpWindow } from '../../src/index.js';
import { makeUpPlan, plan } from '../fixtures.js';
import { pluginUnderTest } from '../tester.js';

const tester = new RuleTester({ plugins: [pluginUnderTest] });

// Batch 1 (车工, 钳工, 金属热处理工) exits 2020-09-30 → last make-up day 2020-12-30.
// Batch 2 (电工, 金属材料热处理工) exits 2020-12-31 → last make-up day 2021-03-31.
const batch2 = (overrides: Record<string, unknown>) =>
  makeUpPlan({
    items: [{ occupation: '电工', levels: [5, 4] }],
    publishedOn: '2021-03-01',
    registration: { opensOn: '2021-03-02', closesOn: '2021-03-12' },
    ...overrides,
  });

tester.run(makeUpWindow, {
  valid: [
    { name: 'batch 1: inside the window', document: makeUpPlan({ assessmentDates: ['2020-11-14', '2020-11-15'] }) },
    { name: 'batch 1: the last day of the window (2020-12-30)', document: makeUpPlan({ assessmentDates: ['2020-12-30'] }) },
    { name: 'batch 2: the last day of the window (2021-03-31)', document: batch2({ assessmentDates: ['2021-03-27', '2021-03-31'] }) },
    {
      name: 'near-namesake: 金属材料热处理工 is batch 2, so 2021-03-31 is inside its window',
      document: batch2({ items: [{ occupation: '金属材料热处理工', levels: [4] }], assessmentDates: ['2021-03-31'] }),
    },
    { name: 'a regular plan is not a make-up plan (national/no-assessment-after-exit covers it)', document: plan({ publishedOn: '2020-12-20', registration: { opensOn: '2020-12-21', closesOn: '2020-12-28' }, assessmentDates: ['2021-01-09'] }) },
    { name: 'a plan without purpose is regular', document: makeUpPlan({ purpose: undefined, makeUpOf: undefined, assessmentDates: ['2021-01-09'] }) },
    { name: 'access-type 保安员 never exits: no window', document: makeUpPlan({ items: [{ occupation: '保安员', levels: [5] }], assessmentDates: ['2021-06-01'] }) },
    { name: 'access-type 焊工 (added by the plugin) never exits: no window', document: makeUpPlan({ items: [{ occupation: '焊工', levels: [5] }], assessmentDates: ['2021-06-01'] }) },
    { name: 'an unknown occupation has no window (core/occupation-in-catalog reports it)', document: makeUpPlan({ items: [{ occupation: '金属热处理员', levels: [5] }], assessmentDates: ['2021-06-01'] }) },
    { name: 'skill-level recognition has no make-up window', document: makeUpPlan({ kind: 'skill-level-recognition', organizer: { name: '某企业', type: 'enterprise' }, assessmentDates: ['2021-06-01'] }) },
    { name: 'another province (320000) is never flagged', document: makeUpPlan({ region: '320000', assessmentDates: ['2021-06-01'] }) },
    { name: 'another province (440300) is never flagged', document: makeUpPlan({ region: '440300', assessmentDates: ['2021-06-01'] }) },
    { name: 'a region merely containing 33 is not Zhejiang (130033)', document: makeUpPlan({ region: '130033', assessmentDates: ['2021-06-01'] }) },
    { name: 'option makeUpWindowMonths: 6 widens the batch-1 window to 2021-03-30', options: { makeUpWindowMonths: 6 }, document: makeUpPlan({ assessmentDates: ['2021-03-30'] }) },
  ],
  invalid: [
    {
      name: 'batch 1: the day after the window (2020-12-31), with a fix to the last day',
      document: makeUpPlan({ assessmentDates: ['2020-12-31'] }),
      errors: [{ messageId: 'outsideWindow', pointer: '/assessmentDates/0', severity: 'error', fix: [{ op: 'replace', path: '/assessmentDates/0', value: '2020-12-30' }] }],
    },
    {
      name: 'batch 1: only the date after the window is reported',
      document: makeUpPlan({ items: [{ occupation: '钳工', levels: [5, 4] }], assessmentDates: ['2020-12-19', '2020-12-31'] }),
      errors: [{ messageId: 'outsideWindow', pointer: '/assessmentDates/1' }],
    },
    {
      name: 'batch 2: the day after the window (2021-04-01)',
      document: batch2({ assessmentDates: ['2021-04-01'] }),
      errors: [{ messageId: 'outsideWindow', pointer: '/assessmentDates/0', fix: [{ op: 'replace', path: '/assessmentDates/0', value: '2021-03-31' }] }],
    },
    {
      name: 'near-namesake: 金属热处理工 is batch 1, so 2021-03-31 is outside its window',
      document: batch2({ items: [{ occupation: '金属热处理工', levels: [4] }], assessmentDates: ['2021-03-31'] }),
      errors: [{ messageId: 'outsideWindow', pointer: '/assessmentDates/0' }],
    },
    {
      name: 'mixing batches: each item has its own window; the strictest decides',
      document: makeUpPlan({ items: [{ occupation: '电工', levels: [5] }, { occupation: '车工', levels: [5] }], assessmentDates: ['2020-12-19', '2021-01-15'] }),
      errors: [{ messageId: 'outsideWindow', pointer: '/assessmentDates/1', fix: [{ op: 'replace', path: '/assessmentDates/1', value: '2020-12-30' }] }],
    },
    {
      name: 'mixing an exited and an access-type occupation: the exited one has a window',
      document: makeUpPlan({ items: [{ occupation: '保安员', levels: [5] }, { occupation: '车工', levels: [5] }], assessmentDates: ['2020-12-31'] }),
      errors: [{ messageId: 'outsideWindow', pointer: '/assessmentDates/0' }],
    },
    {
      name: 'the province-level region 330000 is Zhejiang',
      document: makeUpPlan({ region: '330000', assessmentDates: ['2020-12-31'] }),
      errors: [{ messageId: 'outsideWindow', pointer: '/assessmentDates/0' }],
    },
    {
      name: 'a plan without region is checked by every configured plugin',
      document: makeUpPlan({ region: undefined, assessmentDates: ['2020-12-31'] }),
      errors: [{ messageId: 'outsideWindow', pointer: '/assessmentDates/0' }],
    },
    {
      name: 'makeUpOf is not needed for the window to apply',
      document: makeUpPlan({ makeUpOf: undefined, assessmentDates: ['2021-01-04'] }),
      errors: [{ messageId: 'outsideWindow', pointer: '/assessmentDates/0' }],
    },
    {
      name: 'option makeUpWindowMonths: 1 narrows the batch-1 window to 2020-10-30',
      options: { makeUpWindowMonths: 1 },
      document: makeUpPlan({ publishedOn: '2020-10-01', registration: { opensOn: '2020-10-02', closesOn: '2020-10-10' }, assessmentDates: ['2020-10-30', '2020-10-31'] }),
      errors: [{ messageId: 'outsideWindow', pointer: '/assessmentDates/1' }],
    },
    {
      name: 'YAML text: the range is on the offending date',
      filename: 'bk.plan.yaml',
      text: [
        'id: ZJ-BK-1',
        'region: "330100"',
        'kind: qualification-assessment',
        'purpose: make-up',
        'makeUpOf: ZJ-1',
        'publishedOn: 2020-10-20',
        'assessmentDates:',
        '  - 2020-12-19',
        '  - 2020-12-31',
        'platform: 浙江省职业能力建设一体化平台',
        'questionBank: provincial',
        'items:',
        '  - occupation: 车工',
        '    levels: [5]',
        '',
      ].join('\n'),
      errors: [{ messageId: 'outsideWindow', pointer: '/assessmentDates/1', line: 8 }],
    },
  ],
});

describe('zhejiang/make-up-window fixes', () => {
  const fixesOf = (document: unknown) =>
    tester.lint(makeUpWindow, { document }).filter((d) => d.ruleId === makeUpWindow.id).map((d) => d.fixes ?? []);

  it('offers no fix when the window end is before publication', () => {
    expect(fixesOf(makeUpPlan({ publishedOn: '2021-01-05', registration: { opensOn: '2021-01-06', closesOn: '2021-01-08' }, assessmentDates: ['2021-01-10'] }))).toEqual([[]]);
  });
  it('offers no fix when registration closes on/after the window end', () => {
    expect(fixesOf(makeUpPlan({ publishedOn: '2020-12-01', registration: { opensOn: '2020-12-02', closesOn: '2020-12-30' }, assessmentDates: ['2021-01-10'] }))).toEqual([[]]);
  });
  it('offers no fix when the window end is already one of the dates', () => {
    expect(fixesOf(makeUpPlan({ assessmentDates: ['2020-12-30', '2020-12-31'] }))).toEqual([[]]);
  });
});

describe('zhejiang/make-up-window: settings and options', () => {
  const withSettings = (settings: Record<string, unknown>) =>
    new RuleTester({ plugins: [definePlugin({ ...pluginUnderTest, settings: { ...pluginUnderTest.settings, ...settings } })] });
  const late = makeUpPlan({ assessmentDates: ['2021-02-15'] });
  const ids = (t: RuleTester, options?: Record<string, unknown>) =>
    t.lint(makeUpWindow, { document: late, ...(options ? { options } : {}) }).filter((d) => d.ruleId === makeUpWindow.id).map((d) => d.pointer);

  it('reads makeUpWindowMonths from the plugin settings when no option is set', () => {
    expect(ids(withSettings({ makeUpWindowMonths: 6 }))).toEqual([]);
    expect(ids(withSettings({ makeUpWindowMonths: 3 }))).toEqual(['/assessmentDates/0']);
  });
  it('an option wins over the setting', () => {
    expect(ids(withSettings({ makeUpWindowMonths: 6 }), { makeUpWindowMonths: 3 })).toEqual(['/assessmentDates/0']);
  });
  it('a malformed setting falls back to the notice value (3 months)', () => {
    expect(ids(withSettings({ makeUpWindowMonths: 'six' }))).toEqual(['/assessmentDates/0']);
  });
});
