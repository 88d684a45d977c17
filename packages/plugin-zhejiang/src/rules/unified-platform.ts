import { defineRule, pointerOf, ZHEJIANG_27 } from '@qualcat/sdk';
import { fields } from '../document.js';
import { isNonEmptyString, parameter } from '../settings.js';

export interface UnifiedPlatformOptions {
  /** The required platform name; default: the plugin setting `platform` (浙江省职业能力建设一体化平台). */
  platform?: string;
}

/**
 * 27号 §四 二是 (and §二): qualification assessments use 浙江省职业能力建设一体化平台, by that exact name
 * (EXPECTED.md interpretation 6). Every Zhejiang qualification-assessment plan, make-up and access-type included.
 */
export const unifiedPlatform = defineRule<UnifiedPlatformOptions, 'wrongPlatform' | 'missingPlatform'>({
  id: 'zhejiang/unified-platform',
  meta: {
    docs: {
      description: {
        'zh-CN': '职业资格鉴定计划须统一使用“浙江省职业能力建设一体化平台”',
        en: 'Qualification-assessment plans must run on the unified platform 浙江省职业能力建设一体化平台',
      },
      page: 'docs/rules/zhejiang/unified-platform.md',
    },
    source: {
      document: ZHEJIANG_27,
      section: '§四 二是',
      quote:
        '二是严格职业资格鉴定命题和考务管理，按规定使用国家或省级题库，从题库中抽取试题组卷，统一使用“浙江省职业能力建设一体化平台”，规范工作流程。',
    },
    messages: {
      wrongPlatform: {
        'zh-CN': '职业资格鉴定须统一使用“{expected}”，而非“{platform}”',
        en: 'Qualification assessments must use "{expected}", not "{platform}"',
      },
      missingPlatform: {
        'zh-CN': '职业资格鉴定计划未写明平台：须统一使用“{expected}”',
        en: 'The qualification-assessment plan names no platform: it must use "{expected}"',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['plan'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        platform: {
          type: 'string',
          minLength: 1,
          description:
            '须使用的平台名称（完全一致）；缺省取插件设置 platform | The platform name required, matched exactly; defaults to the plugin setting platform',
        },
      },
    },
    fixable: true,
  },
  defaultOptions: {},
  check(context) {
    if (context.target !== 'plan') return;
    const plan = fields(context.document);
    if (!plan || plan.kind !== 'qualification-assessment') return;
    const expected = parameter(context, 'platform', isNonEmptyString);
    const en = context.locale === 'en';
    const title = en ? `Set the platform to "${expected}"` : `平台改为“${expected}”`;
    if (!('platform' in plan) || plan.platform === undefined) {
      context.report({
        messageId: 'missingPlatform',
        pointer: '',
        data: { expected },
        fixes: [{ title, patch: [{ op: 'add', path: pointerOf('platform'), value: expected }] }],
      });
      return;
    }
    // A non-string or empty platform already fails the schema.
    if (!isNonEmptyString(plan.platform) || plan.platform === expected) return;
    context.report({
      messageId: 'wrongPlatform',
      pointer: pointerOf('platform'),
      data: { expected, platform: plan.platform },
      fixes: [{ title, patch: [{ op: 'replace', path: pointerOf('platform'), value: expected }] }],
    });
  },
});
