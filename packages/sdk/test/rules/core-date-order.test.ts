import { RuleTester } from '../../src/testing/index.js';
import { dateOrder } from '../../src/rules/index.js';
import { plan, certificate } from '../fixtures.js';

new RuleTester().run(dateOrder, {
  valid: [
    { name: 'a clean plan', document: plan() },
    { name: 'a clean certificate', document: certificate() },
    {
      name: 'an assessment on the publication day is allowed',
      document: plan({ publishedOn: '2020-07-01', registration: { opensOn: '2020-06-20', closesOn: '2020-06-30' }, assessmentDates: ['2020-07-03', '2020-07-01'] }),
    },
    { name: 'registration closing the day before the first assessment', document: plan({ registration: { opensOn: '2020-07-02', closesOn: '2020-07-31' } }) },
    {
      name: 'the first assessment is the earliest date, not the first listed',
      document: plan({ registration: { opensOn: '2020-07-02', closesOn: '2020-07-20' }, assessmentDates: ['2020-09-05', '2020-07-21'] }),
    },
    {
      name: 'no registration block (optional)',
      document: (() => {
        const p = plan() as unknown as Record<string, unknown>;
        delete p.registration;
        return p;
      })(),
    },
    { name: 'issued on the assessment day', document: certificate({ assessedOn: '2020-08-20', issuedOn: '2020-08-20' }) },
    {
      name: 'a certificate without assessedOn',
      document: (() => {
        const c = certificate() as unknown as Record<string, unknown>;
        delete c.assessedOn;
        return c;
      })(),
    },
  ],
  invalid: [
    {
      name: 'registration closes on the day it opens (strict)',
      document: plan({ registration: { opensOn: '2020-07-10', closesOn: '2020-07-10' } }),
      errors: [{ messageId: 'registration-closes-before-opens', pointer: '/registration/closesOn' }],
    },
    {
      name: 'registration closes before it opens',
      document: plan({ registration: { opensOn: '2020-07-10', closesOn: '2020-07-05' } }),
      errors: [{ messageId: 'registration-closes-before-opens', pointer: '/registration/closesOn' }],
    },
    {
      name: 'registration closes on the first assessment day (strict)',
      document: plan({ registration: { opensOn: '2020-07-02', closesOn: '2020-08-01' } }),
      errors: [{ messageId: 'registration-closes-after-assessment', pointer: '/registration/closesOn' }],
    },
    {
      name: 'registration closes after the earliest assessment, listed second',
      document: plan({ registration: { opensOn: '2020-07-02', closesOn: '2020-08-29' }, assessmentDates: ['2020-09-05', '2020-08-22'] }),
      errors: [{ messageId: 'registration-closes-after-assessment', pointer: '/registration/closesOn' }],
    },
    {
      name: 'one finding per field: closes both before opening and after the first assessment',
      document: plan({ registration: { opensOn: '2020-08-10', closesOn: '2020-08-05' } }),
      errors: [{ messageId: 'registration-closes-before-opens', pointer: '/registration/closesOn' }],
    },
    {
      name: 'every assessment date before publication is reported',
      document: plan({ publishedOn: '2020-07-15', registration: { opensOn: '2020-07-01', closesOn: '2020-07-05' }, assessmentDates: ['2020-07-11', '2020-08-15', '2020-07-14'] }),
      errors: [
        { messageId: 'assessment-before-publication', pointer: '/assessmentDates/0' },
        { messageId: 'assessment-before-publication', pointer: '/assessmentDates/2' },
      ],
    },
    {
      name: 'a certificate issued before its assessment',
      document: certificate({ issuedOn: '2020-08-15', assessedOn: '2020-08-22' }),
      errors: [{ messageId: 'issued-before-assessment', pointer: '/issuedOn' }],
    },
    {
      name: 'YAML text: the range is on the closesOn line',
      filename: 'x.plan.yaml',
      text: 'id: P1\nkind: qualification-assessment\npublishedOn: 2020-07-20\nregistration:\n  opensOn: 2020-07-21\n  closesOn: 2020-08-29\nassessmentDates: [2020-08-22]\nitems:\n  - occupation: 美容师\n    levels: [5]\n',
      errors: [{ messageId: 'registration-closes-after-assessment', pointer: '/registration/closesOn', line: 5 }],
    },
  ],
});
