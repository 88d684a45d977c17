import { distance } from 'fastest-levenshtein';
import catalogData from '../../data/catalog.json' with { type: 'json' };
import type { Catalog, CatalogPatch, Qualification } from '../generated/types.js';
import type { IsoDateString } from '../dates.js';

export type Batch = 1 | 2;
export type Category = 'level-evaluation' | 'access';

/** Everything qualcat knows about one occupation of the active catalog. */
export interface OccupationInfo {
  /** Name exactly as printed in the table (DOMAIN.md decision 4: identity is exact string match). */
  readonly name: string;
  readonly group: { readonly no: number; readonly name: string };
  /** Id of the table sub-row, e.g. `21-2`. */
  readonly qualificationId: string;
  readonly category: Category;
  /** Exit batch; null for access-type occupations, which never exit. */
  readonly batch: Batch | null;
  /** First day out of the catalog (decision 1); null when the occupation never exits. */
  readonly exitDate: IsoDateString | null;
  readonly departments: readonly string[];
  readonly code?: string;
  /** Where the entry comes from: the catalog's document, or the patch that added or amended it. */
  readonly origin: string;
}

export class CatalogPatchError extends Error {
  readonly code = 'QC_CATALOG_PATCH';
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
    this.name = 'CatalogPatchError';
  }
}

/** A catalog with its occupations indexed by exact name. Immutable: patches return a new one. */
export class ResolvedCatalog {
  readonly data: Catalog;
  private readonly byName: Map<string, OccupationInfo>;
  private readonly exitDates: Map<number, IsoDateString>;

  constructor(data: Catalog, entries?: Iterable<OccupationInfo>) {
    this.data = data;
    this.exitDates = new Map(data.batches.map((b) => [b.id, b.exitDate]));
    this.byName = new Map();
    if (entries) {
      for (const entry of entries) this.byName.set(entry.name, entry);
      return;
    }
    for (const q of data.qualifications) {
      for (const occupation of q.occupations) {
        // The first printing wins: the table prints 重冶金法冶炼工 twice in one row (decision 4).
        if (this.byName.has(occupation.name)) continue;
        this.byName.set(occupation.name, Object.freeze(this.infoFor(q, occupation.name, occupation.code)));
      }
    }
  }

  private infoFor(q: Qualification, name: string, code: string | undefined): OccupationInfo {
    const batch = (q.exit?.batch ?? null) as Batch | null;
    return {
      name,
      group: Object.freeze({ no: q.group.no, name: q.group.name }),
      qualificationId: q.id,
      category: q.category,
      batch,
      exitDate: batch === null ? null : this.exitDateOfBatch(batch),
      departments: Object.freeze([...q.departments]),
      ...(code ? { code } : {}),
      origin: this.data.source.document,
    };
  }

  exitDateOfBatch(batch: Batch): IsoDateString {
    const date = this.exitDates.get(batch);
    if (!date) throw new RangeError(`catalog ${this.data.id} has no batch ${batch}`);
    return date;
  }

  /** Exact-name lookup; undefined when the name is not in the catalog. */
  findOccupation(name: string): OccupationInfo | undefined {
    return this.byName.get(name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The exit date of an occupation, or null when it never exits (access-type) or is unknown. */
  exitDateOf(name: string): IsoDateString | null {
    return this.byName.get(name)?.exitDate ?? null;
  }

  /** Whether `onDate` is on or after the occupation's exit date (decision 1). False for access-type and unknown names. */
  isExited(name: string, onDate: IsoDateString): boolean {
    const exitDate = this.exitDateOf(name);
    return exitDate !== null && onDate >= exitDate;
  }

  occupations(): OccupationInfo[] {
    return [...this.byName.values()];
  }

  get size(): number {
    return this.byName.size;
  }

  /**
   * "Did you mean": the closest catalog names by edit distance, for suggestions only (identity stays exact).
   * A name containing or contained in a catalog name always qualifies.
   */
  suggest(name: string, limit = 3): string[] {
    const needle = name.trim();
    if (!needle) return [];
    const maxDistance = Math.max(1, Math.floor(needle.length / 3));
    const scored: Array<[string, number]> = [];
    for (const candidate of this.byName.keys()) {
      if (candidate === needle) return [candidate];
      const d = distance(needle, candidate);
      const contains = candidate.includes(needle) || needle.includes(candidate);
      if (d <= maxDistance || contains) scored.push([candidate, contains ? Math.min(d, maxDistance) : d]);
    }
    scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], 'zh-CN'));
    return scored.slice(0, limit).map(([n]) => n);
  }

  /** Applies patches (plugins' `catalog`) and returns a new catalog; `origin` names who patched. */
  withPatches(patches: readonly CatalogPatch[], origin: string): ResolvedCatalog {
    const entries = new Map(this.byName);
    patches.forEach((patch, index) => {
      const existing = entries.get(patch.occupation);
      if (patch.op === 'add') {
        if (existing) throw new CatalogPatchError(`cannot add “${patch.occupation}”: it is already in the catalog`, index);
        if (!patch.group || !patch.category) {
          throw new CatalogPatchError(`adding “${patch.occupation}” needs a group and a category`, index);
        }
        const batch = patch.category === 'access' ? null : ((patch.exit?.batch ?? null) as Batch | null);
        if (patch.category === 'level-evaluation' && batch === null) {
          throw new CatalogPatchError(`adding level-evaluation “${patch.occupation}” needs exit.batch`, index);
        }
        entries.set(
          patch.occupation,
          Object.freeze({
            name: patch.occupation,
            group: Object.freeze({ no: patch.group.no ?? 0, name: patch.group.name }),
            qualificationId: `${origin}:${patch.occupation}`,
            category: patch.category,
            batch,
            exitDate: batch === null ? null : this.exitDateOfBatch(batch),
            departments: Object.freeze([...(patch.departments ?? [])]),
            origin,
          }),
        );
      } else if (patch.op === 'amend') {
        if (!existing) throw new CatalogPatchError(`cannot amend “${patch.occupation}”: it is not in the catalog`, index);
        const category = patch.category ?? existing.category;
        const batch =
          category === 'access' ? null : patch.exit !== undefined ? ((patch.exit?.batch ?? null) as Batch | null) : existing.batch;
        entries.set(
          patch.occupation,
          Object.freeze({
            ...existing,
            category,
            batch,
            exitDate: batch === null ? null : this.exitDateOfBatch(batch),
            departments: Object.freeze([...(patch.departments ?? existing.departments)]),
            origin,
          }),
        );
      } else {
        if (!existing) throw new CatalogPatchError(`cannot remove “${patch.occupation}”: it is not in the catalog`, index);
        entries.delete(patch.occupation);
      }
    });
    return new ResolvedCatalog(this.data, entries.values());
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The embedded catalog: the attachment table of 人社厅发〔2020〕80号, frozen. */
export const defaultCatalogData: Catalog = deepFreeze(catalogData as Catalog);

let defaultCatalog: ResolvedCatalog | undefined;

/** Loads a catalog: the embedded default, or the given data (already schema-validated by the caller). */
export function loadCatalog(data?: Catalog): ResolvedCatalog {
  if (data) return new ResolvedCatalog(deepFreeze(structuredClone(data)));
  defaultCatalog ??= new ResolvedCatalog(defaultCatalogData);
  return defaultCatalog;
}

export function findOccupation(name: string, catalog: ResolvedCatalog = loadCatalog()): OccupationInfo | undefined {
  return catalog.findOccupation(name);
}

export function exitDateOf(name: string, catalog: ResolvedCatalog = loadCatalog()): IsoDateString | null {
  return catalog.exitDateOf(name);
}

export function isExited(name: string, onDate: IsoDateString, catalog: ResolvedCatalog = loadCatalog()): boolean {
  return catalog.isExited(name, onDate);
}
