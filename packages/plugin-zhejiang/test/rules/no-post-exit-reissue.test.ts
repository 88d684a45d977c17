import { RuleTester } from '@qualcat/sdk/testing';
import { noPostExitReissue } from '../../src/index.js';
import { certificate, proof } from '../fixtures.js';
import { pluginUnderTest } from '../tester.js';

const reissue = (overrides: Record<string, unknown>) => certificate({ replaces: '1933010003000514', ...overrides });

new RuleTester({ plugins: [pluginUnderTest] }).run(noPostExitReissue, {
  valid: [
    { name: 'batch 1: re-issued the day before the exit (2020-09-29)', document: reissue({ issuedOn: '2020-09-29' }) },
    { name: 'batch 2: 电工 re-issued 2020-12-30', document: reissue({ occupation: '电工', issuedOn: '2020-12-30' }) },
    { name: 'near-namesake: 金属材料热处理工 (batch 2) re-issued 2020-11-03', document: reissue({ occupation: '金属材料热处理工', issuedOn: '2020-11-03' }) },
    { name: 'access-type 保安员 never exits', document: reissue({ occupation: '保安员', issuedOn: '2021-05-01' }) },
    { name: 'access-type 焊工 (added by the plugin) never exits', document: reissue({ occupation: '焊工', issuedOn: '2021-05-01' }) },
    { name: 'a post-exit certificate that re-issues nothing (national/certificate-after-exit judges it)', document: certificate({ issuedOn: '2020-11-03', assessedOn: '2020-09-05' }) },
    { name: 'a proof is the right instrument', document: proof({ replaces: '1833010003000412' }) },
    { name: 'a skill-level certificate may be re-issued by its issuer', document: reissue({ type: 'skill-level', issuer: { name: '杭州技师学院', type: 'technician-college' }, issuedOn: '2021-05-01' }) },
    { name: 'another province (320500) is not flagged', document: reissue({ region: '320500', issuedOn: '2020-11-03' }) },
    { name: 'another province (440300) is not flagged', document: reissue({ region: '440300', issuedOn: '2021-01-04' }) },
  ],
  invalid: [
    { name: 'batch 1: re-issued on the exit day (2020-09-30)', document: reissue({ issuedOn: '2020-09-30', assessedOn: '2020-09-05' }), errors: [{ messageId: 'reissuedAfterExit', pointer: '/replaces', severity: 'error' }] },
    { name: 'batch 2: re-issued on the exit day (2020-12-31)', document: reissue({ occupation: '电工', issuedOn: '2020-12-31' }), errors: [{ messageId: 'reissuedAfterExit', pointer: '/replaces' }] },
    { name: 'near-namesake: 金属热处理工 (batch 1) re-issued 2020-11-03', document: reissue({ occupation: '金属热处理工', issuedOn: '2020-11-03' }), errors: [{ messageId: 'reissuedAfterExit', pointer: '/replaces' }] },
    { name: 'backed by a plan, still a re-issue', document: reissue({ issuedOn: '2020-11-03', assessedOn: '2020-09-05', planId: 'ZJ-HZ-JD-2020-008' }), errors: [{ messageId: 'reissuedAfterExit', pointer: '/replaces' }] },
    { name: 'a record without region is checked by every configured plugin', document: reissue({ region: undefined, issuedOn: '2021-02-01' }), errors: [{ messageId: 'reissuedAfterExit', pointer: '/replaces' }] },
  ],
});
