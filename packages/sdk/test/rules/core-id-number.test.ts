import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/index.js';
import { idNumber } from '../../src/rules/index.js';
import { certificate } from '../fixtures.js';

/** An independent GB 11643 check character, so the test does not check the rule against itself. */
function withCheck(first17: string): string {
  const weights = first17.split('').map((_, i) => 2 ** (17 - i) % 11);
  const sum = first17.split('').reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}
/** Same 17 digits, a check character that is certainly wrong. */
function withWrongCheck(first17: string): string {
  const right = withCheck(first17).at(-1)!;
  return first17 + (right === '0' ? '1' : '0');
}
const holder = (id: string) => ({ holder: { name: '王小明', idNumber: id } });

const BIRTH_FEB_29 = withCheck('33010220000229123'); // 2000 is a leap year
const LOWER_X = '11010519491231002x';

new RuleTester().run(idNumber, {
  valid: [
    { name: 'the GB 11643 sample number, check character X', document: certificate(holder('11010519491231002X')) },
    { name: 'a digit check character', document: certificate(holder('330102198603140311')) },
    { name: 'born on 29 February of a leap year', document: certificate(holder(BIRTH_FEB_29)) },
    { name: 'lower-case x accepted when allowLowercaseX is set', document: certificate(holder(LOWER_X)), options: { allowLowercaseX: true } },
    { name: 'born on the day of issue (not impossible)', document: certificate({ ...holder(withCheck('33010220200820123')), issuedOn: '2020-08-20' }) },
  ],
  invalid: [
    { name: '17 characters', document: certificate(holder('32050519920719048')), errors: [{ messageId: 'length', pointer: '/holder/idNumber' }] },
    { name: 'an old 15-digit number', document: certificate(holder('110105491231002')), errors: [{ messageId: 'length', pointer: '/holder/idNumber' }] },
    { name: '19 characters', document: certificate(holder('11010519491231002X1')), errors: [{ messageId: 'length', pointer: '/holder/idNumber' }] },
    { name: 'a letter inside', document: certificate(holder('1101051949123100AX')), errors: [{ messageId: 'format', pointer: '/holder/idNumber' }] },
    { name: 'full-width digits are not digits', document: certificate(holder('11010519491231002１')), errors: [{ messageId: 'format', pointer: '/holder/idNumber' }] },
    { name: 'a wrong check digit', document: certificate(holder('330108198805090579')), errors: [{ messageId: 'check-digit', pointer: '/holder/idNumber' }] },
    { name: 'X where a digit is due', document: certificate(holder('33010219860314031X')), errors: [{ messageId: 'check-digit', pointer: '/holder/idNumber' }] },
    { name: 'lower-case x (default)', document: certificate(holder(LOWER_X)), errors: [{ messageId: 'lowercase-x', pointer: '/holder/idNumber' }] },
    {
      name: 'lower-case x where a digit is due is a wrong check character, even when x is allowed',
      document: certificate(holder('33010219860314031x')),
      options: { allowLowercaseX: true },
      errors: [{ messageId: 'check-digit', pointer: '/holder/idNumber' }],
    },
    {
      name: 'an impossible birth date with a correct check character',
      document: certificate(holder(withCheck('33010219990230123'))),
      errors: [{ messageId: 'birth-date', pointer: '/holder/idNumber' }],
    },
    {
      name: '29 February of a common year',
      document: certificate(holder(withCheck('33010220010229123'))),
      errors: [{ messageId: 'birth-date', pointer: '/holder/idNumber' }],
    },
    {
      name: 'an impossible birth date and a wrong check character: two findings',
      document: certificate(holder(withWrongCheck('33010219991301123'))),
      errors: [
        { messageId: 'check-digit', pointer: '/holder/idNumber' },
        { messageId: 'birth-date', pointer: '/holder/idNumber' },
      ],
    },
    {
      name: 'born after the certificate was issued',
      document: certificate({ ...holder(withCheck('33010220200821123')), issuedOn: '2020-08-20' }),
      errors: [{ messageId: 'birth-date', pointer: '/holder/idNumber' }],
    },
    { name: 'born before 1900', document: certificate(holder(withCheck('33010218991231123'))), errors: [{ messageId: 'birth-date', pointer: '/holder/idNumber' }] },
  ],
});

describe('core/id-number privacy', () => {
  const tester = new RuleTester();
  for (const [name, id] of [
    ['wrong check digit', '330108198805090579'],
    ['impossible birth date', withCheck('33010219990230123')],
    ['malformed', '1101051949123100AX'],
  ] as const) {
    it(`never echoes the full number (${name})`, () => {
      for (const locale of ['en', 'zh-CN'] as const) {
        const found = new RuleTester({ locale }).lint(idNumber, { document: certificate(holder(id)) }).filter((d) => d.ruleId === 'core/id-number');
        expect(found.length).toBeGreaterThan(0);
        for (const d of found) {
          expect(JSON.stringify(d)).not.toContain(id);
          expect(JSON.stringify(d)).not.toContain(id.slice(6, 14)); // nor the birth date
          expect(d.message).toContain(`${id.slice(0, 6)}********${id.slice(14)}`);
        }
      }
    });
  }
  it('masks numbers of any length', () => {
    const found = tester.lint(idNumber, { document: certificate(holder('32050519920719048')) }).filter((d) => d.ruleId === 'core/id-number');
    expect(found[0]!.message).not.toContain('32050519920719048');
    expect(found[0]!.message).toMatch(/\*{5,}/);
  });
});
