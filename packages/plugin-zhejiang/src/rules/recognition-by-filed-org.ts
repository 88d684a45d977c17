import { defineRule, pointerOf, ZHEJIANG_27, type OrganizationType } from '@qualcat/sdk';
import { dateField, fields } from '../document.js';

export interface RecognitionByFiledOrgOptions {
  /** Organiser types that must have filed before they publish a recognition plan. */
  organizerTypes: OrganizationType[];
}

const ORGANIZATION_TYPES: readonly OrganizationType[] = [
  'hr-department',
  'assessment-center',
  'assessment-station',
  'technician-college',
  'vocational-school',
  'enterprise',
  'social-evaluation-org',
];

/**
 * 27号 §三: technician colleges and social training-evaluation organisations publish recognition plans once their
 * filing (备案) is complete. A filing dated on the publication day is in time (EXPECTED.md interpretation 7).
 */
export const recognitionByFiledOrg = defineRule<RecognitionByFiledOrgOptions, 'notFiled' | 'filedAfterPublication'>({
  id: 'zhejiang/recognition-by-filed-org',
  meta: {
    docs: {
      description: {
        'zh-CN': '技师学院、社会培训评价机构须完成等级认定备案后方可发布认定计划',
        en: 'Technician colleges and social evaluation organisations publish recognition plans only once filed',
      },
      page: 'docs/rules/zhejiang/recognition-by-filed-org.md',
    },
    source: {
      document: ZHEJIANG_27,
      section: '§三',
      // The sentence runs on after a page break in the source ("发布认定计划，……"); the quote stops at the break
      // so that it stays verbatim.
      quote: '已完成技能等级认定备案的技师学院和社会培训评价机构要及时',
    },
    messages: {
      notFiled: {
        'zh-CN': '“{organizer}”未完成职业技能等级认定备案，不得发布认定计划',
        en: '"{organizer}" has no skill-level recognition filing and may not publish a recognition plan',
      },
      filedAfterPublication: {
        'zh-CN': '认定计划于 {publishedOn} 发布，早于“{organizer}”的备案日期 {filedOn}',
        en: 'The recognition plan was published on {publishedOn}, before "{organizer}" was filed on {filedOn}',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['plan'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        organizerTypes: {
          type: 'array',
          uniqueItems: true,
          items: { type: 'string', enum: [...ORGANIZATION_TYPES], description: '机构类型 | Organiser type' },
          description:
            '须先备案的组织实施单位类型（缺省：技师学院、社会培训评价组织） | Organiser types that must be filed first (default: technician-college, social-evaluation-org)',
        },
      },
    },
    fixable: false,
  },
  defaultOptions: { organizerTypes: ['technician-college', 'social-evaluation-org'] },
  check(context) {
    if (context.target !== 'plan') return;
    const plan = fields(context.document);
    if (!plan || plan.kind !== 'skill-level-recognition') return;
    const organizer = fields(plan.organizer);
    const type = organizer?.type;
    const types: readonly unknown[] = Array.isArray(context.options.organizerTypes) ? context.options.organizerTypes : [];
    if (!organizer || typeof type !== 'string' || !types.includes(type)) return;
    const name = typeof organizer.name === 'string' && organizer.name ? organizer.name : type;
    if (!('filing' in organizer) || organizer.filing === undefined) {
      context.report({ messageId: 'notFiled', pointer: pointerOf('organizer'), data: { organizer: name } });
      return;
    }
    const filedOn = dateField(fields(organizer.filing)?.filedOn);
    const publishedOn = dateField(plan.publishedOn);
    if (filedOn === undefined || publishedOn === undefined || filedOn <= publishedOn) return;
    context.report({
      messageId: 'filedAfterPublication',
      pointer: pointerOf('organizer', 'filing'),
      data: { organizer: name, filedOn, publishedOn },
    });
  },
});
