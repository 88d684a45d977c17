import type { CertificateRecord, Plan } from '@qualcat/sdk';

/**
 * Clean documents; cases override what they test. Builders of the same shape as the SDK's test fixtures, kept here
 * because a plugin tests itself through the public packages only.
 */

/** A clean, pre-exit Hangzhou qualification-assessment plan (车工, batch 1) published before 27号. */
export function plan(overrides: Partial<Plan> & Record<string, unknown> = {}): Plan {
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

/** A plan without the given top-level keys (to test "missing" findings without schema-invalid values). */
export function planWithout(keys: readonly string[], overrides: Partial<Plan> & Record<string, unknown> = {}): Plan {
  const p = plan(overrides) as unknown as Record<string, unknown>;
  for (const key of keys) delete p[key];
  return p as unknown as Plan;
}

/** A clean batch-1 make-up plan (车工 exits 2020-09-30; window ends 2020-12-30). */
export function makeUpPlan(overrides: Partial<Plan> & Record<string, unknown> = {}): Plan {
  return plan({
    id: 'ZJ-BK-2020-001',
    purpose: 'make-up',
    makeUpOf: 'ZJ-2020-001',
    publishedOn: '2020-10-20',
    registration: { opensOn: '2020-10-21', closesOn: '2020-10-30' },
    assessmentDates: ['2020-11-14'],
    ...overrides,
  });
}

/** A clean skill-level recognition plan by a filed technician college, after both exits. */
export function recognitionPlan(overrides: Partial<Plan> & Record<string, unknown> = {}): Plan {
  return plan({
    id: 'ZJ-RD-2021-001',
    organizer: { name: '杭州技师学院', type: 'technician-college', filing: { number: '浙技能认定备〔2020〕0017号', filedOn: '2020-12-15' } },
    kind: 'skill-level-recognition',
    publishedOn: '2021-03-01',
    registration: { opensOn: '2021-03-02', closesOn: '2021-03-20' },
    assessmentDates: ['2021-04-10'],
    questionBank: 'self-set',
    items: [{ occupation: '车工', levels: [5, 4] }],
    ...overrides,
  });
}

/** A clean, pre-exit vocational-qualification certificate (车工, issued 2020-08-20). */
export function certificate(overrides: Partial<CertificateRecord> & Record<string, unknown> = {}): CertificateRecord {
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

/** A clean proof for a pre-exit 车工 certificate, issued by the original issuer after the exit. */
export function proof(overrides: Partial<CertificateRecord> & Record<string, unknown> = {}): CertificateRecord {
  const record = certificate({
    type: 'qualification-proof',
    number: 'ZJZM-2021-330100-0001',
    issuedOn: '2021-03-10',
    proof: {
      certificateNumber: '1833010003000412',
      originalIssuedOn: '2018-07-20',
      originalIssuer: '杭州市职业技能鉴定指导中心',
      reason: 'lost',
    },
    ...overrides,
  }) as CertificateRecord & Record<string, unknown>;
  if (!('assessedOn' in overrides)) delete record.assessedOn;
  return record;
}
