import { RuleTester } from '../../src/testing/index.js';
import { addDays, definePlugin, type CertificateRecord, type Plan } from '../../src/index.js';
import { certificateAfterExit } from '../../src/rules/index.js';
import { certificate, plan } from '../fixtures.js';

/** Stands in for @qualcat/plugin-zhejiang (another package): region 33 only, 焊工 added as access-type. */
const zhejiangStub = definePlugin({
  id: 'zhejiang-stub',
  appliesTo: { regions: ['33'] },
  catalog: [{ op: 'add', occupation: '焊工', group: { name: '焊接人员' }, category: 'access' }],
});

/** A certificate issued on `date`, assessed the week before, with no plan and no programme unless given. */
const issuedOn = (date: string, overrides: Partial<CertificateRecord> & Record<string, unknown> = {}): CertificateRecord =>
  certificate({ issuedOn: date, assessedOn: addDays(date, -7), ...overrides });
const planPublished = (id: string, date: string, overrides: Partial<Plan> = {}): Plan =>
  plan({ id, publishedOn: date, registration: { opensOn: addDays(date, 1), closesOn: addDays(date, 10) }, assessmentDates: [addDays(date, 20)], ...overrides });

const PRE_EXIT = planPublished('ZJ-HZ-JD-2020-008', '2020-08-10');
const MAKE_UP = planPublished('ZJ-HZ-BK-2020-01', '2020-10-20', { purpose: 'make-up', makeUpOf: 'ZJ-HZ-JD-2020-008' });
const POST_EXIT_REGULAR = planPublished('ZJ-HZ-JD-2020-012', '2020-10-15');
const ON_EXIT_DAY = planPublished('ZJ-HZ-JD-2020-010', '2020-09-30');
const PLANS = [PRE_EXIT, MAKE_UP, POST_EXIT_REGULAR, ON_EXIT_DAY];
const PROGRAMME = { type: 'vocational-school' as const, institution: '杭州技师学院', enrolledOn: '2018-09-01' };

new RuleTester().run(certificateAfterExit, {
  valid: [
    { name: 'issued before exit', document: certificate() },
    { name: 'issued the day before the batch-1 exit', document: issuedOn('2020-09-29') },
    { name: 'batch 2: 电工 issued in November 2020', document: issuedOn('2020-11-13', { occupation: '电工' }) },
    { name: 'near-namesake: 金属材料热处理工 (batch 2) in November', document: issuedOn('2020-11-01', { occupation: '金属材料热处理工' }) },
    { name: 'access-type 保安员 never exits', document: issuedOn('2021-05-10', { occupation: '保安员' }) },
    { name: 'skill-level certificates are the replacement', document: issuedOn('2021-05-08', { type: 'skill-level', issuer: { name: '杭州技师学院', type: 'technician-college' } }) },
    {
      name: 'a proof is not a new certificate',
      document: issuedOn('2021-03-10', {
        type: 'qualification-proof',
        proof: { certificateNumber: '1833010003000412', originalIssuedOn: '2018-07-20', originalIssuer: '杭州市职业技能鉴定指导中心', reason: 'lost' },
      }),
    },
    { name: 'a planId counts as backing when the plans are not known', document: issuedOn('2020-10-12', { planId: 'ZJ-HZ-JD-2020-999' }) },
    { name: 'a known pre-exit plan', document: issuedOn('2020-10-12', { planId: 'ZJ-HZ-JD-2020-008' }), plans: PLANS },
    { name: 'a known make-up plan (published after exit)', document: issuedOn('2020-12-04', { planId: 'ZJ-HZ-BK-2020-01' }), plans: PLANS },
    { name: 'a training programme enrolled before exit', document: issuedOn('2021-06-30', { occupation: '汽车维修工', trainingProgram: PROGRAMME }) },
    {
      name: 'a training programme backs the certificate even when its planId does not',
      document: issuedOn('2021-06-30', { planId: 'ZJ-HZ-JD-2020-012', trainingProgram: PROGRAMME }),
      plans: PLANS,
    },
  ],
  invalid: [
    {
      name: 'issued exactly on the exit date with nothing behind it',
      document: issuedOn('2020-09-30'),
      errors: [{ messageId: 'after-exit', pointer: '/issuedOn' }],
    },
    {
      name: 'near-namesake: 金属热处理工 (batch 1) in November',
      document: issuedOn('2020-11-01', { occupation: '金属热处理工' }),
      errors: [{ messageId: 'after-exit', pointer: '/issuedOn' }],
    },
    { name: 'batch 2 on its exit date', document: issuedOn('2020-12-31', { occupation: '电工' }), errors: [{ messageId: 'after-exit', pointer: '/issuedOn' }] },
    {
      name: 'an unknown plan, when the plans are known',
      document: issuedOn('2020-10-12', { planId: 'ZJ-HZ-JD-2020-999' }),
      plans: PLANS,
      errors: [{ messageId: 'unknown-plan', pointer: '/planId' }],
    },
    {
      name: 'a regular plan published after exit',
      document: issuedOn('2020-11-20', { planId: 'ZJ-HZ-JD-2020-012' }),
      plans: PLANS,
      errors: [{ messageId: 'plan-after-exit', pointer: '/planId' }],
    },
    {
      name: 'a regular plan published exactly on the exit date',
      document: issuedOn('2020-11-20', { planId: 'ZJ-HZ-JD-2020-010' }),
      plans: PLANS,
      errors: [{ messageId: 'plan-after-exit', pointer: '/planId' }],
    },
    {
      name: 'a training programme enrolled after exit',
      document: issuedOn('2021-06-30', { trainingProgram: { ...PROGRAMME, enrolledOn: '2020-09-30' } }),
      errors: [{ messageId: 'training-after-exit', pointer: '/trainingProgram/enrolledOn' }],
    },
  ],
});

new RuleTester({ plugins: [zhejiangStub] }).run(certificateAfterExit, {
  valid: [{ name: 'Zhejiang: 焊工 is access-type there', document: issuedOn('2021-06-25', { occupation: '焊工', region: '330402' }) }],
  invalid: [
    {
      name: 'a Jiangsu certificate with the Zhejiang plugin on',
      document: issuedOn('2021-01-15', { occupation: '电工', region: '320500', issuer: { name: '苏州市职业技能鉴定中心', type: 'assessment-center' } }),
      errors: [{ messageId: 'after-exit', pointer: '/issuedOn', severity: 'error' }],
    },
  ],
});
