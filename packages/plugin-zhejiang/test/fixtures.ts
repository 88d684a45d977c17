import type { CertificateRecord, Plan } from '@qualcat/sdk';

import { certificateFixture as certificate, planFixture as plan } from '@qualcat/sdk/testing';

/** Clean documents from the SDK's public test fixtures; cases override what they test. */
export { certificate, plan };

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
