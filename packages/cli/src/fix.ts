import { readFile } from 'node:fs/promises';
import { applyPatchToText, parseDocument, type Diagnostic, type Fix, type Linter, type PlanLookup } from '@qualcat/sdk';
import { ReadOnlyFileError, writeFileAtomic } from './write.js';

/** Passes over one file; each pass applies one fix and lints again, so fixes never conflict. */
const MAX_FIXES_PER_FILE = 50;

/** A fix `--fix` may apply without asking: the rule says its fixes are safe, and it offers exactly one. */
export function safeFix(d: Diagnostic, fixable: ReadonlySet<string>): Fix | undefined {
  if (d.fixes?.length !== 1) return undefined;
  if (fixable.has(d.ruleId) || (d.ruleId === 'core/schema' && d.messageId === 'unknown-property')) return d.fixes[0];
  return undefined;
}

export interface FixOutcome {
  text: string;
  applied: string[];
  diagnostics: Diagnostic[];
}

/** Applies safe fixes to a document's text until none is left; returns the new text and what remains. */
export function fixText(text: string, file: string, linter: Linter, plans: PlanLookup | undefined): FixOutcome {
  const fixable = new Set(linter.effectiveRules().filter((r) => r.rule.meta.fixable).map((r) => r.rule.id));
  const skipped = new Set<string>();
  const applied: string[] = [];
  let current = text;
  for (let i = 0; i <= MAX_FIXES_PER_FILE; i++) {
    const parsed = parseDocument(current, file, { locale: linter.locale });
    const diagnostics = linter.lintParsed(parsed, { kind: 'plan', ...(plans ? { plans } : {}) });
    const candidate = i < MAX_FIXES_PER_FILE ? diagnostics.find((d) => safeFix(d, fixable) && !skipped.has(keyOf(d))) : undefined;
    if (!candidate) return { text: current, applied, diagnostics };
    try {
      const next = applyPatchToText(current, safeFix(candidate, fixable)!.patch, parsed.format).text;
      if (next === current) skipped.add(keyOf(candidate));
      else {
        applied.push(`${candidate.ruleId} ${candidate.pointer}`);
        current = next;
      }
    } catch {
      skipped.add(keyOf(candidate));
    }
  }
  return { text: current, applied, diagnostics: [] };
}

function keyOf(d: Diagnostic) {
  return `${d.ruleId}\u0000${d.messageId}\u0000${d.pointer}`;
}

export type WriteOutcome = 'written' | 'changed-meanwhile' | 'read-only' | 'write-failed';

/**
 * Writes the fixed text only if the file still holds what was read (else the user's newer edit wins), and only if the
 * user may write the file (a read-only file is respected, not replaced). `detail` is the system's code.
 */
export async function writeIfUnchanged(file: string, original: string, fixed: string): Promise<{ outcome: WriteOutcome; detail?: string }> {
  let now: string;
  try {
    now = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    return { outcome: 'write-failed', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  if (now !== original) return { outcome: 'changed-meanwhile' };
  try {
    const hadBom = (await readFile(file)).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
    await writeFileAtomic(file, hadBom ? '\uFEFF' + fixed : fixed);
    return { outcome: 'written' };
  } catch (error) {
    if (error instanceof ReadOnlyFileError) return { outcome: 'read-only', detail: error.code };
    return { outcome: 'write-failed', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}
