import { definePlugin } from '@qualcat/sdk';
import { assessmentCapacity } from './rules/assessment-capacity.js';
import { DONGHAI_12 } from './source.js';

/**
 * 东海省 (Donghai, region 99 — a made-up province) as a qualcat plugin: 东人社发〔2020〕12号 (fictional, see
 * docs/notice.md). It shows the three things a provincial plugin does:
 *   1. adds a rule of its own (donghai/assessment-capacity, §二);
 *   2. tightens national rules for its own documents (§一, §三);
 *   3. patches the catalog for its own documents (§三: 潜水员 is access-type here).
 * All three apply only to documents whose `region` starts with 99.
 */
export const donghai = definePlugin({
  id: 'donghai',
  title: '东海省（虚构示例） | Donghai (a made-up province)',
  source: { document: DONGHAI_12, issuedOn: '2020-08-31' },
  appliesTo: { regions: ['99'] },
  rules: [assessmentCapacity],
  overrides: {
    // §一: a pre-exit plan running past the exit date without offering continue-or-refund "不得组织实施" — an error here.
    'national/pre-exit-plan-continuation': 'error',
    // §三: "超过平时两倍的…予以重点核查" — flag issuance at twice the baseline instead of the national three times.
    'national/rush-issuance': ['warning', { factor: 2 }],
  },
  catalog: [
    {
      op: 'add',
      occupation: '潜水员',
      group: { name: '潜水作业人员' },
      category: 'access',
      exit: null,
      reason: `${DONGHAI_12} §三`,
    },
  ],
});

export default donghai;
export { assessmentCapacity, DONGHAI_12 };
export type { AssessmentCapacityOptions } from './rules/assessment-capacity.js';
