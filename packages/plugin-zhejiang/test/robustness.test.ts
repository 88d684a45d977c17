/**
 * Rules also run on documents that fail the schema (someone half-way through typing). They must never throw, must
 * report only pointers that exist, and must leave values that failed the schema to core/schema.
 */
import { Linter, loadCatalog, resolvePointer, type ReportDescriptor } from '@qualcat/sdk';
import { describe, expect, it } from 'vitest';
import { zhejiang, zhejiangRules } from '../src/index.js';
import { makeUpPlan, plan, proof, recognitionPlan, certificate } from './fixtures.js';

const catalog = loadCatalog().withPatches(zhejiang.catalog ?? [], 'zhejiang');

const odd: unknown[] = [
  null,
  42,
  'plan',
  [],
  {},
  { kind: 'qualification-assessment' },
  { kind: 'qualification-assessment', purpose: 'make-up', items: 'lots', assessmentDates: 'soon' },
  { kind: 'qualification-assessment', purpose: 'make-up', items: [null, 7, { occupation: 3 }, { occupation: '车工' }], assessmentDates: [null, 20201231, '2020-12-31T00:00', '2020-02-30', '2021-01-05'] },
  { kind: 'qualification-assessment', publishedOn: 20200901, items: [{ occupation: '车工' }], assessmentDates: ['2020-09-20'] },
  { kind: 'qualification-assessment', platform: 7, questionBank: ['national'] },
  { kind: 'qualification-assessment', platform: '', questionBank: 'county' },
  { kind: 'skill-level-recognition', organizer: 'a college' },
  { kind: 'skill-level-recognition', organizer: { type: 'technician-college', filing: 'yes' }, publishedOn: '2021-01-01' },
  { kind: 'skill-level-recognition', organizer: { type: 'technician-college', filing: { filedOn: '2021-02-30' } }, publishedOn: '2021-01-01' },
  { kind: 'skill-level-recognition', organizer: { type: 'social-evaluation-org', filing: { filedOn: '2021-03-01' } }, publishedOn: null },
  { type: 'qualification-proof' },
  { type: 'qualification-proof', proof: null, issuer: null },
  { type: 'qualification-proof', occupation: ['车工'], proof: { originalIssuedOn: 2020, originalIssuer: 5 }, issuer: { name: 6 } },
  { type: 'qualification-proof', occupation: '车工', proof: { originalIssuedOn: '2020-10-12', originalIssuer: '' }, issuer: { name: '' } },
  { type: 'vocational-qualification', occupation: '车工', replaces: 12, issuedOn: '2021-01-01' },
  { type: 'vocational-qualification', occupation: '车工', replaces: 'X', issuedOn: '2021-13-01' },
  { type: 'vocational-qualification', occupation: 5, replaces: 'X', issuedOn: '2021-01-01' },
];

function run(rule: (typeof zhejiangRules)[number], document: unknown, target: 'plan' | 'certificate', settings: Record<string, unknown> = zhejiang.settings ?? {}) {
  const reports: ReportDescriptor<string>[] = [];
  rule.check!({
    ruleId: rule.id,
    target,
    document,
    catalog,
    options: Object.freeze({ ...rule.defaultOptions }),
    asOf: '2021-06-30',
    locale: 'zh-CN',
    settings,
    report: (d: ReportDescriptor<string>) => reports.push(d),
  } as never);
  return reports;
}

describe.each(zhejiangRules.map((rule) => [rule.id, rule] as const))('%s on odd input', (_id, rule) => {
  it('never throws and reports only pointers that exist, with known messageIds', () => {
    for (const document of odd) {
      for (const target of ['plan', 'certificate'] as const) {
        const reports = run(rule, document, target);
        for (const r of reports) {
          expect(Object.keys(rule.meta.messages)).toContain(r.messageId);
          expect(resolvePointer(document, r.pointer).found, `${r.pointer} in ${JSON.stringify(document)}`).toBe(true);
        }
      }
    }
  });
  it('survives odd settings (falls back to the notice values)', () => {
    const settings = { makeUpWindowMonths: 'three', platform: 7, allowedQuestionBanks: 'all', rushFrom: null, rushWindowDays: 1.5, hotlines: [] };
    for (const document of [makeUpPlan({ assessmentDates: ['2020-12-31'] }), plan(), recognitionPlan(), proof(), certificate()]) {
      expect(() => run(rule, document, 'holder' in document ? 'certificate' : 'plan', settings)).not.toThrow();
    }
    expect(() => run(rule, plan(), 'plan', undefined as never)).not.toThrow();
  });
});

describe('schema-invalid values are left to core/schema', () => {
  const linter = new Linter({ plugins: [{ ...zhejiang, overrides: {} }] });
  const zhejiangFindings = (value: unknown, kind: 'plan' | 'certificate') =>
    linter.lintValue(value, kind).filter((d) => d.ruleId.startsWith('zhejiang/') || d.ruleId === 'core/rule-crash');

  it('an impossible make-up date (2021-02-30) is not a make-up-window finding', () => {
    expect(zhejiangFindings(makeUpPlan({ assessmentDates: ['2021-02-30'] }), 'plan')).toEqual([]);
  });
  it('an unknown question bank or an empty platform is not reported twice', () => {
    expect(zhejiangFindings(plan({ questionBank: 'county' as never, platform: '' }), 'plan')).toEqual([]);
  });
  it('a proof without `proof` is the schema’s finding', () => {
    const p = proof() as unknown as Record<string, unknown>;
    delete p.proof;
    expect(zhejiangFindings(p, 'certificate')).toEqual([]);
  });
  it('a filing with an impossible date is not compared', () => {
    expect(zhejiangFindings(recognitionPlan({ organizer: { name: '某技师学院', type: 'technician-college', filing: { number: 'N', filedOn: '2021-02-30' } } }), 'plan')).toEqual([]);
  });
});
