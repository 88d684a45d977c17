#!/usr/bin/env node
/**
 * Editor latency, in one process, through the language service the LSP server uses (no transport, no debounce):
 * a 5,000-item plan is opened (diagnostics), then edited one character at a time; after each edit, the time to new
 * diagnostics, then a hover and a completion on an occupation of that version of the text (as an editor asks for
 * them). The floor beside it: JSON.parse of the same text.
 *
 *   node bench/editor.mjs --plan FILE [--edits 20] [--language-server PATH] [--sdk PATH]
 *
 * Prints one JSON object: samples in ms per measurement.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const planFile = resolve(option('plan'));
const edits = Number(option('edits', 20));
const importFrom = (path, fallback) => (path ? import(pathToFileURL(resolve(path)).href) : import(fallback));
const { createLanguageService, BUNDLED_PLUGINS } = await importFrom(option('language-server'), '@qualcat/language-server');
const { loadConfig, findConfigFile } = await importFrom(option('sdk'), '@qualcat/sdk');

const uri = pathToFileURL(planFile).href;
let text = readFileSync(planFile, 'utf8');
const configPath = findConfigFile(dirname(planFile));
const loaded = await loadConfig(configPath, { bundledPlugins: BUNDLED_PLUGINS, asOf: '2024-01-02' });
const service = createLanguageService({ configFor: () => loaded, today: () => '2024-01-02' });

const lines = () => text.split('\n');
/** The position of the n-th `"candidates": ` digit and of the n-th occupation value (inside its quotes). */
function positions(n) {
  const ls = lines();
  let seen = 0;
  let candidates;
  let occupation;
  for (let line = 0; line < ls.length && (!candidates || !occupation); line++) {
    const c = ls[line].indexOf('"candidates": ');
    if (c !== -1 && !candidates && seen++ === n) candidates = { line, character: c + '"candidates": '.length + 1 };
    const o = ls[line].indexOf('"occupation": "');
    if (o !== -1 && candidates && !occupation) occupation = { line, character: o + '"occupation": "'.length + 1 };
  }
  return { candidates, occupation };
}
function offsetOf(position) {
  let offset = 0;
  const ls = lines();
  for (let l = 0; l < position.line; l++) offset += ls[l].length + 1;
  return offset + position.character;
}

const samples = { open: [], diagnostics: [], hover: [], completion: [], jsonParse: [], diagnosticCounts: [] };
let t0 = performance.now();
let diagnostics = await service.validate(text, uri);
samples.open.push(performance.now() - t0);
samples.diagnosticCounts.push(diagnostics.length);

const itemCount = (text.match(/"candidates": /g) ?? []).length;
for (let k = 0; k < edits; k++) {
  // Retype a digit of `candidates` somewhere in the plan (the text stays a valid plan), as a person typing does.
  const { candidates, occupation } = positions(Math.floor(((k + 0.5) * itemCount) / edits));
  const at = offsetOf(candidates);
  const digit = String((Number(text[at]) + 1) % 10);
  text = text.slice(0, at) + digit + text.slice(at + 1);

  t0 = performance.now();
  diagnostics = await service.validate(text, uri);
  samples.diagnostics.push(performance.now() - t0);
  samples.diagnosticCounts.push(diagnostics.length);

  t0 = performance.now();
  const hover = await service.hover(text, uri, occupation);
  samples.hover.push(performance.now() - t0);
  if (!hover) throw new Error(`no hover at ${JSON.stringify(occupation)}`);

  t0 = performance.now();
  const completion = await service.complete(text, uri, occupation);
  samples.completion.push(performance.now() - t0);
  if (!completion.items.length) throw new Error(`no completion at ${JSON.stringify(occupation)}`);

  t0 = performance.now();
  JSON.parse(text);
  samples.jsonParse.push(performance.now() - t0);
}
process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), items: itemCount, ...samples }) + '\n');
