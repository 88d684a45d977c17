import { describe, expect, it } from 'vitest';
import { Linter, type CertificateRecord, type Diagnostic } from '../../src/index.js';
import { duplicateCertificate } from '../../src/rules/index.js';
import { certificate } from '../fixtures.js';

/** RuleTester covers single documents; a set rule runs through Linter.certificateSet. Records must be schema-valid. */
function runSet(records: CertificateRecord[]): Diagnostic[] {
  const linter = new Linter({ rules: [duplicateCertificate], asOf: '2021-06-30', locale: 'en' });
  const set = linter.certificateSet();
  records.forEach((record, index) => {
    expect(linter.lintValue(record, 'certificate'), `record ${index} must be schema-valid`).toEqual([]);
    set.add(record, index);
  });
  return set.finish();
}
const summary = (d: Diagnostic) => ({ messageId: d.messageId, pointer: d.pointer, record: d.data?.record, firstRecord: d.data?.firstRecord });

describe('core/duplicate-certificate', () => {
  it('valid: distinct numbers', () => {
    expect(runSet([certificate({ number: 'A1' }), certificate({ number: 'A2' }), certificate({ number: 'A3' })])).toEqual([]);
  });
  it('valid: an empty set', () => {
    expect(runSet([])).toEqual([]);
  });
  it('valid: the same holder with two certificates', () => {
    expect(runSet([certificate({ number: 'A1', occupation: '车工' }), certificate({ number: 'A2', occupation: '钳工' })])).toEqual([]);
  });
  it('valid: numbers are compared exactly (case and spacing are part of the number)', () => {
    expect(runSet([certificate({ number: 'zj-1' }), certificate({ number: 'ZJ-1' }), certificate({ number: 'ZJ-1 ' })])).toEqual([]);
  });
  it('invalid: every later repeat is reported at /number, pointing back to the first record', () => {
    const found = runSet([
      certificate({ number: 'A1' }),
      certificate({ number: 'B1' }),
      certificate({ number: 'A1' }),
      certificate({ number: 'A1' }),
    ]);
    expect(found.map(summary)).toEqual([
      { messageId: 'duplicate', pointer: '/number', record: 2, firstRecord: 0 },
      { messageId: 'duplicate', pointer: '/number', record: 3, firstRecord: 0 },
    ]);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.message).toBe('Certificate number A1 repeats that of record 1');
  });
  it('invalid: two different duplicated numbers', () => {
    const found = runSet([
      certificate({ number: 'A1' }),
      certificate({ number: 'B1' }),
      certificate({ number: 'B1' }),
      certificate({ number: 'A1' }),
    ]);
    expect(found.map(summary)).toEqual([
      { messageId: 'duplicate', pointer: '/number', record: 2, firstRecord: 1 },
      { messageId: 'duplicate', pointer: '/number', record: 3, firstRecord: 0 },
    ]);
  });
  it('invalid: a qualification proof reusing a certificate number', () => {
    const proof = certificate({
      type: 'qualification-proof',
      number: 'A1',
      issuedOn: '2021-03-10',
      proof: { certificateNumber: 'X9', originalIssuedOn: '2018-07-20', originalIssuer: '杭州市职业技能鉴定指导中心', reason: 'lost' },
    });
    expect(runSet([certificate({ number: 'A1' }), proof]).map(summary)).toEqual([
      { messageId: 'duplicate', pointer: '/number', record: 1, firstRecord: 0 },
    ]);
  });
  it('uses the stream index it is given (records may be skipped upstream)', () => {
    const linter = new Linter({ rules: [duplicateCertificate] });
    const set = linter.certificateSet();
    set.add(certificate({ number: 'A1' }), 10);
    set.add(certificate({ number: 'A1' }), 42);
    expect(set.finish().map(summary)).toEqual([{ messageId: 'duplicate', pointer: '/number', record: 42, firstRecord: 10 }]);
  });
  it('skips records without a usable number', () => {
    const linter = new Linter({ rules: [duplicateCertificate] });
    const set = linter.certificateSet();
    for (const [i, odd] of [{}, { number: 7 }, { number: '' }, { number: null }, { number: 7 }, { number: '' }].entries()) set.add(odd, i);
    expect(set.finish()).toEqual([]);
  });
});
