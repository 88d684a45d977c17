import { relative } from 'node:path';
import { diagnosticJson, summarize, type FileResult } from '../format.js';
import type { AuditFileResult } from './pipeline.js';

/**
 * `--format json`: validate's shape plus what a record stream has (format, encoding, records, line, record).
 * Problems of the config come first, as in `validate`, on the config file.
 */
export function formatAuditJson(results: readonly AuditFileResult[], cwd: string, configResults: readonly FileResult[] = []): string {
  const records = results.reduce((n, r) => n + r.records, 0);
  const brokenRecords = results.reduce((n, r) => n + r.brokenRecords, 0);
  return (
    JSON.stringify(
      {
        results: [
          ...configResults.map((r) => ({
            file: relative(cwd, r.file) || r.file,
            diagnostics: r.diagnostics.map((d) => ({ ruleId: d.ruleId, messageId: d.messageId, severity: d.severity, message: d.message, pointer: d.pointer, ...(d.range ? { range: d.range } : {}) })),
          })),
          ...results.map((r) => ({
          file: relative(cwd, r.file) || r.file,
          format: r.format,
          encoding: r.encoding,
          records: r.records,
          brokenRecords: r.brokenRecords,
          diagnostics: r.diagnostics.map((d) => ({
            line: d.line,
            ...(d.record !== undefined ? { record: d.record } : {}),
            ...diagnosticJson(d),
            ...(typeof d.data?.firstLine === 'number' ? { related: { file: d.data.firstFile, line: d.data.firstLine, record: d.data.firstRecord } } : {}),
          })),
          })),
        ],
        summary: { ...summarize([...configResults, ...results]), records, brokenRecords },
      },
      null,
      2,
    ) + '\n'
  );
}
