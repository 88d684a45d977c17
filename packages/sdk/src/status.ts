import type { Diagnostic } from './diagnostics.js';
import { formatMessage, type Locale } from './messages.js';
import { Linter } from './engine/linter.js';
import type { PlanLookup } from './engine/rule.js';
import { builtinRules } from './rules/index.js';
import type { IsoDateString } from './dates.js';
import { isIsoDate } from './dates.js';

export interface CertificateStatus {
  status: 'valid' | 'invalid';
  /** Why it is invalid: the error-severity findings of the certificate rules (empty when valid). */
  reasons: Diagnostic[];
}

export interface CertificateStatusOptions {
  asOf?: IsoDateString;
  plans?: PlanLookup;
  /** A linter with the province's plugins; default: the core and national rules. */
  linter?: Linter;
  locale?: Locale;
}

const NOT_YET = { 'zh-CN': '证书发证日期 {issuedOn} 晚于查询日期 {asOf}', en: 'The certificate is issued on {issuedOn}, after the date asked about ({asOf})' };

/**
 * Is a certificate valid? A vocational-qualification certificate issued before its occupation left the catalog
 * stays valid (80号 §四 "退出目录前已发放的职业资格证书继续有效"); one issued after exit is valid only when a pre-exit
 * or make-up plan or a training programme backs it; a skill-level certificate must not be for an access-type
 * occupation nor issued by a government body. The verdict is the certificate rules' error findings, nothing else.
 */
export function certificateStatus(record: unknown, options: CertificateStatusOptions = {}): CertificateStatus {
  const linter = options.linter ?? new Linter({ rules: builtinRules, ...(options.asOf ? { asOf: options.asOf } : {}), ...(options.locale ? { locale: options.locale } : {}) });
  const reasons = linter.lintValue(record, 'certificate', options.plans ? { plans: options.plans } : {}).filter((d) => d.severity === 'error');
  const issuedOn = (record as { issuedOn?: unknown } | null)?.issuedOn;
  const asOf = options.asOf ?? linter.asOf;
  if (isIsoDate(issuedOn) && issuedOn > asOf) {
    const data = { issuedOn, asOf };
    reasons.push({ ruleId: 'core/status', messageId: 'issued-after-as-of', severity: 'error', message: formatMessage(NOT_YET, linter.locale, data), pointer: '/issuedOn', data });
  }
  return { status: reasons.length ? 'invalid' : 'valid', reasons };
}
