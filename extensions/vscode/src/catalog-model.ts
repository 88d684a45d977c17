/**
 * The Catalog view's model: the server's `qualcat/catalog` answer made into groups → occupations, and the search
 * filter. No `vscode` import, so it is unit-tested on any machine; the view only renders it.
 */

export type Category = 'level-evaluation' | 'access';

export interface CatalogOccupation {
  readonly name: string;
  readonly code?: string;
  /** 1 or 2; undefined for access-type occupations, which never exit. */
  readonly batch?: number;
  /** First day out of the catalog (YYYY-MM-DD). */
  readonly exitDate?: string;
  readonly category?: Category;
  readonly departments?: readonly string[];
  readonly notes?: string;
}

export interface CatalogGroup {
  /** Stable id for the tree: the group number, else its name. */
  readonly key: string;
  readonly no?: number;
  readonly name: string;
  readonly occupations: readonly CatalogOccupation[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function batchOf(v: Json): number | undefined {
  // `batch: 1`, `exit: { batch: 1 }` (catalog schema) or `batch: { id: 1 }`.
  const exit = isObject(v.exit) ? v.exit : undefined;
  const batch = v.batch ?? exit?.batch;
  return num(batch) ?? (isObject(batch) ? num(batch.id) : undefined);
}

function exitDateOf(v: Json): string | undefined {
  const exit = isObject(v.exit) ? v.exit : undefined;
  const batch = isObject(v.batch) ? v.batch : undefined;
  return str(v.exitDate) ?? str(exit?.exitDate) ?? str(exit?.date) ?? str(batch?.exitDate);
}

function categoryOf(v: Json): Category | undefined {
  return v.category === 'access' || v.category === 'level-evaluation' ? v.category : undefined;
}

function occupationFrom(raw: unknown, inherited: Json): CatalogOccupation | undefined {
  const o: Json = typeof raw === 'string' ? { name: raw } : isObject(raw) ? raw : {};
  const name = str(o.name);
  if (!name) return undefined;
  const batch = batchOf(o) ?? batchOf(inherited);
  const exitDate = exitDateOf(o) ?? exitDateOf(inherited);
  const category = categoryOf(o) ?? categoryOf(inherited);
  const departments = Array.isArray(o.departments) ? o.departments : Array.isArray(inherited.departments) ? inherited.departments : undefined;
  return {
    name,
    ...(str(o.code) ? { code: str(o.code)! } : {}),
    ...(batch !== undefined && category !== 'access' ? { batch } : {}),
    ...(exitDate && category !== 'access' ? { exitDate } : {}),
    ...(category ? { category } : {}),
    ...(departments ? { departments: departments.filter((d): d is string => typeof d === 'string') } : {}),
    ...(str(o.notes) ?? str(inherited.notes) ? { notes: (str(o.notes) ?? str(inherited.notes))! } : {}),
  };
}

/**
 * Accepts `{ groups: [...] }` or a bare array of groups; a group is `{ no?, name, occupations: [...] }` (or
 * `{ group: { no, name }, … }`, a catalog qualification row). Rows of the same group (the table's sub-rows, one
 * per batch) merge into one group, occupations in table order.
 */
export function normaliseCatalog(raw: unknown): CatalogGroup[] {
  const list: unknown[] = Array.isArray(raw) ? raw : isObject(raw) ? (Array.isArray(raw.groups) ? raw.groups : Array.isArray(raw.qualifications) ? raw.qualifications : []) : [];
  const groups = new Map<string, { no?: number; name: string; occupations: CatalogOccupation[]; seen: Set<string> }>();
  for (const row of list) {
    if (!isObject(row)) continue;
    const group = isObject(row.group) ? row.group : row;
    const name = str(group.name);
    if (!name) continue;
    const no = num(group.no);
    const key = no !== undefined ? String(no) : name;
    let entry = groups.get(key);
    if (!entry) {
      entry = { ...(no !== undefined ? { no } : {}), name, occupations: [], seen: new Set() };
      groups.set(key, entry);
    }
    for (const item of Array.isArray(row.occupations) ? row.occupations : []) {
      const occupation = occupationFrom(item, row);
      // The table prints some names twice (重冶金法冶炼工 in group 25): one node each.
      if (!occupation || entry.seen.has(occupation.name)) continue;
      entry.seen.add(occupation.name);
      entry.occupations.push(occupation);
    }
  }
  return [...groups.entries()].map(([key, { seen: _seen, ...g }]) => ({ key, ...g }));
}

/** Case-insensitive substring search; whitespace-separated words must all match. */
function matcher(query: string): ((text: string) => boolean) | undefined {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  return (text) => {
    const haystack = text.toLowerCase();
    return words.every((w) => haystack.includes(w));
  };
}

/**
 * Search: a group whose name (or number) matches keeps all its occupations; otherwise only the occupations whose
 * name, code, batch or exit date match are kept, and groups left empty disappear.
 */
export function filterCatalog(groups: readonly CatalogGroup[], query: string): CatalogGroup[] {
  const matches = matcher(query);
  if (!matches) return [...groups];
  const out: CatalogGroup[] = [];
  for (const group of groups) {
    if (matches(`${group.no ?? ''} ${group.name}`)) {
      out.push(group);
      continue;
    }
    const occupations = group.occupations.filter((o) =>
      matches([o.name, o.code ?? '', o.exitDate ?? '', o.batch !== undefined ? `batch${o.batch} 第${o.batch === 1 ? '一' : '二'}批` : '', o.category ?? ''].join(' ')),
    );
    if (occupations.length) out.push({ ...group, occupations });
  }
  return out;
}

export function countOccupations(groups: readonly CatalogGroup[]): number {
  return groups.reduce((n, g) => n + g.occupations.length, 0);
}

/** The words a label needs, in the UI language. */
export interface CatalogLabels {
  batch(batch: number): string;
  access: string;
  exitsOn(date: string): string;
}

/** An occupation's one-line description: "第一批 · 2020-09-30", or "准入类". */
export function describeOccupation(o: CatalogOccupation, labels: CatalogLabels): string {
  if (o.category === 'access') return labels.access;
  const parts = [o.batch !== undefined ? labels.batch(o.batch) : undefined, o.exitDate ? labels.exitsOn(o.exitDate) : undefined];
  return parts.filter(Boolean).join(' · ');
}

/** A group's description: its distinct batches/exit dates in order, e.g. "第一批 · 2020-09-30". */
export function describeGroup(g: CatalogGroup, labels: CatalogLabels): string {
  const seen = new Set<string>();
  for (const o of g.occupations) seen.add(describeOccupation(o, labels));
  return [...seen].filter(Boolean).join('; ');
}
