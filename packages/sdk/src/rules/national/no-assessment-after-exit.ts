import { defineRule } from '../../engine/rule.js';
import { pointerOf, type Fix } from '../../diagnostics.js';
import { isIsoDate } from '../../dates.js';
import { NATIONAL_80 } from '../sources.js';

export interface NoAssessmentAfterExitOptions {
  exemptTrainingPrograms: boolean;
}

/**
 * Government assessment ends on the exit date (DOMAIN.md decision 1: published on/after the exit date is post-exit).
 * Each item is judged against its own occupation's exit date; access-type and unknown occupations never exit.
 */
export const noAssessmentAfterExit = defineRule({
  id: 'national/no-assessment-after-exit',
  meta: {
    docs: {
      description: {
        'zh-CN': '职业退出目录之日起不得再发布该职业的职业资格鉴定计划（注明所补考计划的补考计划除外）',
        en: 'No qualification-assessment plan for an occupation may be published on/after its exit date, except a make-up plan naming the plan it re-sits',
      },
      page: 'docs/rules/national/no-assessment-after-exit.md',
    },
    source: {
      document: NATIONAL_80,
      section: '§一, §三',
      quote: '将水平评价类技能人员职业资格分批有序退出目录，不再由政府或其授权的单位认定发证，转为社会化等级认定',
    },
    messages: {
      'after-exit': {
        'zh-CN': '“{occupation}”已于 {exitDate} 退出目录，{publishedOn} 发布的常规鉴定计划不得再包含该职业',
        en: '"{occupation}" left the catalog on {exitDate}; a regular assessment plan published on {publishedOn} may no longer include it',
      },
      'make-up-without-make-up-of': {
        'zh-CN': '“{occupation}”已于 {exitDate} 退出目录；补考计划须以 makeUpOf 注明所补考的退出前计划',
        en: '"{occupation}" left the catalog on {exitDate}; a make-up plan must name the pre-exit plan it re-sits in makeUpOf',
      },
      'unknown-make-up-plan': {
        'zh-CN': '补考所对应的计划“{makeUpOf}”不存在',
        en: 'The plan this make-up re-sits, "{makeUpOf}", is not known',
      },
      'make-up-of-post-exit-plan': {
        'zh-CN': '所补考的计划“{makeUpOf}”发布于 {originalPublishedOn}，不早于 {occupations} 的退出日期 {exitDate}，不是退出前计划',
        en: 'The re-sat plan "{makeUpOf}" was published on {originalPublishedOn}, not before {occupations} left the catalog on {exitDate}: it is not a pre-exit plan',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['plan'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        exemptTrainingPrograms: {
          type: 'boolean',
          description:
            '为职业资格证书培养计划（trainingProgram）举行的鉴定也豁免（80号 §三；默认不豁免，27号 §二 对此类学员发放职业技能等级证书） | Also exempt plans serving a certificate training programme (trainingProgram, 80号 §三; default: no, 27号 §二 gives those students skill-level certificates)',
        },
      },
    },
    fixable: true,
  },
  defaultOptions: { exemptTrainingPrograms: false } as NoAssessmentAfterExitOptions,
  check(context) {
    if (context.target !== 'plan') return;
    const plan = context.document as {
      kind?: unknown;
      purpose?: unknown;
      makeUpOf?: unknown;
      publishedOn?: unknown;
      items?: unknown;
      trainingProgram?: unknown;
    };
    if (plan.kind !== 'qualification-assessment' || !isIsoDate(plan.publishedOn) || !Array.isArray(plan.items)) return;
    const publishedOn = plan.publishedOn;
    if (context.options.exemptTrainingPrograms && plan.trainingProgram && typeof plan.trainingProgram === 'object') return;

    const exited: Array<{ occupation: string; exitDate: string; index: number }> = [];
    plan.items.forEach((item: unknown, index) => {
      const occupation = item && typeof item === 'object' ? (item as { occupation?: unknown }).occupation : undefined;
      if (typeof occupation !== 'string') return;
      const exitDate = context.catalog.exitDateOf(occupation);
      if (exitDate !== null && publishedOn >= exitDate) exited.push({ occupation, exitDate, index });
    });
    if (exited.length === 0) return;

    const isMakeUp = plan.purpose === 'make-up';
    const makeUpOf = typeof plan.makeUpOf === 'string' && plan.makeUpOf !== '' ? plan.makeUpOf : undefined;
    const en = context.locale === 'en';

    if (isMakeUp && makeUpOf !== undefined) {
      if (!context.plans) return; // the reference cannot be checked here: the declared make-up is exempt
      const original = context.plans.get(makeUpOf);
      if (!original) {
        context.report({ messageId: 'unknown-make-up-plan', pointer: '/makeUpOf', data: { makeUpOf } });
        return;
      }
      const originalPublishedOn: unknown = original.publishedOn;
      if (!isIsoDate(originalPublishedOn)) return; // nothing to compare with; the other plan's schema check says why
      const notCovered = exited.filter((e) => originalPublishedOn >= e.exitDate);
      if (notCovered.length === 0) return;
      context.report({
        messageId: 'make-up-of-post-exit-plan',
        pointer: '/makeUpOf',
        data: {
          makeUpOf,
          originalPublishedOn,
          occupations: notCovered.map((e) => (en ? `"${e.occupation}"` : `“${e.occupation}”`)).join(en ? ', ' : '、'),
          exitDate: notCovered.reduce((min, e) => (e.exitDate < min ? e.exitDate : min), notCovered[0]!.exitDate),
        },
      });
      return;
    }

    // The one safe repair: the plan already names the pre-exit plan it re-sits, only `purpose` contradicts it.
    // Offered only when the result is exempt: the named plan is unknown to this run, or known and pre-exit.
    const original = makeUpOf !== undefined && context.plans ? context.plans.get(makeUpOf) : undefined;
    const originalPublishedOn: unknown = original?.publishedOn;
    const repairable =
      makeUpOf !== undefined &&
      (!context.plans ||
        (original !== undefined && (!isIsoDate(originalPublishedOn) || exited.every((e) => originalPublishedOn < e.exitDate))));
    const fixes: Fix[] | undefined = repairable
      ? [{ title: en ? `Mark as a make-up of "${makeUpOf}"` : `标为“${makeUpOf}”的补考计划`, patch: [{ op: 'add', path: '/purpose', value: 'make-up' }] }]
      : undefined;
    for (const { occupation, exitDate, index } of exited) {
      context.report({
        messageId: isMakeUp ? 'make-up-without-make-up-of' : 'after-exit',
        pointer: pointerOf('items', index, 'occupation'),
        data: { occupation, exitDate, publishedOn },
        ...(fixes ? { fixes } : {}),
      });
    }
  },
});
