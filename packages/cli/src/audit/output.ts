import { relative } from 'node:path';
import { diagnosticJson, ownFindings, SummaryTally, type FileResult, type FindingsOf } from '../format.js';
import { Later, prettyJson, Streamed } from '../json-stream.js';
import type { AuditDiagnostic, AuditFileResult } from './pipeline.js';

/**
 * `--format json`, piece by piece: validate's shape plus what a record stream has (format, encoding, records, line,
 * record); problems of the config come first, as in `validate`, on the config file. Findings are streamed (from
 * disk, for a large audit), the summary counted on the way.
 */
export function* auditJsonChunks(
  results: readonly AuditFileResult[],
  cwd: string,
  configResults: readonly FileResult[] = [],
  findingsOf: FindingsOf = ownFindings,
): Generator<string> {
  const records = results.reduce((n, r) => n + r.records, 0);
  const brokenRecords = results.reduce((n, r) => n + r.brokenRecords, 0);
  const tally = new SummaryTally(configResults.length + results.length);
  const name = (file: string) => relative(cwd, file) || file;
  yield* prettyJson({
    results: new Streamed([
      ...configResults.map((r) => ({
        file: name(r.file),
        diagnostics: new Streamed(
          map(tally.count(r.diagnostics), (d) => ({ ruleId: d.ruleId, messageId: d.messageId, severity: d.severity, message: d.message, pointer: d.pointer, ...(d.range ? { range: d.range } : {}) })),
        ),
      })),
      ...results.map((r) => ({
        file: name(r.file),
        format: r.format,
        encoding: r.encoding,
        records: r.records,
        brokenRecords: r.brokenRecords,
        diagnostics: new Streamed(
          map(tally.count(findingsOf(r)), (d) => {
            const a = d as AuditDiagnostic;
            return {
              line: a.line,
              ...(a.record !== undefined ? { record: a.record } : {}),
              ...diagnosticJson(a),
              ...(typeof a.data?.firstLine === 'number' ? { related: { file: a.data.firstFile, line: a.data.firstLine, record: a.data.firstRecord } } : {}),
            };
          }),
        ),
      })),
    ]),
    summary: new Later(() => ({ ...tally.summary, records, brokenRecords })),
  });
  yield '\n';
}

function* map<T, U>(items: Iterable<T>, fn: (item: T) => U): Generator<U> {
  for (const item of items) yield fn(item);
}
