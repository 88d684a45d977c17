import type { AnyRule } from '@qualcat/sdk';
import { certificateProof } from './certificate-proof.js';
import { makeUpWindow } from './make-up-window.js';
import { noPostExitReissue } from './no-post-exit-reissue.js';
import { questionBank } from './question-bank.js';
import { recognitionByFiledOrg } from './recognition-by-filed-org.js';
import { rushAssessment } from './rush-assessment.js';
import { unifiedPlatform } from './unified-platform.js';

/**
 * The explicit registry (no globbing): every rule of the plugin is listed here by hand, in DOMAIN.md's order; the
 * meta-test checks each has a doc page quoting 27号 verbatim, both messages, and valid and invalid cases.
 */
export const zhejiangRules: readonly AnyRule[] = [
  makeUpWindow,
  unifiedPlatform,
  questionBank,
  recognitionByFiledOrg,
  certificateProof,
  noPostExitReissue,
  rushAssessment,
];

export { certificateProof, makeUpWindow, noPostExitReissue, questionBank, recognitionByFiledOrg, rushAssessment, unifiedPlatform };
