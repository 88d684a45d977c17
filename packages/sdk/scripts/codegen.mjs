// Code generation: schemas/ → bundled schemas, TypeScript types and ajv standalone validators.
// `generate()` is pure (returns file contents) so the drift test can compare it with what is on disk.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';

const here = dirname(fileURLToPath(import.meta.url));
export const sdkDir = join(here, '..');
export const repoRoot = join(sdkDir, '..', '..');
export const schemasDir = join(repoRoot, 'schemas');

/** The documents qualcat reads; `defs` only holds shared definitions. */
export const ROOT_SCHEMAS = ['catalog', 'plan', 'certificate', 'config', 'plugin'];
/** Keywords that are annotations for editors, unknown to ajv's vocabulary. */
export const ANNOTATION_KEYWORDS = ['enumDescriptions'];

const header = (from) => `generated from ${from}, do not edit, run \`pnpm codegen\``;

function readSchemas() {
  const out = {};
  for (const file of readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json'))) {
    out[file] = JSON.parse(readFileSync(join(schemasDir, file), 'utf8'));
  }
  return out;
}

/** Inline cross-file `$ref`s (`defs.schema.json#/$defs/x`) into the schema's own `$defs`, so every bundled schema stands alone. */
export function bundle(name, schemas) {
  const root = structuredClone(schemas[`${name}.schema.json`]);
  root.$defs ??= {};
  const pending = [];
  const rewrite = (node, file) => {
    if (Array.isArray(node)) return node.forEach((n) => rewrite(n, file));
    if (!node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string') {
      const [target, fragment = ''] = node.$ref.split('#');
      const targetFile = target || file;
      if (targetFile !== `${name}.schema.json`) {
        const m = /^\/\$defs\/([^/]+)$/.exec(fragment);
        if (!m) throw new Error(`unsupported $ref ${node.$ref} in ${file}`);
        const key = m[1];
        if (!root.$defs[key]) {
          const def = schemas[targetFile]?.$defs?.[key];
          if (!def) throw new Error(`unresolved $ref ${node.$ref} in ${file}`);
          root.$defs[key] = structuredClone(def);
          pending.push([root.$defs[key], targetFile]);
        }
        node.$ref = `#/$defs/${key}`;
      }
    }
    for (const [k, v] of Object.entries(node)) if (k !== '$ref') rewrite(v, file);
  };
  rewrite(root, `${name}.schema.json`);
  while (pending.length) {
    const [def, file] = pending.shift();
    rewrite(def, file);
  }
  if (Object.keys(root.$defs).length === 0) delete root.$defs;
  return { $comment: header(`schemas/${name}.schema.json`), ...root };
}

// Names for the generated TypeScript types: pointer in a bundled schema → type name.
const TYPE_NAMES = {
  catalog: { '': 'Catalog', '/properties/source': 'CatalogSource', '/properties/batches/items': 'CatalogBatch', '/properties/qualifications/items': 'Qualification', '/properties/qualifications/items/properties/group': 'QualificationGroup', '/properties/qualifications/items/properties/occupations/items': 'CatalogOccupation', '/properties/qualifications/items/properties/anomalies/items': 'CatalogAnomaly', '/properties/qualifications/items/properties/exit': 'ExitArrangement' },
  plan: { '': 'Plan', '/properties/organizer': 'Organizer', '/properties/registration': 'Registration', '/properties/items/items': 'PlanItem', '/properties/candidateChoice': 'CandidateChoice', '/properties/kind': 'PlanKind', '/properties/purpose': 'PlanPurpose', '/properties/questionBank': 'QuestionBank' },
  certificate: { '': 'CertificateRecord', '/properties/type': 'CertificateType', '/properties/holder': 'Holder', '/properties/issuer': 'Issuer', '/properties/proof': 'Proof' },
  config: { '': 'Config', '/properties/locale': 'ConfigLocale' },
  plugin: { '': 'PluginManifest', '/properties/appliesTo': 'AppliesTo', '/properties/source': 'PluginSource' },
};
const DEF_NAMES = { date: 'IsoDate', region: 'RegionCode', level: 'Level', occupationName: 'OccupationName', organizationType: 'OrganizationType', filing: 'Filing', trainingProgram: 'TrainingProgram', severity: 'RuleSeverity', ruleSetting: 'RuleSetting', catalogPatch: 'CatalogPatch' };

// Maps of sub-schemas (their keys are names, not keywords).
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties']);

/**
 * Adapt a bundled schema for json-schema-to-typescript: drop display titles (type names come from TYPE_NAMES),
 * turn `$ref` with sibling descriptions into a named type reference (else every use becomes a new alias),
 * type `x-` extension fields as unknown, and spell 2020-12 tuples the way the generator understands.
 */
function forTypes(name, bundled) {
  const s = structuredClone(bundled);
  delete s.$comment;
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    delete node.title;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/$defs/')) {
      const key = node.$ref.slice('#/$defs/'.length);
      delete node.$ref;
      node.tsType = DEF_NAMES[key] ?? key;
    }
    if (node.patternProperties) for (const k of Object.keys(node.patternProperties)) node.patternProperties[k] = { tsType: 'unknown' };
    if (Array.isArray(node.prefixItems)) {
      node.items = node.prefixItems;
      node.additionalItems = false;
      delete node.prefixItems;
    }
    for (const [k, v] of Object.entries(node)) {
      if (SCHEMA_MAPS.has(k) && v && typeof v === 'object') Object.values(v).forEach(visit);
      else if (k !== 'enum' && k !== 'const' && k !== 'default' && k !== 'enumDescriptions') visit(v);
    }
  };
  visit(s);
  for (const [pointer, title] of Object.entries(TYPE_NAMES[name])) {
    const node = pointer === '' ? s : pointer.split('/').slice(1).reduce((n, k) => n?.[k], s);
    if (!node) throw new Error(`no ${pointer} in ${name}`);
    node.title = title;
  }
  for (const [key, def] of Object.entries(s.$defs ?? {})) def.title = DEF_NAMES[key] ?? key;
  return s;
}

/** Build every generated file; returns { absolutePath: content }. */
export async function generate() {
  const schemas = readSchemas();
  const files = {};
  const bundled = {};
  for (const name of ROOT_SCHEMAS) {
    bundled[name] = bundle(name, schemas);
    files[join(sdkDir, 'schemas', `${name}.schema.json`)] = JSON.stringify(bundled[name], null, 2) + '\n';
  }

  // One TypeScript module for all documents: shared definitions are declared once.
  const combined = { title: 'QualcatDocuments', type: 'object', additionalProperties: false, properties: {}, $defs: {} };
  for (const name of ROOT_SCHEMAS) {
    const s = forTypes(name, bundled[name]);
    for (const [k, v] of Object.entries(s.$defs ?? {})) combined.$defs[k] ??= v;
    delete s.$defs;
    delete s.$schema;
    delete s.$id;
    combined.$defs[`${name}Document`] = s;
    combined.properties[name] = { $ref: `#/$defs/${name}Document` };
  }
  let types = await compile(combined, 'QualcatDocuments', {
    bannerComment: `/* ${header('schemas/*.schema.json')} */`,
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: false,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  types = types.replace(/export interface QualcatDocuments \{[^}]*\}\n/, '');
  files[join(sdkDir, 'src', 'generated', 'types.ts')] = types;

  // ajv standalone: one ESM module exporting a validator per document.
  const ajv = createAjv({ verbose: true, code: { source: true, esm: true, lines: true } });
  const exportsMap = {};
  for (const name of ROOT_SCHEMAS) {
    ajv.addSchema(bundled[name]);
    exportsMap[`validate${name[0].toUpperCase()}${name.slice(1)}Schema`] = bundled[name].$id;
  }
  // ajv's ESM output still `require`s its runtime helpers: turn each into an import (Node's default import of a
  // CommonJS module is its module.exports, as `require` returns), so the module is plain ESM that bundlers follow.
  const runtimeImports = [];
  const code = standaloneCode(ajv, exportsMap).replace(/require\("([^"]+)"\)/g, (_whole, specifier) => {
    let index = runtimeImports.indexOf(specifier);
    if (index < 0) index = runtimeImports.push(specifier) - 1;
    return `cjs(runtime${index})`;
  });
  const imports = [
    ...runtimeImports.map((specifier, i) => `import runtime${i} from ${JSON.stringify(specifier.endsWith('.js') ? specifier : `${specifier}.js`)};`),
    '// Node hands over module.exports; some bundlers hand over exports.default when there is one.',
    'const cjs = (m) => (typeof m === "function" ? { default: m } : m);',
  ].join('\n');
  files[join(sdkDir, 'src', 'generated', 'validators.js')] = `// ${header('schemas/*.schema.json')}\n// @ts-nocheck\n${imports}\n${code.replace('"use strict";', '')}\n`;
  files[join(sdkDir, 'src', 'generated', 'validators.d.ts')] =
    `// ${header('schemas/*.schema.json')}\nimport type { ErrorObject } from 'ajv';\n\nexport interface StandaloneValidator {\n  (data: unknown): boolean;\n  errors?: ErrorObject[] | null;\n}\n\n` +
    Object.keys(exportsMap).map((k) => `export declare const ${k}: StandaloneValidator;\n`).join('');
  return files;
}

/** The ajv options used for both the standalone build and the runtime comparison. */
export function createAjv(extra = {}) {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, strictTuples: false, ...extra });
  addFormats.default(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: 'array' });
  return ajv;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await generate();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`codegen: wrote ${relative(repoRoot, path)}`);
  }
}
