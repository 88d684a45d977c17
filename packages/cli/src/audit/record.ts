import { parseDocument } from '@qualcat/sdk';
import type { AuditParseMessageId } from './messages.js';

/** A record slot found by a reader: a parsed value, or a problem that stops this record (not the file). */
export interface SourceRecord {
  /** 1-based physical line the record starts on. */
  line: number;
  /** Characters on that line (for the range "the whole line"). */
  lineLength: number;
  /** 0-based position of the record in its file: array index, data row (header excluded), non-blank line. */
  index: number;
  value?: unknown;
  problem?: RecordProblem;
}

export interface RecordProblem {
  messageId: AuditParseMessageId;
  data: Record<string, unknown>;
  /** Sub-phrase to localise into data.problem (see PHRASES). */
  phrase?: string;
}

/** Counts `"key":` occurrences outside strings: compared with the parsed object's keys to detect duplicates. */
export function countKeysInText(text: string): number {
  let n = 0;
  let i = text.indexOf('"');
  const len = text.length;
  while (i >= 0 && i < len) {
    i++;
    for (;;) {
      const q = text.indexOf('"', i);
      if (q < 0) return n;
      let backslashes = 0;
      for (let k = q - 1; k >= i && text.charCodeAt(k) === 92; k--) backslashes++;
      i = q + 1;
      if (backslashes % 2 === 0) break;
    }
    let j = i;
    while (j < len) {
      const c = text.charCodeAt(j);
      if (c === 32 || c === 9 || c === 10 || c === 13) j++;
      else break;
    }
    if (text.charCodeAt(j) === 58) n++;
    i = text.indexOf('"', j);
  }
  return n;
}

export function countKeysInValue(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const v of value) n += countKeysInValue(v);
    return n;
  }
  for (const key in value) {
    n++;
    n += countKeysInValue((value as Record<string, unknown>)[key]);
  }
  return n;
}

/**
 * One JSON record (an NDJSON line, a JSON array element). `JSON.parse` for speed; JSON.parse keeps the last of
 * duplicate keys silently, so the keys are counted and, on a mismatch only, the SDK's parser names the duplicate.
 */
export function parseJsonRecord(text: string): { value: unknown } | { problem: RecordProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: { messageId: 'syntax', data: { format: 'JSON', detail: (error as Error).message } } };
  }
  if (value && typeof value === 'object' && countKeysInText(text) !== countKeysInValue(value)) {
    const parsed = parseDocument(text, 'record.json', { format: 'json' });
    const duplicate = parsed.parseDiagnostics.find((d) => d.messageId === 'duplicate-key');
    if (duplicate) return { problem: { messageId: 'duplicate-key', data: { key: duplicate.data?.key } } };
  }
  return { value };
}
