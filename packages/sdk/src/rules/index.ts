import type { AnyRule } from '../engine/rule.js';
import { dateOrder } from './core/date-order.js';
import { duplicateCertificate } from './core/duplicate-certificate.js';
import { idNumber } from './core/id-number.js';
import { occupationInCatalog } from './core/occupation-in-catalog.js';
import { accessTypeNoRecognition } from './national/access-type-no-recognition.js';
import { certificateAfterExit } from './national/certificate-after-exit.js';
import { noAssessmentAfterExit } from './national/no-assessment-after-exit.js';
import { preExitPlanContinuation } from './national/pre-exit-plan-continuation.js';
import { rushIssuance } from './national/rush-issuance.js';
import { skillLevelIssuer } from './national/skill-level-issuer.js';

/**
 * The explicit registry (no globbing): every built-in rule is listed here by hand, and the meta-tests check
 * that each has a doc page, both messages, and valid and invalid cases.
 */
export const coreRules: readonly AnyRule[] = [occupationInCatalog, dateOrder, idNumber, duplicateCertificate];
export const nationalRules: readonly AnyRule[] = [
  noAssessmentAfterExit,
  accessTypeNoRecognition,
  preExitPlanContinuation,
  certificateAfterExit,
  skillLevelIssuer,
  rushIssuance,
];
export const builtinRules: readonly AnyRule[] = [...coreRules, ...nationalRules];

export {
  occupationInCatalog,
  dateOrder,
  idNumber,
  duplicateCertificate,
  noAssessmentAfterExit,
  accessTypeNoRecognition,
  preExitPlanContinuation,
  certificateAfterExit,
  skillLevelIssuer,
  rushIssuance,
};
