/**
 * The server's view of the workspace on disk: configs loaded once per file (the nearest qualcat.config.json above
 * each document, as the CLI does) and an index of the plans, so a make-up plan's `makeUpOf` finds the plan it
 * re-sits even when that file is not open.
 */
import './parsers.js'; // before anything parses: the SDK's YAML/JSON parsers (see parsers.ts)
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAME, findConfigFile, loadConfig, parseDocument, type LoadConfigOptions, type LoadedConfig, type ParsedDocument, type Plan } from '@qualcat/sdk';
import type { Location } from 'vscode-languageserver-types';
import { PLAN_FILE } from './documents.js';
import type { WorkspacePlans } from './service.js';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export const pathToUri = (path: string) => pathToFileURL(path).href;

export class ConfigStore {
  private readonly byPath = new Map<string, Promise<LoadedConfig>>();
  private readonly byDir = new Map<string, string | undefined>();

  constructor(
    private options: LoadConfigOptions,
    /** Where documents without a file path (untitled:) look for a config. */
    private readonly fallbackDir: () => string | undefined,
    private readonly onLoad: (loaded: LoadedConfig) => void,
  ) {}

  /** The config governing a document; for a qualcat.config.json document, that file itself. */
  forUri(uri: string): Promise<LoadedConfig> {
    const path = uriToPath(uri);
    if (path && basename(path) === CONFIG_FILE_NAME) return this.load(path);
    const dir = path ? dirname(path) : this.fallbackDir();
    return dir ? this.forDirectory(dir) : this.load(undefined);
  }

  /** The config governing files of a folder. */
  forDirectory(dir: string): Promise<LoadedConfig> {
    if (!this.byDir.has(dir)) this.byDir.set(dir, findConfigFile(dir));
    return this.load(this.byDir.get(dir));
  }

  load(path: string | undefined): Promise<LoadedConfig> {
    const key = path ?? '';
    let loaded = this.byPath.get(key);
    if (!loaded) {
      loaded = loadConfig(path, this.options).then((result) => {
        this.onLoad(result);
        return result;
      });
      this.byPath.set(key, loaded);
    }
    return loaded;
  }

  async all(): Promise<LoadedConfig[]> {
    return Promise.all(this.byPath.values());
  }

  /** Forget everything (a config, plugin or catalog changed, or the trust or locale did); `options` may change. */
  reset(options?: LoadConfigOptions): void {
    if (options) this.options = options;
    this.byPath.clear();
    this.byDir.clear();
  }

  /**
   * Whether a changed file matters to a loaded config: a config file, a config's catalog, a plugin given by path
   * (its file, or anything in its folder). Plugin packages are code from node_modules: a change there needs a
   * reinstall anyway, and a `qualcat.config.json` touch reloads them.
   */
  async affects(path: string): Promise<boolean> {
    if (basename(path) === CONFIG_FILE_NAME) return true;
    for (const loaded of await this.all()) {
      if (!loaded.path) continue;
      const base = dirname(loaded.path);
      const deps = [...(loaded.config.catalog ? [loaded.config.catalog] : []), ...(loaded.config.plugins ?? []).filter((p) => p.startsWith('.') || isAbsolute(p))];
      for (const dep of deps) {
        const target = resolve(base, dep);
        const rel = relative(target, path);
        if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) return true;
      }
    }
    return false;
  }
}

interface IndexedPlan {
  id: string;
  plan: Plan;
  location: Location;
  /** The serialised plan, to tell a real change from a save without changes. */
  signature: string;
}

/** The plans of the workspace: files on disk, overridden by the open documents as edited. */
export class PlanIndex implements WorkspacePlans {
  private readonly disk = new Map<string, IndexedPlan>();
  private readonly open = new Map<string, IndexedPlan>();
  generation = 0;

  get(id: string): Plan | undefined {
    return this.find(id)?.plan;
  }

  ids(): string[] {
    return [...new Set([...this.open.values(), ...this.disk.values()].map((p) => p.id))].sort();
  }

  locationOf(id: string): Location | undefined {
    return this.find(id)?.location;
  }

  private find(id: string): IndexedPlan | undefined {
    for (const p of this.open.values()) if (p.id === id) return p;
    for (const [uri, p] of this.disk) if (p.id === id && !this.open.has(uri)) return p;
    return undefined;
  }

  /** Records a plan; returns the plan ids whose content changed (old and new id), for re-validation. */
  set(uri: string, plan: string | ParsedDocument | undefined, source: 'disk' | 'open'): string[] {
    const map = source === 'open' ? this.open : this.disk;
    const before = map.get(uri) ?? (source === 'open' ? this.disk.get(uri) : undefined);
    const entry = indexEntry(uri, typeof plan === 'string' ? parseDocument(plan, uri) : plan);
    if (entry) map.set(uri, entry);
    else map.delete(uri);
    if (before?.signature === entry?.signature) return [];
    this.generation++;
    return [...new Set([before?.id, entry?.id].filter((id): id is string => id !== undefined))];
  }

  delete(uri: string, source: 'disk' | 'open'): string[] {
    const map = source === 'open' ? this.open : this.disk;
    const before = map.get(uri);
    map.delete(uri);
    const after = source === 'open' ? this.disk.get(uri) : undefined;
    if (!before || before.signature === after?.signature) return [];
    this.generation++;
    return [...new Set([before.id, after?.id].filter((id): id is string => id !== undefined))];
  }
}

function indexEntry(uri: string, parsed: ParsedDocument | undefined): IndexedPlan | undefined {
  const value = parsed?.value as Partial<Plan> | undefined;
  if (!parsed || parsed.parseDiagnostics.length || !value || typeof value !== 'object' || typeof value.id !== 'string') return undefined;
  return { id: value.id, plan: value as Plan, location: { uri, range: parsed.rangeOf('/id') }, signature: JSON.stringify(value) };
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage', '.turbo']);
export const MAX_INDEXED_FILES = 20_000;

/** Files under `root` whose names match, skipping node_modules, build output and dot-folders. No symlinks followed. */
export async function findFiles(root: string, match: (name: string) => boolean, limit = MAX_INDEXED_FILES): Promise<string[]> {
  const out: string[] = [];
  const stack = [root];
  while (stack.length && out.length < limit) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) stack.push(join(dir, entry.name));
      } else if (entry.isFile() && match(entry.name)) out.push(join(dir, entry.name));
    }
  }
  return out.sort();
}

export const isPlanFile = (name: string) => PLAN_FILE.test(name);

/** Reads a text file as UTF-8 without a BOM; undefined when it cannot be read. */
export async function readText(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}
