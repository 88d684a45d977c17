import type { Plan } from '@qualcat/sdk';
import { planFixture } from '@qualcat/sdk/testing';

/** A clean Donghai (东海市, 990100) qualification-assessment plan, before any exit date; cases override what they test. */
export function donghaiPlan(overrides: Partial<Plan> & Record<string, unknown> = {}): Plan {
  return planFixture({
    id: 'DH-DHS-JD-2020-001',
    title: '东海市2020年第1期职业技能鉴定计划',
    region: '990100',
    organizer: { name: '东海市职业技能鉴定指导中心', type: 'assessment-center' },
    publishedOn: '2020-09-01',
    registration: { opensOn: '2020-09-02', closesOn: '2020-09-10' },
    assessmentDates: ['2020-09-19'],
    platform: '东海省职业技能鉴定公共服务平台',
    items: [{ occupation: '电工', levels: [5, 4], candidates: 150 }],
    ...overrides,
  });
}
