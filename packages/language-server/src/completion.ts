/** Completion items: occupations of the active catalog, enum values with their labels, regions, dates, keys. */
import { addDays, pluginAppliesTo, type LoadedConfig, type Locale, type IsoDateString } from '@qualcat/sdk';
import { stringify } from 'yaml';
import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { rulesOf } from './convert.js';
import { catalogFor, isOccupationPath, isPlanReferencePath, occupationMarkdown, occupationSummary, t } from './hover.js';
import { REGIONS } from './regions.js';
import { choicesOf, descriptionOf, isDateSchema, isRegionSchema, propertiesAt, schemaAt } from './schema.js';
import type { DocumentView } from './view.js';

export interface CompletionContext {
  view: DocumentView;
  loaded: LoadedConfig;
  locale: Locale;
  /** The span a chosen item replaces, in the file's coordinates. */
  range: Range;
  today: IsoDateString;
  planIds: () => string[];
  pluginNames: readonly string[];
  /** Written before each value: a space when the cursor is right after a YAML `key:`. */
  prefix: string;
}

/** A scalar as it is written in the file's format: JSON literals, YAML plain scalars where they stay strings. */
export function scalarText(value: string | number | boolean, format: 'json' | 'yaml'): string {
  if (format === 'json') return JSON.stringify(value);
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

function item(ctx: CompletionContext, value: string | number | boolean, extra: Partial<CompletionItem> = {}): CompletionItem {
  const newText = ctx.prefix + scalarText(value, ctx.view.format);
  return {
    label: String(value),
    kind: CompletionItemKind.Value,
    textEdit: { range: ctx.range, newText },
    // The client filters on the text from the range start to the cursor, quote included.
    filterText: newText,
    ...extra,
  };
}

export function valueCompletions(ctx: CompletionContext): CompletionItem[] {
  const { view, locale } = ctx;
  const path = view.location.path;
  const kind = view.schemaKind;
  if (isOccupationPath(kind, path)) return occupationItems(ctx);
  if (isPlanReferencePath(kind, path)) return ctx.planIds().map((id) => item(ctx, id, { kind: CompletionItemKind.Reference }));
  if (kind === 'config' && path.length === 2 && path[0] === 'plugins') {
    return ctx.pluginNames.map((name) => item(ctx, name, { kind: CompletionItemKind.Module, detail: t(locale, 'qualcat 内置插件', 'bundled with qualcat') }));
  }
  const schema = schemaAt(kind, path);
  if (!schema) return [];
  if (isRegionSchema(schema)) return regionItems(ctx);
  if (isDateSchema(schema)) return dateItems(ctx);
  return choicesOf(kind, schema, locale).map((choice, i) =>
    item(ctx, choice.value, {
      kind: CompletionItemKind.EnumMember,
      ...(choice.label ? { detail: choice.label, labelDetails: { description: choice.label } } : {}),
      sortText: String(i).padStart(3, '0'),
    }),
  );
}

function occupationItems(ctx: CompletionContext): CompletionItem[] {
  const { locale } = ctx;
  const catalog = catalogFor(ctx.loaded, ctx.view.value);
  return catalog
    .occupations()
    // The table's order; entries a plugin added (no group number) last.
    .sort((a, b) => (a.group.no || Infinity) - (b.group.no || Infinity) || a.qualificationId.localeCompare(b.qualificationId))
    .map((info, i) => {
      const access = info.category === 'access';
      return item(ctx, info.name, {
        kind: access ? CompletionItemKind.Constant : CompletionItemKind.Value,
        detail: occupationSummary(info, locale),
        labelDetails: { detail: access ? t(locale, '（准入类）', ' (access-type)') : '', description: info.group.name },
        documentation: { kind: MarkupKind.Markdown, value: occupationMarkdown(info, catalog, locale) },
        sortText: String(i).padStart(4, '0'),
      });
    });
}

function regionItems(ctx: CompletionContext): CompletionItem[] {
  const { locale } = ctx;
  return REGIONS.map((region, i) => {
    const plugins = ctx.loaded.plugins.filter((p) => p.appliesTo?.regions?.length && pluginAppliesTo(p, region.code)).map((p) => p.id);
    const name = t(locale, region.zh, region.en);
    return item(ctx, region.code, {
      kind: CompletionItemKind.Value,
      detail: plugins.length ? `${name} · ${plugins.join(', ')}` : name,
      labelDetails: { description: name },
      // Type "杭州" or "Hangzhou" and still find 330100.
      filterText: `${scalarText(region.code, ctx.view.format)} ${region.zh} ${region.en}`,
      sortText: String(i).padStart(3, '0'),
    });
  });
}

function dateItems(ctx: CompletionContext): CompletionItem[] {
  const { locale } = ctx;
  const catalog = catalogFor(ctx.loaded, ctx.view.value);
  const dates: Array<[IsoDateString, string]> = [[ctx.today, t(locale, '今天', 'today')]];
  if (ctx.loaded.linter.asOf !== ctx.today) dates.push([ctx.loaded.linter.asOf, t(locale, '基准日期（asOf）', 'as-of date')]);
  for (const batch of catalog.data.batches) {
    const name = t(locale, batch.id === 1 ? '第一批' : batch.id === 2 ? '第二批' : `第${batch.id}批`, `batch ${batch.id}`);
    dates.push([addDays(batch.exitDate, -1), t(locale, `${name}退出前最后一天`, `last day before the ${name} exit`)]);
    dates.push([batch.exitDate, t(locale, `${name}退出日（首个退出后日期）`, `${name} exit date (first day out)`)]);
  }
  const seen = new Set<string>();
  return dates
    .filter(([date]) => !seen.has(date) && seen.add(date))
    .map(([date, label], i) => item(ctx, date, { detail: label, labelDetails: { description: label }, sortText: String(i).padStart(3, '0') }));
}

export function keyCompletions(ctx: CompletionContext): CompletionItem[] {
  const { view, locale } = ctx;
  const objectPath = view.location.path.slice(0, -1);
  const present = new Set(view.location.siblingKeys);
  const keyText = (key: string) => {
    if (view.format === 'yaml') return view.location.node ? key : `${key}: `;
    return view.location.node ? JSON.stringify(key) : `${JSON.stringify(key)}: `;
  };
  const make = (key: string, documentation: string | undefined, detail?: string): CompletionItem => ({
    label: key,
    kind: CompletionItemKind.Property,
    textEdit: { range: ctx.range, newText: keyText(key) },
    filterText: view.format === 'json' ? JSON.stringify(key) : key,
    ...(detail ? { detail } : {}),
    ...(documentation ? { documentation: { kind: MarkupKind.Markdown, value: documentation } } : {}),
  });
  if (view.schemaKind === 'config' && objectPath.length === 1 && objectPath[0] === 'rules') {
    return [...rulesOf(ctx.loaded.linter).values()]
      .filter((rule) => !present.has(rule.id))
      .map((rule) => make(rule.id, `${rule.meta.docs.description[locale]}\n\n> ${rule.meta.source.quote}\n\n— ${rule.meta.source.document} ${rule.meta.source.section}`, rule.meta.defaultSeverity));
  }
  return propertiesAt(view.schemaKind, objectPath)
    .filter(([key]) => !present.has(key) || key === view.location.node?.value)
    .map(([key, schema]) => make(key, descriptionOf(schema, locale)));
}
