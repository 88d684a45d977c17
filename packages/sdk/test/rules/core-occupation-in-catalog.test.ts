import { RuleTester } from '../../src/testing/index.js';
import { occupationInCatalog } from '../../src/rules/index.js';
import { plan, certificate } from '../fixtures.js';

new RuleTester().run(occupationInCatalog, {
  valid: [
    { name: 'catalog occupations', document: plan({ items: [{ occupation: '车工', levels: [5] }, { occupation: '电工', levels: [4] }] }) },
    { name: 'a name kept as printed', document: plan({ items: [{ occupation: '(粮油) 仓储管理员', levels: [5] }] }) },
    { name: 'an access-type occupation is in the catalog', document: plan({ items: [{ occupation: '保安员', levels: [5] }] }) },
    { name: 'a certificate', document: certificate({ occupation: '茶艺师' }) },
  ],
  invalid: [
    {
      name: 'a near miss gets a suggestion and a fix',
      document: plan({ items: [{ occupation: '车工', levels: [5] }, { occupation: '金属热处理员', levels: [4] }] }),
      errors: [{ messageId: 'unknown', pointer: '/items/1/occupation', fix: [{ op: 'replace', path: '/items/1/occupation', value: '金属热处理工' }] }],
    },
    {
      name: 'identity is exact: no substring match',
      document: plan({ items: [{ occupation: '仓储管理员', levels: [5] }] }),
      errors: [{ messageId: 'unknown', pointer: '/items/0/occupation' }],
    },
    {
      name: '焊工 is not in the national catalog',
      document: plan({ region: '320500', items: [{ occupation: '焊工', levels: [5] }] }),
      errors: [{ messageId: 'unknown', pointer: '/items/0/occupation' }],
    },
    { name: 'a certificate', document: certificate({ occupation: '厨师' }), errors: [{ messageId: 'unknown', pointer: '/occupation' }] },
    {
      name: 'YAML text: the range is on the occupation line',
      filename: 'x.plan.yaml',
      text: 'id: P1\nkind: qualification-assessment\npublishedOn: 2020-08-01\nassessmentDates: [2020-08-20]\nitems:\n  - occupation: 金属热处理员\n    levels: [5]\n',
      errors: [{ messageId: 'unknown', pointer: '/items/0/occupation', line: 5 }],
    },
  ],
});
