import { describe, expect, it } from 'vitest';
import { certificateStatus } from '../src/index.js';
import { certificate, plan } from './fixtures.js';

describe('certificateStatus (80号 §四: pre-exit certificates stay valid)', () => {
  it('a vocational-qualification certificate issued before exit stays valid, whatever the date asked about', () => {
    expect(certificateStatus(certificate({ issuedOn: '2020-09-29' }), { asOf: '2030-01-01' })).toEqual({ status: 'valid', reasons: [] });
  });
  it('issued on the exit date with nothing behind it: invalid, with the reason', () => {
    const { status, reasons } = certificateStatus(certificate({ issuedOn: '2020-09-30' }), { asOf: '2021-01-01' });
    expect(status).toBe('invalid');
    expect(reasons.map((r) => `${r.ruleId} ${r.pointer}`)).toEqual(['national/certificate-after-exit /issuedOn']);
  });
  it('issued after exit under a make-up plan: valid', () => {
    const makeUp = plan({ id: 'BK-1', purpose: 'make-up', makeUpOf: 'ZJ-2020-001', publishedOn: '2020-10-10', assessmentDates: ['2020-11-01'], registration: { opensOn: '2020-10-11', closesOn: '2020-10-20' } });
    const plans = { get: (id: string) => (id === 'BK-1' ? makeUp : undefined) };
    expect(certificateStatus(certificate({ issuedOn: '2020-11-20', assessedOn: '2020-11-01', planId: 'BK-1' }), { asOf: '2021-01-01', plans }).status).toBe('valid');
  });
  it('a skill-level certificate for an access-type occupation: invalid', () => {
    const { status, reasons } = certificateStatus(certificate({ type: 'skill-level', occupation: '保安员', issuer: { name: '某公司', type: 'enterprise' }, issuedOn: '2021-05-01', assessedOn: '2021-04-01' }), { asOf: '2021-06-01' });
    expect(status).toBe('invalid');
    expect(reasons.map((r) => r.ruleId)).toEqual(['national/access-type-no-recognition']);
  });
  it('not yet issued on the date asked about: invalid', () => {
    const { status, reasons } = certificateStatus(certificate({ issuedOn: '2020-08-20' }), { asOf: '2020-08-01' });
    expect(status).toBe('invalid');
    expect(reasons.map((r) => r.messageId)).toEqual(['issued-after-as-of']);
  });
});
