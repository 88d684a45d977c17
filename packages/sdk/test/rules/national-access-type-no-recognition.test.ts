import { RuleTester } from '../../src/testing/index.js';
import { definePlugin, type CertificateRecord, type Plan } from '../../src/index.js';
import { accessTypeNoRecognition } from '../../src/rules/index.js';
import { certificate, plan } from '../fixtures.js';

/** Stands in for @qualcat/plugin-zhejiang (another package): region 33 only, 焊工 added as access-type. */
const zhejiangStub = definePlugin({
  id: 'zhejiang-stub',
  appliesTo: { regions: ['33'] },
  catalog: [{ op: 'add', occupation: '焊工', group: { name: '焊接人员' }, category: 'access' }],
});

const recognition = (occupations: string[], overrides: Partial<Plan> = {}): Plan =>
  plan({
    id: 'ZJ-HZ-RD-2021-011',
    kind: 'skill-level-recognition',
    organizer: { name: '杭州市安保服务有限公司', type: 'enterprise' },
    publishedOn: '2021-04-12',
    registration: { opensOn: '2021-04-13', closesOn: '2021-04-30' },
    assessmentDates: ['2021-05-15'],
    items: occupations.map((occupation) => ({ occupation, levels: [5, 4] })) as unknown as Plan['items'],
    ...overrides,
  });
const skillLevel = (occupation: string, overrides: Partial<CertificateRecord> = {}): CertificateRecord =>
  certificate({
    type: 'skill-level',
    number: 'S000033010002214000037',
    occupation,
    issuer: { name: '杭州市安保服务有限公司', type: 'enterprise' },
    issuedOn: '2021-05-20',
    assessedOn: '2021-05-15',
    ...overrides,
  });

new RuleTester().run(accessTypeNoRecognition, {
  valid: [
    { name: 'recognition of level-evaluation occupations', document: recognition(['车工', '金属热处理工', '金属材料热处理工']) },
    { name: 'qualification assessment of an access-type occupation', document: plan({ items: [{ occupation: '保安员', levels: [5] }] }) },
    { name: 'a skill-level certificate for 车工', document: skillLevel('车工') },
    { name: 'a vocational-qualification certificate for 保安员', document: certificate({ occupation: '保安员' }) },
    { name: 'without the Zhejiang plugin 焊工 is not in the catalog (another rule’s finding)', document: recognition(['焊工']) },
  ],
  invalid: [
    {
      name: 'mixing access and level-evaluation occupations: one finding per access item',
      document: recognition(['车工', '保安员', '电工', '消防员']),
      errors: [
        { messageId: 'recognition-plan', pointer: '/items/1/occupation' },
        { messageId: 'recognition-plan', pointer: '/items/3/occupation' },
      ],
    },
    {
      name: 'all seven access-type occupations of the table',
      document: recognition(['保安员', '安检员', '民航乘务员', '机场运行指挥员', '消防员', '应急救援员', '森林消防员']),
      errors: [0, 1, 2, 3, 4, 5, 6].map((i) => ({ messageId: 'recognition-plan', pointer: `/items/${i}/occupation` })),
    },
    { name: 'a skill-level certificate for 安检员', document: skillLevel('安检员'), errors: [{ messageId: 'skill-level-certificate', pointer: '/occupation' }] },
  ],
});

new RuleTester({ plugins: [zhejiangStub] }).run(accessTypeNoRecognition, {
  valid: [
    { name: 'Jiangsu: the Zhejiang addition does not apply there', document: recognition(['焊工'], { region: '320500' }) },
    { name: 'Jiangsu certificate for 焊工', document: skillLevel('焊工', { region: '320583' }) },
    { name: 'Zhejiang: qualification assessment of 焊工 is fine', document: plan({ region: '330402', items: [{ occupation: '焊工', levels: [5] }] }) },
  ],
  invalid: [
    {
      name: 'Zhejiang: 焊工 is access-type by the catalog patch',
      document: recognition(['车工', '焊工']),
      errors: [{ messageId: 'recognition-plan', pointer: '/items/1/occupation' }],
    },
    { name: 'Zhejiang certificate for 焊工', document: skillLevel('焊工', { region: '330411' }), errors: [{ messageId: 'skill-level-certificate', pointer: '/occupation' }] },
    {
      name: 'a record without region is checked by every configured plugin',
      document: (() => {
        const c = skillLevel('焊工') as unknown as Record<string, unknown>;
        delete c.region;
        return c;
      })(),
      errors: [{ messageId: 'skill-level-certificate', pointer: '/occupation' }],
    },
    {
      name: 'Jiangsu: national access types still apply with the plugin on',
      document: recognition(['保安员'], { region: '320500' }),
      errors: [{ messageId: 'recognition-plan', pointer: '/items/0/occupation' }],
    },
  ],
});
