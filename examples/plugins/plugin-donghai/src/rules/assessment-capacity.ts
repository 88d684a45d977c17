import { defineRule, pointerOf } from '@qualcat/sdk';
import { DONGHAI_12 } from '../source.js';

export interface AssessmentCapacityOptions {
  maxCandidatesPerDate: number;
}

/**
 * 东人社发〔2020〕12号 §二: at most `maxCandidatesPerDate` candidates per occupation per assessment day, so an
 * occupation's planned candidates may not exceed that cap times the plan's (distinct) assessment dates.
 * Items listing the same occupation (e.g. split by level) are added up: the notice counts per occupation.
 */
export const assessmentCapacity = defineRule<AssessmentCapacityOptions, 'over-capacity' | 'over-capacity-total'>({
  id: 'donghai/assessment-capacity',
  meta: {
    docs: {
      description: {
        'zh-CN': '鉴定计划每个职业的计划人数不得超过每个鉴定日的容量乘以鉴定日数',
        en: "An assessment plan's candidates per occupation must not exceed the per-day cap times the number of assessment dates",
      },
      page: 'docs/rules/donghai/assessment-capacity.md',
    },
    source: {
      document: DONGHAI_12,
      section: '§二',
      quote: '各鉴定机构每个鉴定日每个职业安排鉴定的考生不得超过200人；计划人数超出的，应当增加鉴定日期，不得超容量组织鉴定。',
    },
    messages: {
      'over-capacity': {
        'zh-CN': '“{occupation}”计划 {candidates} 人，超过 {dates} 个鉴定日的容量 {capacity} 人（每个鉴定日至多 {perDate} 人）；至少需要 {neededDates} 个鉴定日',
        en: '"{occupation}" plans {candidates} candidates, over the capacity of {dates} assessment date(s), {capacity} ({perDate} per date); it needs at least {neededDates} dates',
      },
      'over-capacity-total': {
        'zh-CN': '“{occupation}”在 {itemCount} 个条目中合计计划 {candidates} 人，超过 {dates} 个鉴定日的容量 {capacity} 人（每个鉴定日至多 {perDate} 人）；至少需要 {neededDates} 个鉴定日',
        en: '"{occupation}" plans {candidates} candidates across {itemCount} items, over the capacity of {dates} assessment date(s), {capacity} ({perDate} per date); it needs at least {neededDates} dates',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['plan'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxCandidatesPerDate: {
          type: 'integer',
          minimum: 1,
          description: '每个鉴定日每个职业至多安排的考生人数（12号 §二：200） | Most candidates per occupation per assessment date (§二: 200)',
        },
      },
    },
    // Adding dates or cutting candidates is the organiser's call: there is no safe automatic fix.
    fixable: false,
  },
  defaultOptions: { maxCandidatesPerDate: 200 },
  check(context) {
    if (context.target !== 'plan') return;
    const plan = context.document;
    // The notice speaks of 鉴定 (qualification assessment); skill-level recognition is run by employers and others.
    if (plan.kind !== 'qualification-assessment') return;
    const perDate = context.options.maxCandidatesPerDate;
    if (typeof perDate !== 'number' || !(perDate >= 1)) return;
    // Documents may be schema-invalid: count only well-formed, distinct dates (the same day twice is one day).
    const dates = Array.isArray(plan.assessmentDates)
      ? new Set(plan.assessmentDates.filter((d): d is string => typeof d === 'string')).size
      : 0;
    if (dates === 0) return;
    const capacity = perDate * dates;
    if (!Array.isArray(plan.items)) return;

    // Per occupation, in document order: the running total, and the item where it first goes over.
    const byOccupation = new Map<string, { total: number; items: number; over?: number }>();
    plan.items.forEach((item, index) => {
      if (!item || typeof item !== 'object') return;
      const { occupation, candidates } = item;
      if (typeof occupation !== 'string' || typeof candidates !== 'number' || !Number.isFinite(candidates)) return;
      const entry = byOccupation.get(occupation) ?? { total: 0, items: 0 };
      entry.total += candidates;
      entry.items += 1;
      if (entry.over === undefined && entry.total > capacity) entry.over = index;
      byOccupation.set(occupation, entry);
    });

    for (const [occupation, { total, items, over }] of byOccupation) {
      if (over === undefined) continue;
      context.report({
        messageId: items > 1 ? 'over-capacity-total' : 'over-capacity',
        // The item that tipped the occupation over the cap.
        pointer: pointerOf('items', over, 'candidates'),
        data: { occupation, candidates: total, itemCount: items, dates, capacity, perDate, neededDates: Math.ceil(total / perDate) },
      });
    }
  },
});
