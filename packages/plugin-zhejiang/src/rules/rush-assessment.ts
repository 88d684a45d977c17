import { addDays, defineRule, pointerOf, ZHEJIANG_27 } from '@qualcat/sdk';
import { assessmentDates, dateField, fields, itemExits } from '../document.js';
import { isDate, isWholeDays, parameter } from '../settings.js';

export interface RushAssessmentOptions {
  /** Plans published strictly after this date are checked; default: the plugin setting `rushFrom` (2020-08-26). */
  rushFrom?: string;
  /** Days before an exit that count as the rush window; default: the plugin setting `rushWindowDays` (30). */
  rushWindowDays?: number;
}

/**
 * 27号 §四 三是 forbids rushing assessments in before the exit. A plan published after the notice (2020-08-26)
 * with an assessment in the 30 days before an item's exit — exit − 30 days ≤ d < exit (EXPECTED.md
 * interpretation 1) — is flagged, once per date. A warning: a rush is a pattern to look into, not proof.
 */
export const rushAssessment = defineRule<RushAssessmentOptions, 'rushBeforeExit'>({
  id: 'zhejiang/rush-assessment',
  meta: {
    docs: {
      description: {
        'zh-CN': '27号印发后新发布的鉴定计划不得在退出目录前 30 天内突击鉴定',
        en: 'Assessment plans published after 27号 must not rush assessments into the 30 days before the exit',
      },
      page: 'docs/rules/zhejiang/rush-assessment.md',
    },
    source: {
      document: ZHEJIANG_27,
      section: '§四 三是',
      quote: '三是严格职业资格证书发放管理，严禁在退出目录前违规突击鉴定、颁发职业资格证书。',
    },
    messages: {
      rushBeforeExit: {
        'zh-CN': '计划于 {publishedOn} 发布，鉴定日期 {date} 落在“{occupation}”退出目录（{exitDate}）前 {days} 天内，疑似突击鉴定',
        en: 'Plan published on {publishedOn} schedules an assessment on {date}, within {days} days before "{occupation}" leaves the catalog ({exitDate}): a possible rush',
      },
    },
    defaultSeverity: 'warning',
    appliesTo: ['plan'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        rushFrom: {
          type: 'string',
          pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
          description:
            '晚于此日期（不含）发布的计划才检查；缺省取插件设置 rushFrom（2020-08-26，27号印发日） | Only plans published strictly after this date are checked; defaults to the plugin setting rushFrom (2020-08-26, the notice date)',
        },
        rushWindowDays: {
          type: 'integer',
          minimum: 1,
          description:
            '退出目录前多少天内视为突击；缺省取插件设置 rushWindowDays（30） | How many days before an exit count as a rush; defaults to the plugin setting rushWindowDays (30)',
        },
      },
    },
    fixable: false,
  },
  defaultOptions: {},
  check(context) {
    if (context.target !== 'plan') return;
    const plan = fields(context.document);
    if (!plan || plan.kind !== 'qualification-assessment') return;
    const rushFrom = parameter(context, 'rushFrom', isDate);
    const days = parameter(context, 'rushWindowDays', isWholeDays);
    const publishedOn = dateField(plan.publishedOn);
    if (publishedOn === undefined || publishedOn <= rushFrom) return;
    const windows = itemExits(plan, context.catalog)
      .map((item) => ({ ...item, windowStart: addDays(item.exitDate, -days) }))
      .sort((a, b) => (a.exitDate < b.exitDate ? -1 : a.exitDate > b.exitDate ? 1 : a.index - b.index));
    for (const { index, date } of assessmentDates(plan)) {
      // Reported once per date, against the earliest exit whose window it falls in.
      const hit = windows.find((w) => w.windowStart <= date && date < w.exitDate);
      if (!hit) continue;
      context.report({
        messageId: 'rushBeforeExit',
        pointer: pointerOf('assessmentDates', index),
        data: { publishedOn, date, occupation: hit.occupation, exitDate: hit.exitDate, days },
      });
    }
  },
});
