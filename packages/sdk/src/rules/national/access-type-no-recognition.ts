import { defineRule } from '../../engine/rule.js';
import { pointerOf } from '../../diagnostics.js';
import { NATIONAL_80 } from '../sources.js';

/**
 * Access-type occupations stay government qualifications: no skill-level recognition for them. The category
 * comes from the active catalog, so a province's additions count (Zhejiang adds 焊工 as access, decision 3).
 */
export const accessTypeNoRecognition = defineRule({
  id: 'national/access-type-no-recognition',
  meta: {
    docs: {
      description: {
        'zh-CN': '准入类职业不得开展职业技能等级认定、不得颁发职业技能等级证书',
        en: 'No skill-level recognition plan or skill-level certificate for an access-type occupation',
      },
      page: 'docs/rules/national/access-type-no-recognition.md',
    },
    source: {
      document: NATIONAL_80,
      section: '§二, §六',
      quote: '与公共安全、人身健康、生命财产安全等密切相关的职业（工种）拟依法调整为准入类职业资格。',
    },
    messages: {
      'recognition-plan': {
        'zh-CN': '“{occupation}”为准入类职业资格，不得开展职业技能等级认定',
        en: '"{occupation}" is an access-type qualification: no skill-level recognition for it',
      },
      'skill-level-certificate': {
        'zh-CN': '“{occupation}”为准入类职业资格，不得颁发职业技能等级证书',
        en: '"{occupation}" is an access-type qualification: no skill-level certificate for it',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['plan', 'certificate'],
    fixable: false,
  },
  defaultOptions: {},
  check(context) {
    const isAccess = (occupation: unknown): occupation is string =>
      typeof occupation === 'string' && context.catalog.findOccupation(occupation)?.category === 'access';
    if (context.target === 'plan') {
      const plan = context.document as { kind?: unknown; items?: unknown };
      if (plan.kind !== 'skill-level-recognition' || !Array.isArray(plan.items)) return;
      plan.items.forEach((item: unknown, index) => {
        const occupation = item && typeof item === 'object' ? (item as { occupation?: unknown }).occupation : undefined;
        if (isAccess(occupation)) {
          context.report({ messageId: 'recognition-plan', pointer: pointerOf('items', index, 'occupation'), data: { occupation } });
        }
      });
      return;
    }
    const certificate = context.document as { type?: unknown; occupation?: unknown };
    if (certificate.type === 'skill-level' && isAccess(certificate.occupation)) {
      context.report({ messageId: 'skill-level-certificate', pointer: '/occupation', data: { occupation: certificate.occupation } });
    }
  },
});
