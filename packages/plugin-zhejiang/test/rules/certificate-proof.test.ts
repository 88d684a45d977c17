import type { Proof } from '@qualcat/sdk';
import { RuleTester } from '@qualcat/sdk/testing';
import { certificateProof } from '../../src/index.js';
import { certificate, proof } from '../fixtures.js';
import { pluginUnderTest } from '../tester.js';

const original = (overrides: Partial<Proof>): Proof => ({
  certificateNumber: '2033010003000117',
  originalIssuedOn: '2018-07-20',
  originalIssuer: '杭州市职业技能鉴定指导中心',
  reason: 'lost',
  ...overrides,
});

new RuleTester({ plugins: [pluginUnderTest] }).run(certificateProof, {
  valid: [
    { name: 'a proof for a 2018 certificate, by the original issuer', document: proof() },
    { name: 'batch 1: original issued the day before the exit (2020-09-29)', document: proof({ proof: original({ originalIssuedOn: '2020-09-29' }) }) },
    { name: 'batch 2: original issued 2020-12-30, before 电工 exits', document: proof({ occupation: '电工', proof: original({ originalIssuedOn: '2020-12-30', reason: 'correction' }) }) },
    { name: 'near-namesake: 金属材料热处理工 (batch 2) original issued 2020-10-12', document: proof({ occupation: '金属材料热处理工', proof: original({ originalIssuedOn: '2020-10-12' }) }) },
    { name: 'access-type 焊工 never exits', document: proof({ occupation: '焊工', proof: original({ originalIssuedOn: '2021-01-12' }) }) },
    { name: 'issuer names compare without surrounding blanks', document: proof({ proof: original({ originalIssuer: ' 杭州市职业技能鉴定指导中心 ' }) }) },
    { name: 'not a proof', document: certificate() },
    { name: 'another province (320500): a proof by another issuer is not flagged', document: proof({ region: '320500', proof: original({ originalIssuer: '苏州市职业技能鉴定中心' }) }) },
    { name: 'another province (440300): a proof without reason is not flagged', document: proof({ region: '440300', proof: original({ reason: undefined }) }) },
  ],
  invalid: [
    {
      name: 'batch 1: original issued on the exit day (2020-09-30)',
      document: proof({ proof: original({ originalIssuedOn: '2020-09-30' }) }),
      errors: [{ messageId: 'originalAfterExit', pointer: '/proof/originalIssuedOn', severity: 'error' }],
    },
    { name: 'batch 2: original issued on the exit day (2020-12-31)', document: proof({ occupation: '电工', proof: original({ originalIssuedOn: '2020-12-31' }) }), errors: [{ messageId: 'originalAfterExit', pointer: '/proof/originalIssuedOn' }] },
    { name: 'near-namesake: 金属热处理工 (batch 1) original issued 2020-10-12', document: proof({ occupation: '金属热处理工', proof: original({ originalIssuedOn: '2020-10-12' }) }), errors: [{ messageId: 'originalAfterExit', pointer: '/proof/originalIssuedOn' }] },
    {
      name: 'issued by someone other than the original issuer',
      document: proof({ issuer: { name: '杭州市西湖区人力资源和社会保障局', type: 'hr-department' }, proof: original({ reason: 'correction' }) }),
      errors: [{ messageId: 'notOriginalIssuer', pointer: '/issuer/name' }],
    },
    { name: 'no reason', document: proof({ proof: original({ reason: undefined }) }), errors: [{ messageId: 'noReason', pointer: '/proof' }] },
    {
      name: 'everything wrong at once',
      document: proof({ issuer: { name: '宁波市职业技能鉴定指导中心', type: 'assessment-center' }, proof: original({ originalIssuedOn: '2020-10-12', reason: undefined }) }),
      errors: [
        { messageId: 'originalAfterExit', pointer: '/proof/originalIssuedOn' },
        { messageId: 'notOriginalIssuer', pointer: '/issuer/name' },
        { messageId: 'noReason', pointer: '/proof' },
      ],
    },
    { name: 'a record without region is checked by every configured plugin', document: proof({ region: undefined, proof: original({ reason: undefined }) }), errors: [{ messageId: 'noReason', pointer: '/proof' }] },
    {
      name: 'JSON text: the range is on the issuer name',
      filename: 'proof.cert.json',
      text: JSON.stringify(proof({ issuer: { name: '某机构', type: 'assessment-center' } }), null, 2),
      errors: [{ messageId: 'notOriginalIssuer', pointer: '/issuer/name', line: 10 }],
    },
  ],
});
