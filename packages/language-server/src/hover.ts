/** Hover texts: the occupation under the cursor, the rule behind a diagnostic, the field's schema description. */
import {
  fieldPath,
  isIsoDate,
  pointerOf,
  regionOf,
  type AnyRule,
  type LoadedConfig,
  type Locale,
  type OccupationInfo,
  type ResolvedCatalog,
} from '@qualcat/sdk';
import type { LintedDiagnostic } from './lint.js';
import type { PathSegment } from './location.js';
import { REGIONS } from './regions.js';
import { choicesOf, descriptionOf, isRegionSchema, schemaAt, type SchemaKind } from './schema.js';

export const t = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

/** "标签：值" / "Label: value". */
const field = (locale: Locale, label: string, value: string) => `- ${label}${t(locale, '：', ': ')}${value}`;

const BATCH_NAMES: Record<number, [string, string]> = { 1: ['第一批', 'batch 1'], 2: ['第二批', 'batch 2'] };

function batchName(batch: number, locale: Locale): string {
  const names = BATCH_NAMES[batch];
  return names ? t(locale, names[0], names[1]) : t(locale, `第${batch}批`, `batch ${batch}`);
}

/** One line: "第一批 · 2020-09-30 退出" or "准入类 · 不退出目录". */
export function occupationSummary(info: OccupationInfo, locale: Locale): string {
  if (info.category === 'access' || info.exitDate === null) return t(locale, '准入类 · 不退出目录', 'access-type · never exits');
  return t(locale, `${batchName(info.batch!, locale)} · ${info.exitDate} 退出`, `${batchName(info.batch!, locale)} · exits ${info.exitDate}`);
}

export interface DatedField {
  label: string;
  date: string;
}

/** The dates of a plan or certificate that matter against an exit date. */
export function datesOf(kind: SchemaKind, value: unknown, locale: Locale): DatedField[] {
  if (!value || typeof value !== 'object') return [];
  const v = value as Record<string, unknown>;
  const out: DatedField[] = [];
  const add = (label: string, date: unknown) => {
    if (isIsoDate(date)) out.push({ label, date });
  };
  if (kind === 'plan') {
    add(t(locale, '发布日期', 'published'), v.publishedOn);
    if (Array.isArray(v.assessmentDates)) v.assessmentDates.forEach((d) => add(t(locale, '鉴定日期', 'assessment'), d));
  } else if (kind === 'certificate') {
    add(t(locale, '鉴定日期', 'assessed'), v.assessedOn);
    add(t(locale, '发证日期', 'issued'), v.issuedOn);
  }
  return out;
}

export function occupationMarkdown(info: OccupationInfo, catalog: ResolvedCatalog, locale: Locale, dates: readonly DatedField[] = []): string {
  const access = info.category === 'access' || info.exitDate === null;
  const category = access ? t(locale, '准入类', 'access-type') : t(locale, '水平评价类', 'level-evaluation');
  const lines = [`**${info.name}**${info.code ? ` \`${info.code}\`` : ''} — ${occupationSummary(info, locale)}`, ''];
  const group = info.group.no ? t(locale, `第 ${info.group.no} 项 ${info.group.name}`, `group ${info.group.no}, ${info.group.name}`) : info.group.name;
  lines.push(field(locale, t(locale, '职业资格', 'Qualification'), `${group}${t(locale, `（${info.qualificationId}）`, ` (${info.qualificationId})`)}`));
  lines.push(field(locale, t(locale, '类别', 'Category'), category));
  lines.push(
    field(
      locale,
      t(locale, '退出', 'Exit'),
      access
        ? t(locale, '不退出目录（准入类）', 'never leaves the catalog (access-type)')
        : t(locale, `${batchName(info.batch!, locale)}，${info.exitDate} 起退出目录`, `${batchName(info.batch!, locale)}, out of the catalog from ${info.exitDate}`),
    ),
  );
  if (info.departments.length) lines.push(field(locale, t(locale, '实施部门', 'Departments'), info.departments.join(t(locale, '、', ', '))));
  if (info.origin !== catalog.data.source.document) lines.push(field(locale, t(locale, '来源', 'Source'), t(locale, `插件 ${info.origin} 的目录补丁`, `catalog patch of plugin ${info.origin}`)));
  if (dates.length) {
    lines.push('', t(locale, '**本文件的日期**', '**Dates in this file**'));
    for (const { label, date } of dates) {
      const status = access
        ? t(locale, '不受退出影响', 'unaffected: never exits')
        : catalog.isExited(info.name, date)
          ? t(locale, `退出后（≥ ${info.exitDate}）`, `after the exit (≥ ${info.exitDate})`)
          : t(locale, `退出前（< ${info.exitDate}）`, `before the exit (< ${info.exitDate})`);
      lines.push(field(locale, `${label} ${date}`, status));
    }
  }
  return lines.join('\n');
}

export function unknownOccupationMarkdown(name: string, catalog: ResolvedCatalog, locale: Locale): string {
  const suggestions = catalog.suggest(name);
  const lines = [t(locale, `**${name}** 不在当前目录中`, `**${name}** is not in the active catalog`)];
  if (suggestions.length) lines.push('', t(locale, `是否应为：${suggestions.join('、')}`, `Did you mean: ${suggestions.join(', ')}`));
  return lines.join('\n');
}

export function ruleMarkdown(d: LintedDiagnostic, rule: AnyRule, locale: Locale, href: string | undefined): string {
  const source = rule.meta.source;
  const lines = [`**${rule.id}** — ${rule.meta.docs.description[locale] ?? rule.meta.docs.description.en}`, ''];
  // The source sentence stays in Chinese: it is the text of the notice, quoted verbatim.
  lines.push(`> ${source.quote}`, '');
  const cite = `${source.document} ${source.section}`;
  lines.push(`— ${cite}${d.plugin ? ` · ${t(locale, '插件', 'plugin')} ${d.plugin}` : ''}${href ? ` · [${t(locale, '规则文档', 'rule documentation')}](${href})` : ''}`);
  return lines.join('\n');
}

export function fieldMarkdown(kind: SchemaKind, path: readonly PathSegment[], value: unknown, isKey: boolean, locale: Locale): string | undefined {
  const schema = schemaAt(kind, path);
  const description = schema && (schema.description ? descriptionOf(schema, locale) : undefined);
  if (!description) return undefined;
  const lines = [`\`${fieldPath(pointerOf(...path))}\` — ${description}`];
  if (!isKey && schema && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
    const choice = choicesOf(kind, schema, locale).find((c) => c.value === value);
    if (choice?.label) lines.push('', `\`${String(value)}\`: ${choice.label}`);
  }
  return lines.join('\n');
}

export function regionMarkdown(kind: SchemaKind, path: readonly PathSegment[], value: unknown, loaded: LoadedConfig, locale: Locale): string | undefined {
  if (typeof value !== 'string' || !isRegionSchema(schemaAt(kind, path))) return undefined;
  const entry = REGIONS.find((r) => r.code === value);
  const plugins = loaded.linter.profileFor(value).plugins.filter((p) => p.appliesTo?.regions?.length);
  const lines: string[] = [];
  if (entry) lines.push(`**${value}** ${t(locale, entry.zh, entry.en)}`);
  lines.push(
    plugins.length
      ? t(locale, `适用的省级插件：${plugins.map((p) => p.id).join('、')}`, `Provincial plugins that apply: ${plugins.map((p) => p.id).join(', ')}`)
      : t(locale, '无省级插件适用：只检查国家规则', 'No provincial plugin applies: national rules only'),
  );
  return lines.join('\n\n');
}

/** The catalog the document's region selects (a provincial plugin may patch it). */
export function catalogFor(loaded: LoadedConfig, value: unknown): ResolvedCatalog {
  return loaded.linter.profileFor(regionOf(value)).catalog;
}

/** Whether `path` is where a plan item's or a certificate's occupation is. */
export function isOccupationPath(kind: SchemaKind, path: readonly PathSegment[]): boolean {
  if (kind === 'plan') return path.length === 3 && path[0] === 'items' && typeof path[1] === 'number' && path[2] === 'occupation';
  return kind === 'certificate' && path.length === 1 && path[0] === 'occupation';
}

/** Whether `path` names another plan by id: a make-up plan's `makeUpOf`, a certificate's `planId`. */
export function isPlanReferencePath(kind: SchemaKind, path: readonly PathSegment[]): boolean {
  return path.length === 1 && ((kind === 'plan' && path[0] === 'makeUpOf') || (kind === 'certificate' && path[0] === 'planId'));
}

