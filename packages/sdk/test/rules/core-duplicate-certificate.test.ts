import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinRules, Linter, type CertificateRecord, type Diagnostic } from '../../src/index.js';
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

describe('core/duplicate-certificate with bounded memory (context.spill)', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'qualcat-duplicate-test-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  const awkward = ['ZJ\n1', 'ZJ\t1', 'ZJ\u00001', '证书😀', 'ZJ \ud800', 'ZJ \udbff', 'ZJ \ufffd', 'ZJ-1', 'zj-1'];
  /** 3,000 records: a fifth repeat an earlier number (some many times), the awkward numbers among them. */
  const records = Array.from({ length: 3000 }, (_, i) => {
    const number = i % 7 === 3 ? awkward[i % awkward.length]! : i % 5 === 1 ? `N-${(i * 31) % 400}` : `U-${i}`;
    return certificate({ number });
  });
  function runWith(spill: { maxEntries?: number; directory?: string }) {
    const set = new Linter({ rules: builtinRules, asOf: '2021-06-30', locale: 'en' }).certificateSet({ spill });
    let spillFolders: string[] = [];
    records.forEach((record, index) => {
      set.add(record, index);
      if (index === records.length - 1) spillFolders = readdirSync(folder);
    });
    return { found: set.finish(), spillFolders, left: readdirSync(folder) };
  }
  // The default maxEntries (1,000,000): all in memory, nothing written to the folder.
  let memo: ReturnType<typeof runWith> | undefined;
  const inMemoryRun = () => (memo ??= runWith({ directory: folder }));

  it('the stream has duplicates before and after any spill point, numbers seen 3+ times, awkward numbers', () => {
    const inMemory = inMemoryRun();
    const duplicates = inMemory.found.filter((d) => d.ruleId === 'core/duplicate-certificate');
    expect(duplicates.length).toBeGreaterThan(500);
    expect(duplicates.some((d) => d.data?.firstRecord === 3)).toBe(true);
    expect(duplicates.filter((d) => d.data?.number === 'ZJ\n1').length).toBeGreaterThanOrEqual(2);
    expect(inMemory.spillFolders).toEqual([]);
  });

  for (const maxEntries of [3, 10, 500]) {
    it(`spilled past ${maxEntries} numbers: the same findings (records, first records, messages, order), the temp folder removed`, () => {
      const { found, spillFolders, left } = runWith({ maxEntries, directory: folder });
      expect(spillFolders).toEqual([expect.stringMatching(/^qualcat-set-/)]);
      expect(found).toEqual(inMemoryRun().found);
      expect(left).toEqual([]);
    });
  }

  it('a spill folder that cannot be made: core/rule-crash naming the rule and the error code; the findings before it kept, other rules unaffected', () => {
    const file = join(folder, 'not-a-folder');
    writeFileSync(file, '');
    const inMemory = inMemoryRun();
    const { found } = runWith({ maxEntries: 100, directory: join(file, 'spill') });
    const crash = found.filter((d) => d.ruleId === 'core/rule-crash');
    expect(crash).toEqual([expect.objectContaining({ messageId: 'rule-crash', data: expect.objectContaining({ rule: 'core/duplicate-certificate', code: 'ENOTDIR' }) })]);
    expect(crash[0]!.message).toMatch(/^Rule core\/duplicate-certificate crashed and was skipped: ENOTDIR/);
    const duplicates = (d: Diagnostic[]) => d.filter((x) => x.ruleId === 'core/duplicate-certificate');
    // Found in memory before the 101st distinct number: what the in-memory run found up to there.
    const spillAt = duplicates(found).length;
    expect(spillAt).toBeGreaterThan(0);
    expect(duplicates(found)).toEqual(duplicates(inMemory.found).slice(0, spillAt));
    const others = (d: Diagnostic[]) => d.filter((x) => x.ruleId !== 'core/duplicate-certificate' && x.ruleId !== 'core/rule-crash');
    expect(others(found)).toEqual(others(inMemory.found));
  });
});
