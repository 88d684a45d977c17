import type { Filing, Organizer } from '@qualcat/sdk';
import { RuleTester } from '@qualcat/sdk/testing';
import { recognitionByFiledOrg } from '../../src/index.js';
import { plan, recognitionPlan } from '../fixtures.js';
import { pluginUnderTest } from '../tester.js';

const college = (filing?: Filing): Organizer => ({ name: '杭州技师学院', type: 'technician-college', ...(filing ? { filing } : {}) });
const socialOrg = (filing?: Filing): Organizer => ({ name: '浙江某职业技能评价有限公司', type: 'social-evaluation-org', ...(filing ? { filing } : {}) });
const filedOn = (date: string): Filing => ({ number: '浙技能认定备〔2021〕0032号', filedOn: date });

new RuleTester({ plugins: [pluginUnderTest] }).run(recognitionByFiledOrg, {
  valid: [
    { name: 'a technician college filed before publication', document: recognitionPlan() },
    { name: 'a filing dated on the publication day is in time', document: recognitionPlan({ organizer: college(filedOn('2021-03-01')) }) },
    { name: 'a filed social evaluation organisation', document: recognitionPlan({ organizer: socialOrg(filedOn('2021-01-05')) }) },
    { name: 'an enterprise needs no filing', document: recognitionPlan({ organizer: { name: '宁波某机械有限公司', type: 'enterprise' } }) },
    { name: 'a vocational school is not checked by this rule', document: recognitionPlan({ organizer: { name: '某职业技术学校', type: 'vocational-school' } }) },
    { name: 'a government body is national/skill-level-issuer’s job', document: recognitionPlan({ organizer: { name: '杭州市职业技能鉴定指导中心', type: 'assessment-center' } }) },
    { name: 'qualification assessment by a college needs no recognition filing', document: plan({ organizer: college() }) },
    { name: 'a recognition plan without organizer', document: recognitionPlan({ organizer: undefined }) },
    { name: 'another province (440100): an unfiled social org is not flagged', document: recognitionPlan({ region: '440100', organizer: socialOrg() }) },
    { name: 'another province (320000): a late filing is not flagged', document: recognitionPlan({ region: '320000', organizer: college(filedOn('2021-06-01')) }) },
    { name: 'option organizerTypes: only social orgs', options: { organizerTypes: ['social-evaluation-org'] }, document: recognitionPlan({ organizer: college() }) },
  ],
  invalid: [
    { name: 'a technician college without filing', document: recognitionPlan({ organizer: college() }), errors: [{ messageId: 'notFiled', pointer: '/organizer', severity: 'error' }] },
    { name: 'a social evaluation organisation without filing', document: recognitionPlan({ organizer: socialOrg() }), errors: [{ messageId: 'notFiled', pointer: '/organizer' }] },
    { name: 'filed the day after publication', document: recognitionPlan({ organizer: college(filedOn('2021-03-02')) }), errors: [{ messageId: 'filedAfterPublication', pointer: '/organizer/filing' }] },
    { name: 'a plan without region is checked', document: recognitionPlan({ region: undefined, organizer: socialOrg() }), errors: [{ messageId: 'notFiled', pointer: '/organizer' }] },
    { name: 'option organizerTypes: vocational schools too', options: { organizerTypes: ['technician-college', 'social-evaluation-org', 'vocational-school'] }, document: recognitionPlan({ organizer: { name: '某职业技术学校', type: 'vocational-school' } }), errors: [{ messageId: 'notFiled', pointer: '/organizer' }] },
    {
      name: 'YAML text: the range is on the filing',
      filename: 'rd.plan.yaml',
      text: [
        'id: ZJ-WZ-RD-2021-004',
        'region: "330300"',
        'organizer:',
        '  name: 温州技师学院',
        '  type: technician-college',
        '  filing:',
        '    number: 浙技能认定备〔2021〕0032号',
        '    filedOn: 2021-03-20',
        'kind: skill-level-recognition',
        'publishedOn: 2021-03-10',
        'assessmentDates: [2021-04-24]',
        'items:',
        '  - occupation: 模具工',
        '    levels: [5, 4, 3]',
        '',
      ].join('\n'),
      errors: [{ messageId: 'filedAfterPublication', pointer: '/organizer/filing', line: 6 }],
    },
  ],
});
