import type { CatalogPatch, PluginManifest, RuleSetting } from '../generated/types.js';
import type { LocalizedText } from '../messages.js';
import type { AnyRule } from './rule.js';

export interface PluginDefinition {
  /** Also the namespace of the plugin's own rules: `zhejiang` → `zhejiang/make-up-window`. */
  id: string;
  title?: string;
  source?: { document: string; issuedOn?: string };
  /** Region-code prefixes of the documents the plugin governs (Zhejiang: ['33']). Omit for a plugin that applies everywhere. */
  appliesTo?: { regions?: readonly string[] };
  rules?: readonly AnyRule[];
  /** Severity and/or options of existing rules, by id: "off", "warning", ["error", { … }]. */
  overrides?: Readonly<Record<string, RuleSetting>>;
  /** Catalog patches applied to the documents the plugin governs. */
  catalog?: readonly CatalogPatch[];
  settings?: Readonly<Record<string, unknown>>;
  /** Message text overrides: rule id → message id → locale → text. */
  messages?: Readonly<Record<string, Readonly<Record<string, Partial<LocalizedText>>>>>;
}

export interface Plugin extends Readonly<PluginDefinition> {
  readonly kind: 'qualcat-plugin';
  /** `code` plugins run JavaScript; `data` plugins are JSON manifests, safe to load anywhere. */
  readonly origin: 'code' | 'data';
}

export class PluginDefinitionError extends Error {
  readonly code = 'QC_PLUGIN_DEFINITION';
  constructor(message: string) {
    super(message);
    this.name = 'PluginDefinitionError';
  }
}

const PLUGIN_ID = /^[a-z0-9][a-z0-9-]*$/;

function check(definition: PluginDefinition): void {
  if (!PLUGIN_ID.test(definition.id)) throw new PluginDefinitionError(`plugin id “${definition.id}” must be kebab-case (a-z, 0-9, -)`);
  const seen = new Set<string>();
  for (const rule of definition.rules ?? []) {
    if (rule?.kind !== 'qualcat-rule') throw new PluginDefinitionError(`plugin ${definition.id}: every rule must be made with defineRule()`);
    if (!rule.id.startsWith(`${definition.id}/`)) {
      throw new PluginDefinitionError(`plugin ${definition.id}: rule ${rule.id} must be in the plugin's namespace (${definition.id}/…)`);
    }
    if (seen.has(rule.id)) throw new PluginDefinitionError(`plugin ${definition.id}: rule ${rule.id} is defined twice`);
    seen.add(rule.id);
  }
  for (const prefix of definition.appliesTo?.regions ?? []) {
    if (!/^[0-9]{2,6}$/.test(prefix)) throw new PluginDefinitionError(`plugin ${definition.id}: region prefix “${prefix}” must be 2–6 digits`);
  }
}

/** A code plugin (ESLint flat-config style): plain data plus rules made with defineRule(). */
export function definePlugin(definition: PluginDefinition): Plugin {
  check(definition);
  return Object.freeze({ ...definition, kind: 'qualcat-plugin' as const, origin: 'code' as const });
}

/** A data plugin from a JSON manifest already validated against plugin.schema.json: no code, no rules of its own. */
export function pluginFromManifest(manifest: PluginManifest): Plugin {
  const definition: PluginDefinition = {
    id: manifest.id,
    ...(manifest.title ? { title: manifest.title } : {}),
    ...(manifest.source ? { source: manifest.source } : {}),
    ...(manifest.appliesTo ? { appliesTo: { regions: manifest.appliesTo.regions ?? [] } } : {}),
    ...(manifest.overrides ? { overrides: manifest.overrides as Record<string, RuleSetting> } : {}),
    ...(manifest.catalog ? { catalog: manifest.catalog } : {}),
    ...(manifest.settings ? { settings: manifest.settings } : {}),
    ...(manifest.messages ? { messages: manifest.messages as PluginDefinition['messages'] } : {}),
  };
  check(definition);
  return Object.freeze({ ...definition, kind: 'qualcat-plugin' as const, origin: 'data' as const });
}

export function isPlugin(value: unknown): value is Plugin {
  return !!value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'qualcat-plugin';
}

/** Whether a plugin governs a document of that region (no region: every configured plugin checks it). */
export function pluginAppliesTo(plugin: Plugin, region: string | undefined): boolean {
  const prefixes = plugin.appliesTo?.regions;
  if (!prefixes || prefixes.length === 0 || region === undefined) return true;
  return prefixes.some((p) => region.startsWith(p));
}
