import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseDocument, type Plan, type PlanLookup } from '@qualcat/sdk';
import { UsageError } from '../errors.js';
import { expandPaths, readText } from '../files.js';

export interface LoadedPlans {
  lookup: PlanLookup;
  plans: Plan[];
  /** Plan files that could not be used (unreadable, not parseable, no id, or an id already taken). */
  skipped: Array<{ file: string; reason: string }>;
}

/**
 * `--plans DIR`: every *.plan.json / *.plan.yaml under DIR (recursively), by id. A plan that fails its schema is
 * still used — the rules read what they need defensively, and plan problems are `qualcat validate`'s business —
 * but one that does not parse or has no id cannot be, and is listed. The first file (in path order) wins an id.
 */
export async function loadPlans(dir: string, cwd: string): Promise<LoadedPlans> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`--plans must be a folder of plan files (got the file “${dir}”)`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--plans folder “${dir}” does not exist`);
  }
  const { files } = await expandPaths([dir], cwd);
  const byId = new Map<string, Plan>();
  const skipped: LoadedPlans['skipped'] = [];
  for (const file of files) {
    const rel = relative(cwd, file) || file;
    const read = await readText(file);
    if (!read.ok) {
      skipped.push({ file: rel, reason: read.detail });
      continue;
    }
    const doc = parseDocument(read.text, file);
    const value = doc.value as Partial<Plan> | undefined;
    if (doc.parseDiagnostics.length || !value || typeof value !== 'object' || typeof value.id !== 'string') {
      skipped.push({ file: rel, reason: doc.parseDiagnostics.length ? 'does not parse' : 'has no id' });
      continue;
    }
    if (byId.has(value.id)) {
      skipped.push({ file: rel, reason: `repeats the id ${value.id}` });
      continue;
    }
    byId.set(value.id, value as Plan);
  }
  const plans = [...byId.values()];
  return { lookup: lookupOf(plans), plans, skipped };
}

export function lookupOf(plans: readonly Plan[]): PlanLookup {
  const byId = new Map(plans.map((p) => [p.id, p]));
  return { get: (id) => byId.get(id) };
}
