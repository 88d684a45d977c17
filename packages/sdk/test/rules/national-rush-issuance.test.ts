import { describe, expect, it } from 'vitest';
import { addDays, Linter, type CertificateRecord, type Diagnostic } from '../../src/index.js';
import { rushIssuance } from '../../src/rules/index.js';
import { certificate } from '../fixtures.js';

const BATCH_1_EXIT = '2020-09-30';
const BATCH_2_EXIT = '2020-12-31';

/** RuleTester covers single documents; a set rule runs through Linter.certificateSet. Records must be schema-valid. */
function runSet(records: CertificateRecord[], options?: Record<string, unknown>): Diagnostic[] {
  const linter = new Linter({
    rules: [rushIssuance],
    asOf: '2021-06-30',
    locale: 'en',
    ...(options ? { ruleSettings: { [rushIssuance.id]: ['warning', options] } } : {}),
  });
  expect(linter.problems).toEqual([]);
  const set = linter.certificateSet();
  records.forEach((record, index) => {
    expect(linter.lintValue(record, 'certificate'), `record ${index} must be schema-valid`).toEqual([]);
    set.add(record, index);
  });
  return set.finish();
}

let serial = 0;
/** `count` certificates issued on `issuedOn` (assessed the same day, so every record stays date-consistent). */
function issued(count: number, issuedOn: string, overrides: Partial<CertificateRecord> = {}): CertificateRecord[] {
  return Array.from({ length: count }, () =>
    certificate({ number: `R${String(++serial).padStart(6, '0')}`, issuedOn, assessedOn: issuedOn, ...overrides }),
  );
}
const summary = (d: Diagnostic) => ({ messageId: d.messageId, pointer: d.pointer, record: d.data?.record });

describe('national/rush-issuance', () => {
  describe('valid', () => {
    it('19 certificates in the window: under the minimum of 20', () => {
      expect(runSet(issued(19, '2020-09-20'))).toEqual([]);
    });
    it('20 in the window against a baseline of 40 in 180 days: 20 is not over 3 × 6.67', () => {
      expect(runSet([...issued(40, '2020-06-01'), ...issued(20, '2020-09-20')])).toEqual([]);
    });
    it('certificates issued on the exit date are not "before exit"', () => {
      expect(runSet(issued(25, BATCH_1_EXIT))).toEqual([]);
    });
    it('the day before the window (exit − 31 days) is baseline, not window', () => {
      expect(runSet(issued(25, addDays(BATCH_1_EXIT, -31)))).toEqual([]);
    });
    it('counts are per issuer: 12 + 12 from two issuers', () => {
      const other = { issuer: { name: '宁波市职业技能鉴定指导中心', type: 'assessment-center' as const } };
      expect(runSet([...issued(12, '2020-09-20'), ...issued(12, '2020-09-21', other)])).toEqual([]);
    });
    it('counts are per occupation: 12 车工 + 12 钳工', () => {
      expect(runSet([...issued(12, '2020-09-20'), ...issued(12, '2020-09-21', { occupation: '钳工' })])).toEqual([]);
    });
    it('near-namesakes are different occupations: batch-2 金属材料热处理工 in batch 1’s window', () => {
      expect(runSet(issued(25, '2020-09-20', { occupation: '金属材料热处理工' }))).toEqual([]);
    });
    it('skill-level certificates are not counted', () => {
      expect(runSet(issued(25, '2020-09-20', { type: 'skill-level', issuer: { name: '某企业', type: 'enterprise' } }))).toEqual([]);
    });
    it('access-type occupations never exit', () => {
      expect(runSet(issued(25, '2020-09-20', { occupation: '保安员' }))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('20 in the window with no earlier certificates: reported once, on the first record in the window', () => {
      const found = runSet([...issued(3, '2020-01-10'), ...issued(20, '2020-09-20')]);
      expect(found.map(summary)).toEqual([{ messageId: 'rush', pointer: '/issuedOn', record: 3 }]);
      expect(found[0]!.severity).toBe('warning');
      expect(found[0]!.data).toMatchObject({ issuer: '杭州市职业技能鉴定指导中心', occupation: '车工', count: 20, baseline: 0, exitDate: BATCH_1_EXIT });
      expect(found[0]!.message).not.toMatch(/\{\w+\}/);
    });
    it('21 in the window against a baseline of 40 in 180 days: over 3 × 6.67', () => {
      const found = runSet([...issued(40, '2020-06-01'), ...issued(21, '2020-09-20')]);
      expect(found.map(summary)).toEqual([{ messageId: 'rush', pointer: '/issuedOn', record: 40 }]);
      expect(found[0]!.data).toMatchObject({ count: 21, baseline: 6.7 });
    });
    it('the window starts on exit − 30 days (2020-08-31) and ends the day before exit', () => {
      const found = runSet([...issued(10, '2020-08-31'), ...issued(10, '2020-09-29')]);
      expect(found.map(summary)).toEqual([{ messageId: 'rush', pointer: '/issuedOn', record: 0 }]);
    });
    it('the first record in the window is the first in stream order, whatever its date', () => {
      const found = runSet([...issued(10, '2020-09-25'), ...issued(10, '2020-09-01')]);
      expect(found.map(summary)).toEqual([{ messageId: 'rush', pointer: '/issuedOn', record: 0 }]);
    });
    it('batch 2: the window is 2020-12-01 … 2020-12-30', () => {
      const found = runSet([...issued(2, '2020-12-31', { occupation: '电工' }), ...issued(20, '2020-12-01', { occupation: '电工' })]);
      expect(found.map(summary)).toEqual([{ messageId: 'rush', pointer: '/issuedOn', record: 2 }]);
      expect(found[0]!.data).toMatchObject({ exitDate: BATCH_2_EXIT, occupation: '电工' });
    });
    it('near-namesakes: batch-1 金属热处理工 rushed, batch-2 金属材料热处理工 in the same days is not', () => {
      const found = runSet([...issued(20, '2020-09-20', { occupation: '金属材料热处理工' }), ...issued(20, '2020-09-20', { occupation: '金属热处理工' })]);
      expect(found.map(summary)).toEqual([{ messageId: 'rush', pointer: '/issuedOn', record: 20 }]);
    });
    it('one finding per issuer and occupation, in stream order', () => {
      const other = { issuer: { name: '宁波市职业技能鉴定指导中心', type: 'assessment-center' as const } };
      const found = runSet([...issued(20, '2020-09-20', other), ...issued(20, '2020-09-20'), ...issued(20, '2020-09-21', { occupation: '钳工' })]);
      expect(found.map((d) => [d.data?.issuer, d.data?.occupation, d.data?.record])).toEqual([
        ['宁波市职业技能鉴定指导中心', '车工', 0],
        ['杭州市职业技能鉴定指导中心', '车工', 20],
        ['杭州市职业技能鉴定指导中心', '钳工', 40],
      ]);
    });
    it('options: a 10-day window, minimum 5, factor 2, 60-day baseline', () => {
      // baseline: 6 in 60 days → 1 per 10 days; 5 in the window > 2 × 1
      const found = runSet([...issued(6, '2020-08-01'), ...issued(5, '2020-09-25')], { windowDays: 10, min: 5, factor: 2, baselineDays: 60 });
      expect(found.map(summary)).toEqual([{ messageId: 'rush', pointer: '/issuedOn', record: 6 }]);
      expect(found[0]!.data).toMatchObject({ count: 5, baseline: 1, windowDays: 10, factor: 2 });
    });
  });

  it('rejects invalid options at load', () => {
    for (const options of [{ windowDays: 0 }, { factor: -1 }, { min: 2.5 }, { baselineDays: '180' }, { window: 30 }]) {
      const linter = new Linter({ rules: [rushIssuance], ruleSettings: { [rushIssuance.id]: ['warning', options] } });
      expect(linter.problems.map((p) => p.messageId), JSON.stringify(options)).toEqual(['invalid-options']);
    }
  });

  it('survives odd records', () => {
    const linter = new Linter({ rules: [rushIssuance] });
    const set = linter.certificateSet();
    const odd = [{}, { type: 'vocational-qualification' }, { type: 'vocational-qualification', occupation: '车工', issuedOn: '2020-02-30', issuer: { name: 'x' } }, { type: 'vocational-qualification', occupation: 1, issuedOn: 5, issuer: 'x' }, { type: 'vocational-qualification', occupation: '车工', issuedOn: '2020-09-20', issuer: null }];
    odd.forEach((r, i) => set.add(r, i));
    expect(set.finish()).toEqual([]);
  });
});
