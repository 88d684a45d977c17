/**
 * Holder ID numbers are personal data: no audit output (terminal, JSON, SARIF, HTML) shows one unless the user
 * asks with `--show-pii`. Rules already mask the numbers they quote (core/id-number); this is the second line of
 * defence, applied to the whole output text, so a number quoted by any rule, schema message or plugin is caught.
 */

import { maskIdNumber } from '@qualcat/sdk';

export { maskIdNumber };

/**
 * A standalone 18-character (17 digits + digit/X) or 15-digit run: the second- and first-generation ID formats.
 * Deliberately broad (no region or birth-date check): a mistyped ID number must be masked too. Certificate
 * numbers (16 digits, or a letter prefix) do not match.
 */
const ID_NUMBER = /(?<![0-9A-Za-z])(?:\d{17}[0-9Xx]|\d{15})(?![0-9A-Za-z])/g;

export function maskPii(text: string): string {
  return text.replace(ID_NUMBER, maskIdNumber);
}
