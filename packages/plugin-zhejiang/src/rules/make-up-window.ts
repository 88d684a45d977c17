import { addCalendarMonths, defineRule, pointerOf, ZHEJIANG_27, type Fix } from '@qualcat/sdk';
import { assessmentDates, dateField, fields, itemExits, type Fields } from '../document.js';
import { isWholeMonths, parameter } from '../settings.js';

export interface MakeUpWindowOptions {
  /** Calendar months after the exit date; default: the plugin setting `makeUpWindowMonths` (3). */
  makeUpWindowMonths?: number;
}

/**
 * 27号 §二: once an occupation has left the catalog only make-up assessments may be published, and they must be
 * held "within three months after the exit". Window end = addCalendarMonths(exitDate, months), inclusive
 * (DOMAIN.md decision 2): batch 1 → 2020-12-30, batch 2 → 2021-03-31.
 */
export const makeUpWindow = defineRule<MakeUpWindowOptions, 'outsideWindow'>({
  id: 'zhejiang/make-up-window',
  meta: {
    docs: {
      description: {
        'zh-CN': '补考鉴定须在退出目录后三个月内实施',
        en: 'Make-up assessments must be held within three months after the occupation leaves the catalog',
      },
      page: 'docs/rules/zhejiang/make-up-window.md',
    },
    source: {
      document: ZHEJIANG_27,
      section: '§二',
      quote:
        '有关职业退出目录之日起，各级人力社保部门在浙江省职业能力建设一体化平台仅可发布适用于补考的鉴定计划，且应在退出目录后三个月内实施鉴定。',
    },
    messages: {
      outsideWindow: {
        'zh-CN': '补考鉴定日期 {date} 超出“{occupation}”退出目录（{exitDate}）后 {months} 个月的补考期（至 {windowEnd}）',
        en: 'Make-up assessment on {date} is after the {months}-month window following the exit of "{occupation}" ({exitDate}), which ends on {windowEnd}',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['plan'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        makeUpWindowMonths: {
          type: 'integer',
          minimum: 1,
          description:
            '补考期长度（自然月，自退出日期起算，末日含当日）；缺省取插件设置 makeUpWindowMonths（3） | Length of the make-up window in calendar months after the exit date, end inclusive; defaults to the plugin setting makeUpWindowMonths (3)',
        },
      },
    },
    fixable: true,
  },
  // Empty on purpose: a missing option falls back to the plugin's settings (src/settings.ts `parameter`).
  defaultOptions: {},
  check(context) {
    if (context.target !== 'plan') return;
    const plan = fields(context.document);
    if (!plan || plan.kind !== 'qualification-assessment' || plan.purpose !== 'make-up') return;
    const months = parameter(context, 'makeUpWindowMonths', isWholeMonths);
    const windows = itemExits(plan, context.catalog)
      .map((item) => ({ ...item, windowEnd: addCalendarMonths(item.exitDate, months) }))
      // The strictest window first: a date outside it is reported once, against that item.
      .sort((a, b) => (a.windowEnd < b.windowEnd ? -1 : a.windowEnd > b.windowEnd ? 1 : a.index - b.index));
    const strictest = windows[0];
    if (!strictest) return;
    const dates = assessmentDates(plan);
    for (const { index, date } of dates) {
      if (date <= strictest.windowEnd) continue;
      context.report({
        messageId: 'outsideWindow',
        pointer: pointerOf('assessmentDates', index),
        data: {
          date,
          occupation: strictest.occupation,
          exitDate: strictest.exitDate,
          months,
          windowEnd: strictest.windowEnd,
        },
        fixes: moveToWindowEnd(plan, dates, index, strictest.windowEnd, context.locale === 'en'),
      });
    }
  },
});

/**
 * Moving the date back to the window's last day is safe only when that day is still on/after publication,
 * after registration closes (core/date-order) and not already one of the plan's dates.
 */
function moveToWindowEnd(
  plan: Fields,
  dates: Array<{ date: string }>,
  index: number,
  windowEnd: string,
  en: boolean,
): Fix[] {
  const publishedOn = dateField(plan.publishedOn);
  const closesOn = dateField(fields(plan.registration)?.closesOn);
  if (publishedOn !== undefined && windowEnd < publishedOn) return [];
  if (closesOn !== undefined && windowEnd <= closesOn) return [];
  if (dates.some((d) => d.date === windowEnd)) return [];
  return [
    {
      title: en ? `Move the assessment to ${windowEnd}, the last day of the window` : `改为补考期最后一天 ${windowEnd}`,
      patch: [{ op: 'replace', path: pointerOf('assessmentDates', index), value: windowEnd }],
    },
  ];
}
