import { defineRule } from '../../engine/rule.js';
import { pointerOf, type PatchOperation } from '../../diagnostics.js';
import { isIsoDate } from '../../dates.js';
import { NATIONAL_80 } from '../sources.js';

/**
 * A plan published before an occupation's exit may still hold sessions after it, if candidates may choose to go on
 * or to have their fee refunded. One finding per plan, at the earliest post-exit date of an item the plan pre-dates.
 */
export const preExitPlanContinuation = defineRule({
  id: 'national/pre-exit-plan-continuation',
  meta: {
    docs: {
      description: {
        'zh-CN': '退出前发布、退出后仍有鉴定场次的计划，须向考生同时提供继续鉴定和退费两种选择',
        en: 'A plan published before exit with a session on/after exit must offer candidates both continuing and a refund',
      },
      page: 'docs/rules/national/pre-exit-plan-continuation.md',
    },
    source: {
      document: NATIONAL_80,
      section: '§三',
      quote: '根据考生意愿，继续做好鉴定考试工作，或者退回有关费用。',
    },
    messages: {
      'choice-missing': {
        'zh-CN': '计划于“{occupation}”退出目录（{exitDate}）前发布，{date} 的鉴定在退出之后，须在 candidateChoice 中同时提供继续鉴定和退费',
        en: 'The plan was published before "{occupation}" left the catalog ({exitDate}) and assesses on {date}, after exit: candidateChoice must offer both continuing and a refund',
      },
    },
    defaultSeverity: 'warning',
    appliesTo: ['plan'],
    // The fix declares what the organiser offers candidates: shown as a code action, never applied by --fix.
    fixable: false,
  },
  defaultOptions: {},
  check(context) {
    if (context.target !== 'plan') return;
    const plan = context.document as {
      kind?: unknown;
      publishedOn?: unknown;
      assessmentDates?: unknown;
      items?: unknown;
      candidateChoice?: unknown;
    };
    if (plan.kind !== 'qualification-assessment' || !isIsoDate(plan.publishedOn)) return;
    if (!Array.isArray(plan.assessmentDates) || !Array.isArray(plan.items)) return;
    const publishedOn = plan.publishedOn;

    const choice = plan.candidateChoice;
    const choiceObject = choice && typeof choice === 'object' && !Array.isArray(choice) ? (choice as Record<string, unknown>) : undefined;
    if (choiceObject?.continueOffered === true && choiceObject.refundOffered === true) return;

    let earliest: { date: string; index: number; occupation: string; exitDate: string } | undefined;
    for (const item of plan.items as unknown[]) {
      const occupation = item && typeof item === 'object' ? (item as { occupation?: unknown }).occupation : undefined;
      if (typeof occupation !== 'string') continue;
      const exitDate = context.catalog.exitDateOf(occupation);
      if (exitDate === null || publishedOn >= exitDate) continue; // never exits, or a post-exit plan (another rule)
      (plan.assessmentDates as unknown[]).forEach((date, index) => {
        if (!isIsoDate(date) || date < exitDate) return;
        if (!earliest || date < earliest.date || (date === earliest.date && index < earliest.index)) {
          earliest = { date, index, occupation, exitDate };
        }
      });
    }
    if (!earliest) return;

    const patch: PatchOperation[] = choiceObject
      ? (['continueOffered', 'refundOffered'] as const)
          .filter((flag) => choiceObject[flag] !== true)
          .map((flag) => ({ op: 'add' as const, path: pointerOf('candidateChoice', flag), value: true }))
      : [{ op: 'add', path: '/candidateChoice', value: { continueOffered: true, refundOffered: true } }];
    const en = context.locale === 'en';
    context.report({
      messageId: 'choice-missing',
      pointer: pointerOf('assessmentDates', earliest.index),
      data: { occupation: earliest.occupation, exitDate: earliest.exitDate, date: earliest.date },
      fixes: [{ title: en ? 'Offer candidates both continuing and a refund' : '向考生提供继续鉴定或退费的选择', patch }],
    });
  },
});
