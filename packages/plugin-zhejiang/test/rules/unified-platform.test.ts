import { RuleTester } from '@qualcat/sdk/testing';
import { unifiedPlatform } from '../../src/index.js';
import { makeUpPlan, plan, planWithout, recognitionPlan } from '../fixtures.js';
import { pluginUnderTest } from '../tester.js';

const PLATFORM = '浙江省职业能力建设一体化平台';

new RuleTester({ plugins: [pluginUnderTest] }).run(unifiedPlatform, {
  valid: [
    { name: 'the unified platform', document: plan() },
    { name: 'a make-up plan on the unified platform', document: makeUpPlan() },
    { name: 'an access-type occupation (保安员) on the unified platform', document: plan({ publishedOn: '2021-03-01', registration: { opensOn: '2021-03-02', closesOn: '2021-03-10' }, assessmentDates: ['2021-04-01'], items: [{ occupation: '保安员', levels: [5] }] }) },
    { name: 'skill-level recognition may use its own system', document: recognitionPlan({ platform: '某评价机构考务系统' }) },
    { name: 'skill-level recognition without a platform', document: planWithout(['platform'], { kind: 'skill-level-recognition', organizer: { name: '某企业', type: 'enterprise' } }) },
    { name: 'another province (320000) with its own platform', document: plan({ region: '320000', platform: '江苏省职业技能鉴定管理系统' }) },
    { name: 'another province (440300) without a platform', document: planWithout(['platform'], { region: '440300' }) },
    { name: 'option platform: a renamed platform', options: { platform: '浙江省职业能力建设一体化平台（新）' }, document: plan({ platform: '浙江省职业能力建设一体化平台（新）' }) },
  ],
  invalid: [
    {
      name: 'another platform, with a fix',
      document: plan({ platform: '杭州市职业技能鉴定考务系统' }),
      errors: [{ messageId: 'wrongPlatform', pointer: '/platform', severity: 'error', fix: [{ op: 'replace', path: '/platform', value: PLATFORM }] }],
    },
    {
      name: 'no platform: reported at the document, fixed by adding it',
      document: planWithout(['platform']),
      errors: [{ messageId: 'missingPlatform', pointer: '', fix: [{ op: 'add', path: '/platform', value: PLATFORM }] }],
    },
    { name: 'near-namesake: the name must match exactly (quotation marks)', document: plan({ platform: `“${PLATFORM}”` }), errors: [{ messageId: 'wrongPlatform', pointer: '/platform' }] },
    { name: 'near-namesake: a shortened name', document: plan({ platform: '浙江省职业能力建设平台' }), errors: [{ messageId: 'wrongPlatform', pointer: '/platform' }] },
    { name: 'near-namesake: a trailing blank', document: plan({ platform: `${PLATFORM} ` }), errors: [{ messageId: 'wrongPlatform', pointer: '/platform' }] },
    { name: 'a make-up plan too', document: makeUpPlan({ platform: '宁波市鉴定系统' }), errors: [{ messageId: 'wrongPlatform', pointer: '/platform' }] },
    { name: 'access-type 焊工 too', document: plan({ items: [{ occupation: '焊工', levels: [5] }], platform: '嘉兴市鉴定系统' }), errors: [{ messageId: 'wrongPlatform', pointer: '/platform' }] },
    { name: 'a plan without region is checked', document: plan({ region: undefined, platform: '某系统' }), errors: [{ messageId: 'wrongPlatform', pointer: '/platform' }] },
    { name: 'the option replaces the setting', options: { platform: '浙江省职业能力建设一体化平台（新）' }, document: plan(), errors: [{ messageId: 'wrongPlatform', pointer: '/platform', fix: [{ op: 'replace', path: '/platform', value: '浙江省职业能力建设一体化平台（新）' }] }] },
    {
      name: 'JSON text: the range is on the platform line',
      filename: 'p.plan.json',
      text: JSON.stringify(plan({ platform: '某系统' }), null, 2),
      errors: [{ messageId: 'wrongPlatform', pointer: '/platform', line: 18 }],
    },
  ],
});
