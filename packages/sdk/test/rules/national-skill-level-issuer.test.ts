import { RuleTester } from '../../src/testing/index.js';
import type { CertificateRecord, Plan } from '../../src/index.js';
import { skillLevelIssuer } from '../../src/rules/index.js';
import { certificate, plan } from '../fixtures.js';

type OrgType = NonNullable<Plan['organizer']>['type'];
const recognitionBy = (type: OrgType, overrides: Partial<Plan> = {}): Plan =>
  plan({
    kind: 'skill-level-recognition',
    organizer: { name: '某机构', type },
    publishedOn: '2021-03-22',
    registration: { opensOn: '2021-03-23', closesOn: '2021-04-09' },
    assessmentDates: ['2021-04-24'],
    items: [{ occupation: '美容师', levels: [4] }],
    ...overrides,
  });
const skillLevelBy = (type: OrgType, overrides: Partial<CertificateRecord> = {}): CertificateRecord =>
  certificate({ type: 'skill-level', number: 'S1', issuer: { name: '某机构', type }, issuedOn: '2021-05-08', assessedOn: '2021-04-10', ...overrides });

new RuleTester().run(skillLevelIssuer, {
  valid: [
    { name: 'recognition by an enterprise', document: recognitionBy('enterprise') },
    { name: 'recognition by a technician college', document: recognitionBy('technician-college') },
    { name: 'recognition by a social evaluation organisation', document: recognitionBy('social-evaluation-org') },
    { name: 'recognition by a vocational school', document: recognitionBy('vocational-school') },
    { name: 'qualification assessment by an assessment centre', document: plan() },
    { name: 'qualification assessment by an HR department', document: plan({ organizer: { name: '绍兴市柯桥区人力资源和社会保障局', type: 'hr-department' } }) },
    { name: 'a skill-level certificate from an enterprise', document: skillLevelBy('enterprise') },
    { name: 'a vocational-qualification certificate from an assessment centre', document: certificate() },
    { name: 'governmentTypes: [] turns the rule into a no-op', document: recognitionBy('hr-department'), options: { governmentTypes: [] } },
    { name: 'a recognition plan without organizer', document: (() => { const p = recognitionBy('enterprise') as unknown as Record<string, unknown>; delete p.organizer; return p; })() },
  ],
  invalid: [
    { name: 'recognition by an HR department', document: recognitionBy('hr-department'), errors: [{ messageId: 'government-organizer', pointer: '/organizer/type' }] },
    { name: 'recognition by an assessment centre', document: recognitionBy('assessment-center'), errors: [{ messageId: 'government-organizer', pointer: '/organizer/type' }] },
    { name: 'recognition by an assessment station', document: recognitionBy('assessment-station'), errors: [{ messageId: 'government-organizer', pointer: '/organizer/type' }] },
    { name: 'in any province', document: recognitionBy('assessment-center', { region: '440100' }), errors: [{ messageId: 'government-organizer', pointer: '/organizer/type' }] },
    { name: 'a skill-level certificate from an HR department', document: skillLevelBy('hr-department'), errors: [{ messageId: 'government-issuer', pointer: '/issuer/type' }] },
    { name: 'a skill-level certificate from an assessment station', document: skillLevelBy('assessment-station'), errors: [{ messageId: 'government-issuer', pointer: '/issuer/type' }] },
    {
      name: 'governmentTypes extended by a province',
      document: recognitionBy('vocational-school'),
      options: { governmentTypes: ['hr-department', 'vocational-school'] },
      errors: [{ messageId: 'government-organizer', pointer: '/organizer/type' }],
    },
  ],
});
