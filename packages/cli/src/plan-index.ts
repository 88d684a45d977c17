import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type Plan, type PlanLookup } from '@qualcat/sdk';
import { PLAN_FILE } from './files.js';

/**
 * Plans a document may refer to (makeUpOf, planId): those given on the command line first; on a miss, the plan
 * files of the project folders are read once (lazily, so a run that needs no lookup pays nothing).
 */
export class PlanIndex implements PlanLookup {
  private readonly byId = new Map<string, Plan>();
  private scanned = false;
  /** Set when a lookup through `added` found nothing. */
  missed = false;
  /** The plans added so far, without the project scan on a miss (which `missed` records instead). */
  readonly added: PlanLookup = {
    get: (id: string) => {
      const found = this.byId.get(id);
      if (found === undefined) this.missed = true;
      return found;
    },
  };
  constructor(private readonly projectRoots: () => readonly string[]) {}

  add(value: unknown): void {
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !this.byId.has(id)) this.byId.set(id, value as Plan);
  }

  get(id: string): Plan | undefined {
    const found = this.byId.get(id);
    if (found || this.scanned) return found;
    this.scanned = true;
    for (const root of this.projectRoots()) this.scan(root, 0);
    return this.byId.get(id);
  }

  private scan(dir: string, depth: number): void {
    if (depth > 12) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      // Symbolic links are not followed: no loops.
      if (entry.isDirectory()) this.scan(path, depth + 1);
      else if (entry.isFile() && PLAN_FILE.test(entry.name)) {
        try {
          const doc = parseDocument(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), path);
          if (doc.parseDiagnostics.length === 0) this.add(doc.value);
        } catch {
          // unreadable plan files are reported when they are validated themselves
        }
      }
    }
  }
}
