import { isIsoDate, type IsoDateString, type ResolvedCatalog } from '@qualcat/sdk';

/*
 * Defensive reading of documents that may be schema-invalid (fields missing or of the wrong type): a value that
 * failed the schema is core/schema's finding, so these helpers skip it instead of guessing.
 */

export type Fields = Readonly<Record<string, unknown>>;

export function fields(value: unknown): Fields | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : undefined;
}

/** A calendar date field, or undefined when absent or not a valid YYYY-MM-DD date. */
export function dateField(value: unknown): IsoDateString | undefined {
  return isIsoDate(value) ? value : undefined;
}

export interface ItemExit {
  /** Index of the item in `items`. */
  index: number;
  occupation: string;
  /** First day out of the catalog (DOMAIN.md decision 1). */
  exitDate: IsoDateString;
}

/**
 * The plan's items that leave the catalog, each with its own exit date (EXPECTED.md interpretation 2).
 * Access-type occupations (焊工 with this plugin's patch, 保安员 …) and unknown names have no exit and are left out.
 */
export function itemExits(plan: Fields, catalog: ResolvedCatalog): ItemExit[] {
  const items = plan.items;
  if (!Array.isArray(items)) return [];
  const out: ItemExit[] = [];
  items.forEach((item, index) => {
    const occupation = fields(item)?.occupation;
    if (typeof occupation !== 'string') return;
    const exitDate = catalog.exitDateOf(occupation);
    if (exitDate !== null) out.push({ index, occupation, exitDate });
  });
  return out;
}

/** The plan's valid assessment dates with their indexes (invalid entries are skipped, not renumbered). */
export function assessmentDates(plan: Fields): Array<{ index: number; date: IsoDateString }> {
  const dates = plan.assessmentDates;
  if (!Array.isArray(dates)) return [];
  const out: Array<{ index: number; date: IsoDateString }> = [];
  dates.forEach((date, index) => {
    if (isIsoDate(date)) out.push({ index, date });
  });
  return out;
}
