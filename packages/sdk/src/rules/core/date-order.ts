import { defineRule } from '../../engine/rule.js';
import { pointerOf } from '../../diagnostics.js';
import { isIsoDate } from '../../dates.js';
import { ZHEJIANG_27 } from '../sources.js';

/**
 * The dates of one document must follow each other. Only well-formed calendar dates are compared: a date the
 * schema rejected (2020-02-30) is `core/schema`'s finding, not this rule's.
 */
export const dateOrder = defineRule({
  id: 'core/date-order',
  meta: {
    docs: {
      description: {
        'zh-CN': '计划与证书中的日期须前后一致：报名先开始后截止且在首次鉴定之前截止，鉴定不早于发布，发证不早于鉴定',
        en: 'Dates must follow each other: registration opens before it closes and closes before the first assessment, assessments are on/after publication, certificates are issued on/after assessment',
      },
      page: 'docs/rules/core/date-order.md',
    },
    source: {
      document: ZHEJIANG_27,
      section: '§四 三是',
      quote: '加强职业资格证书数据审核，确保证书数据准确可靠，严禁问题数据入网。',
    },
    messages: {
      'registration-closes-before-opens': {
        'zh-CN': '报名截止日期 {closesOn} 不晚于报名开始日期 {opensOn}',
        en: 'Registration closes on {closesOn}, not after it opens on {opensOn}',
      },
      'registration-closes-after-assessment': {
        'zh-CN': '报名截止日期 {closesOn} 不早于首次鉴定日期 {firstAssessment}',
        en: 'Registration closes on {closesOn}, not before the first assessment on {firstAssessment}',
      },
      'assessment-before-publication': {
        'zh-CN': '鉴定日期 {date} 早于计划发布日期 {publishedOn}',
        en: 'Assessment date {date} is before the plan is published on {publishedOn}',
      },
      'issued-before-assessment': {
        'zh-CN': '发证日期 {issuedOn} 早于鉴定日期 {assessedOn}',
        en: 'Issued on {issuedOn}, before the assessment on {assessedOn}',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['plan', 'certificate'],
    fixable: false,
  },
  defaultOptions: {},
  check(context) {
    if (context.target === 'certificate') {
      const { issuedOn, assessedOn } = context.document as { issuedOn?: unknown; assessedOn?: unknown };
      if (isIsoDate(issuedOn) && isIsoDate(assessedOn) && issuedOn < assessedOn) {
        context.report({ messageId: 'issued-before-assessment', pointer: '/issuedOn', data: { issuedOn, assessedOn } });
      }
      return;
    }
    const plan = context.document as { publishedOn?: unknown; registration?: unknown; assessmentDates?: unknown };
    const dates: Array<{ date: string; index: number }> = [];
    if (Array.isArray(plan.assessmentDates)) {
      plan.assessmentDates.forEach((date: unknown, index) => {
        if (isIsoDate(date)) dates.push({ date, index });
      });
    }
    const firstAssessment = dates.reduce<string | undefined>((min, { date }) => (min === undefined || date < min ? date : min), undefined);

    const registration = plan.registration;
    if (registration && typeof registration === 'object' && !Array.isArray(registration)) {
      const { opensOn, closesOn } = registration as { opensOn?: unknown; closesOn?: unknown };
      const pointer = pointerOf('registration', 'closesOn');
      // One finding per offending field: a closing date both too early and too late reports the first problem.
      if (isIsoDate(closesOn) && isIsoDate(opensOn) && closesOn <= opensOn) {
        context.report({ messageId: 'registration-closes-before-opens', pointer, data: { opensOn, closesOn } });
      } else if (isIsoDate(closesOn) && firstAssessment !== undefined && closesOn >= firstAssessment) {
        context.report({ messageId: 'registration-closes-after-assessment', pointer, data: { closesOn, firstAssessment } });
      }
    }

    if (isIsoDate(plan.publishedOn)) {
      const publishedOn = plan.publishedOn;
      for (const { date, index } of dates) {
        if (date < publishedOn) {
          context.report({ messageId: 'assessment-before-publication', pointer: pointerOf('assessmentDates', index), data: { date, publishedOn } });
        }
      }
    }
  },
});
