import { RuleTester } from '@qualcat/sdk/testing';
import { questionBank } from '../../src/index.js';
import { makeUpPlan, plan, planWithout, recognitionPlan } from '../fixtures.js';
import { pluginUnderTest } from '../tester.js';

new RuleTester({ plugins: [pluginUnderTest] }).run(questionBank, {
  valid: [
    { name: 'the provincial bank', document: plan({ questionBank: 'provincial' }) },
    { name: 'the national bank', document: plan({ questionBank: 'national' }) },
    { name: 'a make-up plan with the national bank', document: makeUpPlan({ questionBank: 'national' }) },
    { name: 'skill-level recognition may set its own papers', document: recognitionPlan({ questionBank: 'self-set' }) },
    { name: 'skill-level recognition without a bank', document: planWithout(['questionBank'], { kind: 'skill-level-recognition', organizer: { name: '某企业', type: 'enterprise' } }) },
    { name: 'another province (320000) with a municipal bank', document: plan({ region: '320000', questionBank: 'municipal' }) },
    { name: 'another province (440300) without a bank', document: planWithout(['questionBank'], { region: '440300' }) },
    { name: 'option allowedQuestionBanks admits the municipal bank', options: { allowedQuestionBanks: ['national', 'provincial', 'municipal'] }, document: plan({ questionBank: 'municipal' }) },
  ],
  invalid: [
    {
      name: 'a municipal bank, fixed to the provincial one',
      document: plan({ questionBank: 'municipal' }),
      errors: [{ messageId: 'bankNotAllowed', pointer: '/questionBank', severity: 'error', fix: [{ op: 'replace', path: '/questionBank', value: 'provincial' }] }],
    },
    { name: 'self-set papers', document: plan({ questionBank: 'self-set' }), errors: [{ messageId: 'bankNotAllowed', pointer: '/questionBank' }] },
    {
      name: 'no bank: reported at the document, fixed by adding the provincial one',
      document: planWithout(['questionBank']),
      errors: [{ messageId: 'missingBank', pointer: '', fix: [{ op: 'add', path: '/questionBank', value: 'provincial' }] }],
    },
    { name: 'a make-up plan too', document: makeUpPlan({ questionBank: 'municipal' }), errors: [{ messageId: 'bankNotAllowed', pointer: '/questionBank' }] },
    { name: 'access-type 保安员 too', document: plan({ items: [{ occupation: '保安员', levels: [5] }], questionBank: 'self-set' }), errors: [{ messageId: 'bankNotAllowed', pointer: '/questionBank' }] },
    { name: 'a plan without region is checked', document: plan({ region: undefined, questionBank: 'municipal' }), errors: [{ messageId: 'bankNotAllowed', pointer: '/questionBank' }] },
    {
      name: 'option allowedQuestionBanks: national only; the fix uses the first allowed bank',
      options: { allowedQuestionBanks: ['national'] },
      document: plan({ questionBank: 'provincial' }),
      errors: [{ messageId: 'bankNotAllowed', pointer: '/questionBank', fix: [{ op: 'replace', path: '/questionBank', value: 'national' }] }],
    },
  ],
});
