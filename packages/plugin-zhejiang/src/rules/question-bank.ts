import { defineRule, pointerOf, ZHEJIANG_27, type QuestionBank } from '@qualcat/sdk';
import { fields } from '../document.js';
import { isQuestionBankList, parameter, QUESTION_BANKS } from '../settings.js';

export interface QuestionBankOptions {
  /** Banks a qualification assessment may draw from; default: the plugin setting `allowedQuestionBanks`. */
  allowedQuestionBanks?: QuestionBank[];
}

const BANK_NAMES: Record<QuestionBank, { 'zh-CN': string; en: string }> = {
  national: { 'zh-CN': '国家题库', en: 'national' },
  provincial: { 'zh-CN': '省级题库', en: 'provincial' },
  municipal: { 'zh-CN': '市级题库', en: 'municipal' },
  'self-set': { 'zh-CN': '自行命题', en: 'self-set' },
};

/** 27号 §四 二是: "按规定使用国家或省级题库，从题库中抽取试题组卷". Skill-level recognition may set its own papers. */
export const questionBank = defineRule<QuestionBankOptions, 'bankNotAllowed' | 'missingBank'>({
  id: 'zhejiang/question-bank',
  meta: {
    docs: {
      description: {
        'zh-CN': '职业资格鉴定须使用国家或省级题库',
        en: 'Qualification assessments must draw their papers from the national or provincial question bank',
      },
      page: 'docs/rules/zhejiang/question-bank.md',
    },
    source: {
      document: ZHEJIANG_27,
      section: '§四 二是',
      quote:
        '二是严格职业资格鉴定命题和考务管理，按规定使用国家或省级题库，从题库中抽取试题组卷，统一使用“浙江省职业能力建设一体化平台”，规范工作流程。',
    },
    messages: {
      bankNotAllowed: {
        'zh-CN': '职业资格鉴定不得使用{bank}，应使用{allowed}',
        en: 'Qualification assessments may not use the {bank} question bank; use the {allowed} question bank',
      },
      missingBank: {
        'zh-CN': '职业资格鉴定计划未写明题库：应使用{allowed}',
        en: 'The qualification-assessment plan names no question bank; it must use the {allowed} question bank',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['plan'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedQuestionBanks: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { type: 'string', enum: [...QUESTION_BANKS], description: '题库 | A question bank' },
          description:
            '允许的题库；缺省取插件设置 allowedQuestionBanks（national、provincial） | Question banks allowed; defaults to the plugin setting allowedQuestionBanks (national, provincial)',
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
    const allowed = parameter(context, 'allowedQuestionBanks', isQuestionBankList);
    const locale = context.locale === 'en' ? 'en' : 'zh-CN';
    const allowedText = allowed.map((b) => BANK_NAMES[b][locale]).join(locale === 'en' ? ' or ' : '或');
    // The fix sets the provincial bank (27号's own), or the first allowed one when a config excludes it.
    const target: QuestionBank = allowed.includes('provincial') ? 'provincial' : allowed[0]!;
    const title = locale === 'en' ? `Use the ${BANK_NAMES[target].en} question bank` : `改用${BANK_NAMES[target]['zh-CN']}`;
    if (!('questionBank' in plan) || plan.questionBank === undefined) {
      context.report({
        messageId: 'missingBank',
        pointer: '',
        data: { allowed: allowedText },
        fixes: [{ title, patch: [{ op: 'add', path: pointerOf('questionBank'), value: target }] }],
      });
      return;
    }
    const bank = plan.questionBank;
    // A value outside the schema's enum is core/schema's finding.
    if (!(QUESTION_BANKS as readonly unknown[]).includes(bank) || allowed.includes(bank as QuestionBank)) return;
    context.report({
      messageId: 'bankNotAllowed',
      pointer: pointerOf('questionBank'),
      data: { bank: BANK_NAMES[bank as QuestionBank][locale], allowed: allowedText },
      fixes: [{ title, patch: [{ op: 'replace', path: pointerOf('questionBank'), value: target }] }],
    });
  },
});
