/**
 * Walking the SDK's bundled JSON Schemas by path, for hovers (descriptions) and completions (enums, formats).
 * The schemas are self-contained (`#/$defs/…` references only) and carry bilingual texts ("中文 | English").
 */
import { describeSchemaNode, type Locale } from '@qualcat/sdk';
import planSchema from '@qualcat/sdk/schemas/plan.schema.json' with { type: 'json' };
import certificateSchema from '@qualcat/sdk/schemas/certificate.schema.json' with { type: 'json' };
import configSchema from '@qualcat/sdk/schemas/config.schema.json' with { type: 'json' };

export interface SchemaNode {
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  required?: string[];
  items?: SchemaNode | boolean;
  prefixItems?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  enumDescriptions?: string[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  [key: string]: unknown;
}

export type SchemaKind = 'plan' | 'certificate' | 'config';

export const SCHEMAS: Record<SchemaKind, SchemaNode> = {
  plan: planSchema as SchemaNode,
  certificate: certificateSchema as SchemaNode,
  config: configSchema as SchemaNode,
};

/** Resolves `$ref` into its definition; the referring node's own keywords (a more specific description) win. */
export function resolveRef(root: SchemaNode, node: SchemaNode): SchemaNode {
  let current = node;
  for (let i = 0; i < 8 && typeof current.$ref === 'string'; i++) {
    const m = /^#\/\$defs\/(.+)$/.exec(current.$ref);
    const target = m ? root.$defs?.[m[1]!] : undefined;
    if (!target) break;
    const { $ref: _ref, ...own } = current;
    current = { ...target, ...own };
  }
  return current;
}

function variants(root: SchemaNode, node: SchemaNode): SchemaNode[] {
  const resolved = resolveRef(root, node);
  const branches = resolved.oneOf ?? resolved.anyOf;
  if (!branches) return [resolved];
  // A branch without its own description takes the union's (config rules: "a severity, or [severity, options]").
  return branches.map((b) => resolveRef(root, { ...(resolved.description ? { description: resolved.description } : {}), ...b }));
}

function childOf(root: SchemaNode, node: SchemaNode, token: string | number): SchemaNode | undefined {
  for (const variant of variants(root, node)) {
    if (typeof token === 'number') {
      const item = variant.prefixItems?.[token] ?? (typeof variant.items === 'object' ? variant.items : undefined);
      if (item) return resolveRef(root, item);
      continue;
    }
    const property = variant.properties?.[token];
    if (property) return resolveRef(root, property);
    for (const [pattern, schema] of Object.entries(variant.patternProperties ?? {})) {
      if (new RegExp(pattern, 'u').test(token)) return resolveRef(root, schema);
    }
    if (typeof variant.additionalProperties === 'object') return resolveRef(root, variant.additionalProperties);
  }
  return undefined;
}

/** The schema of the value at `path` (array indices as numbers); undefined where the schema says nothing. */
export function schemaAt(kind: SchemaKind, path: ReadonlyArray<string | number>): SchemaNode | undefined {
  const root = SCHEMAS[kind];
  let node: SchemaNode | undefined = root;
  for (const token of path) {
    if (!node) return undefined;
    node = childOf(root, node, token);
  }
  return node;
}

/** The object schemas a key at `path` could belong to: their properties are the keys one may add there. */
export function propertiesAt(kind: SchemaKind, path: ReadonlyArray<string | number>): Array<[string, SchemaNode]> {
  const root = SCHEMAS[kind];
  const node = schemaAt(kind, path);
  if (!node) return [];
  const out: Array<[string, SchemaNode]> = [];
  for (const variant of variants(root, node)) {
    for (const [name, schema] of Object.entries(variant.properties ?? {})) {
      if (name === '$schema') continue;
      out.push([name, resolveRef(root, schema)]);
    }
  }
  return out;
}

export interface EnumChoice {
  value: string | number | boolean;
  /** "中文 | English" label from `enumDescriptions`, already split by locale. */
  label?: string;
}

/** The values a field may take, with their labels: enums, integer ranges labelled by enumDescriptions, booleans. */
export function choicesOf(kind: SchemaKind, node: SchemaNode, locale: Locale): EnumChoice[] {
  const root = SCHEMAS[kind];
  const out: EnumChoice[] = [];
  for (const variant of variants(root, node)) {
    const labels = variant.enumDescriptions;
    const label = (i: number) => (labels?.[i] ? splitLabel(labels[i]!, locale) : undefined);
    if (variant.enum) {
      variant.enum.forEach((value, i) => {
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out.push({ value, ...optional('label', label(i)) });
      });
    } else if (variant.type === 'integer' && typeof variant.minimum === 'number' && typeof variant.maximum === 'number' && variant.maximum - variant.minimum < 20) {
      // The level: 1..5, labelled by enumDescriptions in the same order.
      for (let v = variant.minimum; v <= variant.maximum; v++) out.push({ value: v, ...optional('label', label(v - variant.minimum)) });
    } else if (variant.type === 'boolean') {
      out.push({ value: true }, { value: false });
    }
  }
  return out;
}

export function splitLabel(text: string, locale: Locale): string {
  const [zh, en] = text.split(' | ');
  return ((locale === 'en' ? (en ?? zh) : zh) ?? text).trim();
}

/** The description of a schema node in the locale ("中文 | English" split by the SDK). */
export function descriptionOf(node: SchemaNode | undefined, locale: Locale): string | undefined {
  return describeSchemaNode(node as Parameters<typeof describeSchemaNode>[0], locale);
}

export function isDateSchema(node: SchemaNode | undefined): boolean {
  return node?.format === 'date';
}

export function isRegionSchema(node: SchemaNode | undefined): boolean {
  return typeof node?.pattern === 'string' && node.pattern.includes('[0-9]{5}');
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
