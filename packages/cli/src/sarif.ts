import { pathToFileURL } from 'node:url';
import { relative, sep } from 'node:path';
import type { Diagnostic } from '@qualcat/sdk';
import { ownFindings, type FileResult, type FindingsOf } from './format.js';
import { prettyJson, Streamed } from './json-stream.js';
import type { RuleInfo } from './rule-info.js';
import { VERSION } from './version.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export interface SarifOptions {
  cwd: string;
  rules: readonly RuleInfo[];
}

/** SARIF 2.1.0: one run, rules with help text and their source sentence, results with regions (UTF-16 columns). */
export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
  return [...sarifChunks(results, options)].join('');
}

/** {@link formatSarif} piece by piece, the results streamed (an audit's findings may be read back from disk). */
export function* sarifChunks(results: readonly FileResult[], options: SarifOptions, findingsOf: FindingsOf = ownFindings): Generator<string> {
  const rules = [...options.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = new Streamed(
    (function* () {
      for (const r of results) for (const d of findingsOf(r)) yield result(d, r.file, options.cwd, index);
    })(),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'qualcat',
            semanticVersion: VERSION,
            version: VERSION,
            informationUri: 'https://qualcat.dev',
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: r.source ? `${r.description} — ${r.source.document} ${r.source.section}` : r.description },
              help: {
                text: r.source ? `${r.source.document} ${r.source.section}：${r.source.quote}` : r.description,
                markdown: r.source ? `**${r.source.document} ${r.source.section}**\n\n> ${r.source.quote}` : r.description,
              },
              defaultConfiguration: { level: r.severity === 'off' ? 'none' : LEVEL[r.severity], enabled: r.severity !== 'off' },
              properties: {
                ...(r.source ? { source: r.source } : {}),
                ...(r.definedBy ? { definedBy: r.definedBy } : {}),
                ...(r.changedBy ? { changedBy: r.changedBy } : {}),
              },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(options.cwd.endsWith(sep) ? options.cwd : options.cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  yield* prettyJson(log);
  yield '\n';
}

function result(d: Diagnostic, file: string, cwd: string, index: Map<string, number>) {
  const rel = relative(cwd, file);
  const inside = rel && !rel.startsWith('..');
  const artifactLocation = inside ? { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' } : { uri: pathToFileURL(file).href };
  const region = d.range
    ? {
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      }
    : undefined;
  const ruleIndex = index.get(d.ruleId);
  return {
    ruleId: d.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [
      {
        physicalLocation: { artifactLocation, ...(region ? { region } : {}) },
        ...(d.pointer ? { logicalLocations: [{ fullyQualifiedName: d.pointer, kind: 'member' }] } : {}),
      },
    ],
    properties: {
      messageId: d.messageId,
      pointer: d.pointer,
      ...(d.source ? { source: d.source } : {}),
      ...(d.plugin ? { plugin: d.plugin } : {}),
      ...(typeof d.data?.line === 'number' ? { line: d.data.line } : {}),
    },
  };
}
