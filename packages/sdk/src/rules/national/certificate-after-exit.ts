import { defineRule } from '../../engine/rule.js';
import { isIsoDate } from '../../dates.js';
import { NATIONAL_80 } from '../sources.js';

/**
 * After exit, a vocational-qualification certificate is only the tail of work begun before it (80号 §三):
 * a pre-exit plan's candidates, a make-up plan, or a certificate training programme.
 */
export const certificateAfterExit = defineRule({
  id: 'national/certificate-after-exit',
  meta: {
    docs: {
      description: {
        'zh-CN': '退出目录之日起颁发的职业资格证书须有退出前计划、补考计划或证书培养计划为依据',
        en: 'A vocational-qualification certificate issued on/after exit must rest on a pre-exit plan, a make-up plan or a certificate training programme',
      },
      page: 'docs/rules/national/certificate-after-exit.md',
    },
    source: {
      document: NATIONAL_80,
      section: '§一, §三, §四',
      quote: '将水平评价类技能人员职业资格分批有序退出目录，不再由政府或其授权的单位认定发证，转为社会化等级认定',
    },
    messages: {
      'after-exit': {
        'zh-CN': '“{occupation}”已于 {exitDate} 退出目录，{issuedOn} 颁发的职业资格证书没有退出前计划、补考计划或培养计划为依据',
        en: '"{occupation}" left the catalog on {exitDate}; this certificate, issued on {issuedOn}, rests on no pre-exit plan, make-up plan or training programme',
      },
      'unknown-plan': {
        'zh-CN': '证书所依据的计划“{planId}”不存在',
        en: 'The plan the certificate was assessed under, "{planId}", is not known',
      },
      'plan-after-exit': {
        'zh-CN': '证书所依据的计划“{planId}”发布于 {planPublishedOn}，不早于“{occupation}”的退出日期 {exitDate}，且不是补考计划',
        en: 'The plan "{planId}" was published on {planPublishedOn}, not before "{occupation}" left the catalog on {exitDate}, and is not a make-up plan',
      },
      'training-after-exit': {
        'zh-CN': '培养计划的招生日期 {enrolledOn} 不早于“{occupation}”的退出日期 {exitDate}，不是职业资格证书培养计划',
        en: 'The training programme enrolled on {enrolledOn}, not before "{occupation}" left the catalog on {exitDate}: it is not a qualification-certificate programme',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['certificate'],
    fixable: false,
  },
  defaultOptions: {},
  check(context) {
    if (context.target !== 'certificate') return;
    const cert = context.document as {
      type?: unknown;
      occupation?: unknown;
      issuedOn?: unknown;
      planId?: unknown;
      trainingProgram?: unknown;
    };
    if (cert.type !== 'vocational-qualification' || typeof cert.occupation !== 'string' || !isIsoDate(cert.issuedOn)) return;
    const occupation = cert.occupation;
    const issuedOn = cert.issuedOn;
    const exitDate = context.catalog.exitDateOf(occupation);
    if (exitDate === null || issuedOn < exitDate) return;

    // A training programme counts when its students were enrolled before the exit (enrolled for the qualification).
    const program = cert.trainingProgram && typeof cert.trainingProgram === 'object' ? (cert.trainingProgram as { enrolledOn?: unknown }) : undefined;
    const enrolledOn = program?.enrolledOn;
    if (program && (!isIsoDate(enrolledOn) || enrolledOn < exitDate)) return;

    const planId = typeof cert.planId === 'string' && cert.planId !== '' ? cert.planId : undefined;
    if (planId !== undefined) {
      // Without the plans (a single file linted on its own) the reference cannot be judged: it counts as backing.
      if (!context.plans) return;
      const plan = context.plans.get(planId);
      if (!plan) {
        context.report({ messageId: 'unknown-plan', pointer: '/planId', data: { planId } });
        return;
      }
      const planPublishedOn: unknown = plan.publishedOn;
      if (plan.purpose === 'make-up' || !isIsoDate(planPublishedOn) || planPublishedOn < exitDate) return;
      context.report({ messageId: 'plan-after-exit', pointer: '/planId', data: { planId, planPublishedOn, occupation, exitDate } });
      return;
    }
    if (program) {
      context.report({ messageId: 'training-after-exit', pointer: '/trainingProgram/enrolledOn', data: { enrolledOn, occupation, exitDate } });
      return;
    }
    context.report({ messageId: 'after-exit', pointer: '/issuedOn', data: { occupation, exitDate, issuedOn } });
  },
});
