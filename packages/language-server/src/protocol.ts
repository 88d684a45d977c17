/**
 * The server's own requests, beside LSP (for the editor extension's commands and views). Plain method names and
 * shapes, so a client builds its `RequestType`s without depending on this package's runtime.
 */
import type { IsoDateString, LoadedConfig, Locale } from '@qualcat/sdk';
import type { Diagnostic } from 'vscode-languageserver-types';

/** Lints every plan of the workspace folders (open documents as edited), publishes and returns the results. */
export const VALIDATE_WORKSPACE = 'qualcat/validateWorkspace';
export interface ValidateWorkspaceParams {
  /** Only under this folder (a file: URI); default: every workspace folder. */
  folderUri?: string;
}
export interface ValidateWorkspaceResult {
  files: Array<{ uri: string; diagnostics: Diagnostic[] }>;
  errors: number;
  warnings: number;
}

/** The catalog in force for a document (or a region): groups → occupations with batch and exit date. */
export const CATALOG = 'qualcat/catalog';
export interface CatalogParams {
  /** The document whose config (and region) selects the catalog; default: the first workspace folder's config. */
  uri?: string;
  /** Region code selecting the provincial plugins' catalog patches; default: the document's `region`. */
  region?: string;
}
export interface CatalogTreeOccupation {
  name: string;
  code?: string;
  qualificationId: string;
  category: 'level-evaluation' | 'access';
  batch: 1 | 2 | null;
  exitDate: IsoDateString | null;
  departments: string[];
  /** The catalog's document, or the plugin whose patch added or amended the entry. */
  origin: string;
}
export interface CatalogTreeGroup {
  no: number;
  name: string;
  occupations: CatalogTreeOccupation[];
}
export interface CatalogTree {
  id: string;
  title: string;
  source: { document: string; issuedOn?: string };
  asOf: IsoDateString;
  region?: string;
  /** Plugins whose catalog patches are applied. */
  plugins: string[];
  batches: Array<{ id: number; exitDate: IsoDateString }>;
  groups: CatalogTreeGroup[];
}

/** What is in force: per loaded config, its plugins, asOf and problems; and whether workspace code may run. */
export const STATUS = 'qualcat/status';
export interface StatusParams {
  uri?: string;
}
export interface StatusReport {
  trusted: boolean;
  locale?: Locale;
  configs: Array<{
    /** file: URI of the config, absent for "no config: national rules alone". */
    uri?: string;
    plugins: Array<{ id: string; title?: string; origin: 'code' | 'data' }>;
    asOf: IsoDateString;
    locale: Locale;
    problems: number;
    /** Plugins named by the config that did not load, with the reason (messageId) and the message. */
    notLoaded: Array<{ plugin: string; reason: string; message: string }>;
  }>;
}

/** Builds the catalog tree for a loaded config and region (pure). */
export function catalogTree(loaded: LoadedConfig, region: string | undefined): CatalogTree {
  const profile = loaded.linter.profileFor(region);
  const catalog = profile.catalog;
  const groups = new Map<string, CatalogTreeGroup>();
  for (const info of catalog.occupations()) {
    const key = `${info.group.no}\u0000${info.group.name}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { no: info.group.no, name: info.group.name, occupations: [] }));
    group.occupations.push({
      name: info.name,
      ...(info.code ? { code: info.code } : {}),
      qualificationId: info.qualificationId,
      category: info.category,
      batch: info.batch,
      exitDate: info.exitDate,
      departments: [...info.departments],
      origin: info.origin,
    });
  }
  const data = catalog.data;
  return {
    id: data.id,
    title: data.title,
    source: { document: data.source.document, ...(data.source.issuedOn ? { issuedOn: data.source.issuedOn } : {}) },
    asOf: loaded.linter.asOf,
    ...(region ? { region } : {}),
    plugins: profile.plugins.filter((p) => p.catalog?.length).map((p) => p.id),
    batches: data.batches.map((b) => ({ id: b.id, exitDate: b.exitDate })),
    // Added entries (group no 0) after the table's groups.
    groups: [...groups.values()].sort((a, b) => (a.no || Infinity) - (b.no || Infinity) || a.name.localeCompare(b.name, 'zh-CN')),
  };
}

/** The status of one loaded config (pure). */
export function configStatus(loaded: LoadedConfig, uri: string | undefined): StatusReport['configs'][number] {
  const configured = loaded.config.plugins ?? [];
  const notLoaded = loaded.diagnostics
    .filter((d) => d.ruleId === 'core/config' && /^\/plugins\/\d+$/.test(d.pointer) && typeof d.data?.plugin === 'string' && configured.includes(d.data.plugin as string))
    .map((d) => ({ plugin: d.data!.plugin as string, reason: d.messageId, message: d.message }));
  return {
    ...(uri ? { uri } : {}),
    plugins: loaded.plugins.map((p) => ({ id: p.id, ...(p.title ? { title: p.title } : {}), origin: p.origin })),
    asOf: loaded.linter.asOf,
    locale: loaded.linter.locale,
    problems: loaded.diagnostics.length,
    notLoaded,
  };
}
