import { definePlugin } from '@qualcat/sdk';
import { RuleTester } from '@qualcat/sdk/testing';
import { describe, expect, it } from 'vitest';
import { rushAssessment } from '../../src/index.js';
import { makeUpPlan, plan, recognitionPlan } from '../fixtures.js';
import { pluginUnderTest } from '../tester.js';

const tester = new RuleTester({ plugins: [pluginUnderTest] });

// Batch 1 exits 2020-09-30: rush window 2020-08-31 … 2020-09-29. Batch 2 exits 2020-12-31: 2020-12-01 … 2020-12-30.
const after27 = (overrides: Record<string, unknown>) =>
  plan({ publishedOn: '2020-08-27', registration: { opensOn: '2020-08-28', closesOn: '2020-08-29' }, ...overrides });
const batch2 = (overrides: Record<string, unknown>) =>
  after27({ publishedOn: '2020-10-15', registration: { opensOn: '2020-10-16', closesOn: '2020-10-30' }, items: [{ occupation: '电工', levels: [5, 4] }], ...overrides });

tester.run(rushAssessment, {
  valid: [
    { name: 'published on the notice day (2020-08-26) is not "after" it', document: after27({ publishedOn: '2020-08-26', assessmentDates: ['2020-09-20'] }) },
    { name: 'batch 1: the day before the window (2020-08-30)', document: after27({ assessmentDates: ['2020-08-30'] }) },
    { name: 'batch 1: the exit day itself is not "before exit"', document: after27({ assessmentDates: ['2020-09-30'] }) },
    { name: 'batch 2: the day before the window (2020-11-30)', document: batch2({ assessmentDates: ['2020-11-30'] }) },
    { name: 'batch 2: the exit day (2020-12-31)', document: batch2({ assessmentDates: ['2020-12-31'] }) },
    { name: 'near-namesake: 金属材料热处理工 is batch 2, so 2020-09-20 is no rush', document: after27({ items: [{ occupation: '金属材料热处理工', levels: [4] }], assessmentDates: ['2020-09-20'] }) },
    { name: 'access-type 保安员 never exits', document: after27({ items: [{ occupation: '保安员', levels: [5] }], assessmentDates: ['2020-09-20'] }) },
    { name: 'access-type 焊工 never exits', document: after27({ items: [{ occupation: '焊工', levels: [5] }], assessmentDates: ['2020-09-20'] }) },
    { name: 'skill-level recognition is not assessment', document: recognitionPlan({ publishedOn: '2020-09-01', registration: { opensOn: '2020-09-02', closesOn: '2020-09-10' }, assessmentDates: ['2020-09-20'] }) },
    { name: 'a make-up plan after the exit is outside the window', document: makeUpPlan() },
    { name: 'another province (320000) is not flagged', document: after27({ region: '320000', assessmentDates: ['2020-09-20'] }) },
    { name: 'another province (440300) is not flagged', document: after27({ region: '440300', assessmentDates: ['2020-09-20'] }) },
    { name: 'option rushWindowDays: 10 shrinks the window to 2020-09-20 … 2020-09-29', options: { rushWindowDays: 10 }, document: after27({ assessmentDates: ['2020-09-19'] }) },
    { name: 'option rushFrom: a later cut-off date', options: { rushFrom: '2020-09-01' }, document: after27({ publishedOn: '2020-09-01', assessmentDates: ['2020-09-20'] }) },
  ],
  invalid: [
    { name: 'published the day after the notice (2020-08-27)', document: after27({ assessmentDates: ['2020-09-20'] }), errors: [{ messageId: 'rushBeforeExit', pointer: '/assessmentDates/0', severity: 'warning' }] },
    { name: 'batch 1: the first day of the window (2020-08-31)', document: after27({ assessmentDates: ['2020-08-30', '2020-08-31'] }), errors: [{ messageId: 'rushBeforeExit', pointer: '/assessmentDates/1' }] },
    { name: 'batch 1: the last day before exit (2020-09-29)', document: after27({ assessmentDates: ['2020-09-29', '2020-09-30'] }), errors: [{ messageId: 'rushBeforeExit', pointer: '/assessmentDates/0' }] },
    { name: 'batch 2: the first day of the window (2020-12-01)', document: batch2({ assessmentDates: ['2020-12-01'] }), errors: [{ messageId: 'rushBeforeExit', pointer: '/assessmentDates/0' }] },
    { name: 'batch 2: the last day before exit (2020-12-30)', document: batch2({ assessmentDates: ['2020-12-30'] }), errors: [{ messageId: 'rushBeforeExit', pointer: '/assessmentDates/0' }] },
    { name: 'near-namesake: 金属热处理工 is batch 1', document: after27({ items: [{ occupation: '金属热处理工', levels: [4] }], assessmentDates: ['2020-09-20'] }), errors: [{ messageId: 'rushBeforeExit', pointer: '/assessmentDates/0' }] },
    {
      name: 'mixing batches: each date against its items’ exits, once per date',
      document: after27({ items: [{ occupation: '车工', levels: [5] }, { occupation: '铣工', levels: [5] }, { occupation: '电工', levels: [5] }], assessmentDates: ['2020-09-20', '2020-10-20', '2020-12-20'] }),
      errors: [
        { messageId: 'rushBeforeExit', pointer: '/assessmentDates/0' },
        { messageId: 'rushBeforeExit', pointer: '/assessmentDates/2' },
      ],
    },
    { name: 'mixing exited and access occupations', document: after27({ items: [{ occupation: '保安员', levels: [5] }, { occupation: '钳工', levels: [5] }], assessmentDates: ['2020-09-26'] }), errors: [{ messageId: 'rushBeforeExit', pointer: '/assessmentDates/0' }] },
    { name: 'a plan without region is checked', document: after27({ region: undefined, assessmentDates: ['2020-09-20'] }), errors: [{ messageId: 'rushBeforeExit', pointer: '/assessmentDates/0' }] },
    { name: 'option rushWindowDays: 60 reaches back to 2020-08-01', options: { rushWindowDays: 60 }, document: after27({ assessmentDates: ['2020-08-30'] }), errors: [{ messageId: 'rushBeforeExit', pointer: '/assessmentDates/0' }] },
  ],
});

describe('zhejiang/rush-assessment: settings and options', () => {
  const withSettings = (settings: Record<string, unknown>) =>
    new RuleTester({ plugins: [definePlugin({ ...pluginUnderTest, settings: { ...pluginUnderTest.settings, ...settings } })] });
  const document = after27({ assessmentDates: ['2020-09-10'] });
  const pointers = (t: RuleTester, options?: Record<string, unknown>) =>
    t.lint(rushAssessment, { document, ...(options ? { options } : {}) }).filter((d) => d.ruleId === rushAssessment.id).map((d) => d.pointer);

  it('reads rushFrom and rushWindowDays from the settings', () => {
    expect(pointers(withSettings({}))).toEqual(['/assessmentDates/0']);
    expect(pointers(withSettings({ rushWindowDays: 15 }))).toEqual([]);
    expect(pointers(withSettings({ rushFrom: '2020-08-27' }))).toEqual([]);
  });
  it('options win over settings', () => {
    expect(pointers(withSettings({ rushWindowDays: 15 }), { rushWindowDays: 30 })).toEqual(['/assessmentDates/0']);
  });
  it('a malformed setting falls back to the notice values', () => {
    expect(pointers(withSettings({ rushFrom: '26 Aug 2020', rushWindowDays: -1 }))).toEqual(['/assessmentDates/0']);
  });
});
