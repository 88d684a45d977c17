import { loadCatalog, type Catalog, type OccupationInfo, type ResolvedCatalog } from '@qualcat/sdk';
import type { CliIO } from '../io.js';
import { UsageError } from '../errors.js';
import { renderTable } from '../table.js';

export interface CatalogOptions {
  format?: string;
  batch?: string;
  query?: string;
  summary?: boolean;
  catalog?: ResolvedCatalog;
}

function batchFilter(batch: string | undefined): ((o: OccupationInfo) => boolean) | undefined {
  if (batch === undefined) return undefined;
  if (batch === '1' || batch === '2') return (o) => o.batch === Number(batch);
  if (batch === 'access') return (o) => o.category === 'access';
  throw new UsageError(`--batch must be 1, 2 or access (got “${batch}”)`);
}

/** `qualcat catalog`: the active catalog as a table, or as JSON conforming to the catalog schema. */
export function runCatalog(io: CliIO, options: CatalogOptions): number {
  const format = options.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json (got “${format}”)`);
  const catalog = options.catalog ?? loadCatalog();
  const byBatch = batchFilter(options.batch);
  const query = options.query?.trim();
  const selected = catalog.occupations().filter((o) => (!byBatch || byBatch(o)) && (!query || o.name.includes(query)));

  if (options.summary && format === 'table') {
    io.stdout(summary(catalog, selected) + '\n');
    return 0;
  }
  if (format === 'json') {
    io.stdout(JSON.stringify(toCatalogJson(catalog, selected, Boolean(byBatch || query)), null, 2) + '\n');
    return 0;
  }
  if (selected.length === 0) {
    const hint = query ? catalog.suggest(query) : [];
    io.stderr(`No occupation matches${query ? ` “${query}”` : ''}.${hint.length ? ` Did you mean: ${hint.join('、')}?` : ''}\n`);
    return 1;
  }
  const rows = selected
    .sort((a, b) => a.group.no - b.group.no || a.qualificationId.localeCompare(b.qualificationId))
    .map((o) => [
      String(o.group.no),
      o.group.name,
      o.name,
      o.category === 'access' ? '准入类 access' : `第${o.batch === 1 ? '一' : '二'}批 batch ${o.batch}`,
      o.exitDate ?? '不退出 never',
      o.departments.join('、'),
    ]);
  io.stdout(renderTable(['序号 No.', '职业资格 Group', '职业 Occupation', '类别/批次 Batch', '退出日期 Exit', '实施部门 Departments'], rows));
  io.stdout('\n' + summary(catalog, selected) + '\n');
  return 0;
}

/** One line per batch: how many occupations and groups, and when they exit. */
export function summary(catalog: ResolvedCatalog, occupations = catalog.occupations()): string {
  const groups = (os: OccupationInfo[]) => new Set(os.map((o) => o.group.no)).size;
  const b1 = occupations.filter((o) => o.batch === 1);
  const b2 = occupations.filter((o) => o.batch === 2);
  const access = occupations.filter((o) => o.category === 'access');
  return [
    `${catalog.data.source.document} ${catalog.data.title}`,
    `  第一批 batch 1: ${b1.length} 个职业 occupations in ${groups(b1)} 项 groups, exit ${catalog.exitDateOfBatch(1)}`,
    `  第二批 batch 2: ${b2.length} 个职业 occupations in ${groups(b2)} 项 groups, exit ${catalog.exitDateOfBatch(2)}`,
    `  准入类 access:  ${access.length} 个职业 occupations, never exit`,
    `  合计 total:     ${occupations.length} 个职业 occupations in ${groups(occupations)} 项 groups`,
  ].join('\n');
}

/** Catalog JSON (conforming to catalog.schema.json), narrowed to the selected occupations when filtered. */
function toCatalogJson(catalog: ResolvedCatalog, selected: OccupationInfo[], filtered: boolean): Catalog {
  const data = structuredClone(catalog.data) as Catalog;
  delete (data as { $schema?: string }).$schema;
  const names = new Set(selected.map((o) => o.name));
  const inData = new Set(data.qualifications.flatMap((q) => q.occupations.map((o) => o.name)));
  if (filtered) {
    data.qualifications = data.qualifications
      .map((q) => ({ ...q, occupations: q.occupations.filter((o) => names.has(o.name)) }))
      .filter((q) => q.occupations.length > 0) as Catalog['qualifications'];
  }
  // Occupations added by plugins' catalog patches become rows of their own.
  for (const o of selected.filter((s) => !inData.has(s.name))) {
    data.qualifications.push({
      id: o.qualificationId,
      group: { no: o.group.no || 0, name: o.group.name },
      occupations: [{ name: o.name }],
      departments: (o.departments.length ? [...o.departments] : ['—']) as [string, ...string[]],
      category: o.category,
      exit: o.batch === null ? null : { batch: o.batch },
      notes: `added by ${o.origin}`,
    });
  }
  return data;
}
