/**
 * The YAML and tolerant-JSON parsers, loaded when first needed rather than with the SDK: `yaml` and `jsonc-parser`
 * are a quarter of the CLI's start-up, and a run over JSON plan files that are all valid needs neither (JSON.parse
 * does the work; see engine/json-fast.ts). They are required from the SDK's own location.
 *
 * A self-contained bundle (the language server's dist/server.js, shipped without node_modules) cannot require them
 * at run time: it imports them itself and hands them over with `provideParserModules` before parsing anything.
 */
import { createRequire } from 'node:module';
import type * as JsoncParser from 'jsonc-parser';
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | undefined;
let jsoncParser: typeof JsoncParser | undefined;
let nodeRequire: NodeJS.Require | undefined;
const load = (id: string): unknown => (nodeRequire ??= createRequire(import.meta.url))(id);

export function yamlModule(): typeof Yaml {
  return (yaml ??= load('yaml') as typeof Yaml);
}

export function jsoncParserModule(): typeof JsoncParser {
  return (jsoncParser ??= load('jsonc-parser') as typeof JsoncParser);
}

/** For bundles: the `yaml` and `jsonc-parser` modules the SDK should use (instead of requiring its own). */
export function provideParserModules(modules: { yaml?: typeof Yaml; jsoncParser?: typeof JsoncParser }): void {
  if (modules.yaml) yaml = modules.yaml;
  if (modules.jsoncParser) jsoncParser = modules.jsoncParser;
}
