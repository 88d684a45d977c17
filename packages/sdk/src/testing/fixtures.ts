import type { CertificateRecord, Plan } from '../generated/types.js';

type Overrides<T> = Partial<T> & Record<string, unknown>;

/**
 * A clean, pre-exit Hangzhou qualification-assessment plan (车工, batch 1, published before 27号): no rule of the
 * national or Zhejiang set finds anything in it. Test cases override what they test.
 */
export function planFixture(overrides: Overrides<Plan> = {}): Plan {
  return {
    id: 'ZJ-2020-001',
    title: '2020年第三批职业技能鉴定计划',
    region: '330100',
    organizer: { name: '杭州市职业技能鉴定指导中心', type: 'assessment-center' },
    kind: 'qualification-assessment',
    purpose: 'regular',
    publishedOn: '2020-07-01',
    registration: { opensOn: '2020-07-02', closesOn: '2020-07-20' },
    assessmentDates: ['2020-08-01'],
    platform: '浙江省职业能力建设一体化平台',
    questionBank: 'provincial',
    items: [{ occupation: '车工', levels: [5, 4] }],
    ...overrides,
  } as Plan;
}

/** A clean, pre-exit vocational-qualification certificate (车工, Hangzhou); test cases override what they test. */
export function certificateFixture(overrides: Overrides<CertificateRecord> = {}): CertificateRecord {
  return {
    type: 'vocational-qualification',
    number: '2033010200001',
    holder: { name: '王小明', idNumber: '11010519491231002X' },
    occupation: '车工',
    level: 4,
    issuer: { name: '杭州市职业技能鉴定指导中心', type: 'assessment-center' },
    region: '330100',
    issuedOn: '2020-08-20',
    assessedOn: '2020-08-01',
    ...overrides,
  } as CertificateRecord;
}
