import { defineRule } from '../../engine/rule.js';
import { NATIONAL_80 } from '../sources.js';

/** Organisation types that are the government or act on its authority (80号 §一 "政府或其授权的单位"). */
export const GOVERNMENT_ORGANIZATION_TYPES = ['hr-department', 'assessment-center', 'assessment-station'] as const;

const TYPE_NAMES: Record<string, Record<'zh-CN' | 'en', string>> = {
  'hr-department': { 'zh-CN': '人力资源社会保障部门', en: 'an HR and social security department' },
  'assessment-center': { 'zh-CN': '职业技能鉴定中心', en: 'a vocational skill assessment centre' },
  'assessment-station': { 'zh-CN': '职业技能鉴定所（站）', en: 'a vocational skill assessment station' },
  'technician-college': { 'zh-CN': '技工院校', en: 'a technician college' },
  'vocational-school': { 'zh-CN': '职业院校', en: 'a vocational school' },
  enterprise: { 'zh-CN': '用人单位', en: 'an employer' },
  'social-evaluation-org': { 'zh-CN': '社会培训评价组织', en: 'a social training-evaluation organisation' },
};

export interface SkillLevelIssuerOptions {
  governmentTypes: string[];
}

/** Skill-level recognition is socialised: employers and social training-evaluation organisations, not the state. */
export const skillLevelIssuer = defineRule({
  id: 'national/skill-level-issuer',
  meta: {
    docs: {
      description: {
        'zh-CN': '职业技能等级认定不得由人社部门、鉴定中心或鉴定所（站）组织或发证',
        en: 'Skill-level recognition must not be run or certified by an HR department, an assessment centre or an assessment station',
      },
      page: 'docs/rules/national/skill-level-issuer.md',
    },
    source: {
      document: NATIONAL_80,
      section: '§一, §五',
      quote: '由用人单位和相关社会组织按照职业标准或评价规范开展职业技能等级认定、颁发职业技能等级证书，支持服务技能人才队伍建设。',
    },
    messages: {
      'government-organizer': {
        'zh-CN': '职业技能等级认定由用人单位和社会培训评价组织实施，不得由{typeName}组织',
        en: 'Skill-level recognition is run by employers and social training-evaluation organisations, not by {typeName}',
      },
      'government-issuer': {
        'zh-CN': '职业技能等级证书由用人单位和社会培训评价组织颁发，不得由{typeName}颁发',
        en: 'Skill-level certificates are issued by employers and social training-evaluation organisations, not by {typeName}',
      },
    },
    defaultSeverity: 'error',
    appliesTo: ['plan', 'certificate'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        governmentTypes: {
          type: 'array',
          uniqueItems: true,
          description: '视为政府或其授权单位的机构类型 | Organisation types counted as the government or bodies acting on its authority',
          items: {
            type: 'string',
            enum: ['hr-department', 'assessment-center', 'assessment-station', 'technician-college', 'vocational-school', 'enterprise', 'social-evaluation-org'],
            description: '机构类型 | Organisation type',
          },
        },
      },
    },
    fixable: false,
  },
  defaultOptions: { governmentTypes: [...GOVERNMENT_ORGANIZATION_TYPES] } as SkillLevelIssuerOptions,
  check(context) {
    const governmentTypes: readonly unknown[] = Array.isArray(context.options.governmentTypes) ? context.options.governmentTypes : [];
    const typeName = (type: string) => TYPE_NAMES[type]?.[context.locale] ?? type;
    if (context.target === 'plan') {
      const plan = context.document as { kind?: unknown; organizer?: unknown };
      if (plan.kind !== 'skill-level-recognition' || !plan.organizer || typeof plan.organizer !== 'object') return;
      const type = (plan.organizer as { type?: unknown }).type;
      if (typeof type === 'string' && governmentTypes.includes(type)) {
        context.report({ messageId: 'government-organizer', pointer: '/organizer/type', data: { type, typeName: typeName(type) } });
      }
      return;
    }
    const cert = context.document as { type?: unknown; issuer?: unknown };
    if (cert.type !== 'skill-level' || !cert.issuer || typeof cert.issuer !== 'object') return;
    const type = (cert.issuer as { type?: unknown }).type;
    if (typeof type === 'string' && governmentTypes.includes(type)) {
      context.report({ messageId: 'government-issuer', pointer: '/issuer/type', data: { type, typeName: typeName(type) } });
    }
  },
});
