import type { AnyRule } from '../engine/rule.js';
import { occupationInCatalog } from './core/occupation-in-catalog.js';

/**
 * The explicit registry (no globbing): every built-in rule is listed here by hand, and the meta-tests check
 * that each has a doc page, both messages, and valid and invalid cases.
 */
export const coreRules: readonly AnyRule[] = [occupationInCatalog];
export const nationalRules: readonly AnyRule[] = [];
export const builtinRules: readonly AnyRule[] = [...coreRules, ...nationalRules];

export { occupationInCatalog };
