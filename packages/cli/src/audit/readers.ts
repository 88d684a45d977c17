import { decodeLines } from './byte-lines.js';
import { readCsv } from './csv.js';
import { decodeBytes, type EncodingChoice, type TextEncoding } from './decode.js';
import { readJsonArray } from './json-array.js';
import { MAX_LINE_CHARS, splitLines, type PhysicalLine } from './lines.js';
import { parseJsonRecord, type SourceRecord } from './record.js';

export type InputFormat = 'ndjson' | 'csv' | 'json';

/** Format by extension, for files whose content does not tell (empty ones). */
export function formatFromName(name: string): InputFormat | undefined {
  if (/\.(nd)?jsonl?$/i.test(name)) return /\.json$/i.test(name) ? 'json' : 'ndjson';
  if (/\.(csv|txt)$/i.test(name)) return 'csv';
  return undefined;
}

/**
 * Format by content, then by name: the first non-blank character `[` is a JSON array, `{` one JSON object per
 * line (NDJSON — also for a `.json` file that holds one record per line), anything else CSV with a header row.
 * Content wins because stdin has no name and exports are often misnamed (`.txt`, `.json` holding NDJSON).
 */
export function formatFromFirstChar(first: string | undefined, name: string): InputFormat {
  if (first === '[') return 'json';
  if (first === '{') return 'ndjson';
  if (first === undefined) return formatFromName(name) ?? 'ndjson';
  return 'csv';
}

/** What a peek read, then the rest of the source: the pieces read are let go once replayed. */
async function* replay<T>(seen: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* seen;
  seen.length = 0;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/** Reads text until its first non-blank character, and gives back a stream that replays what was read. */
export async function peekFirstChar(chunks: AsyncIterable<string>): Promise<{ first: string | undefined; chunks: AsyncGenerator<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: string[] = [];
  let first: string | undefined;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    const m = /\S/.exec(next.value);
    if (m) {
      first = m[0];
      break;
    }
  }
  return { first, chunks: replay(seen, iterator) };
}

/**
 * Reads bytes until the first non-blank byte (a UTF-8 BOM skipped), and gives back a stream that replays them.
 * Bytes, not characters: `[`, `{` and the blanks are the same bytes in UTF-8 and GBK.
 */
export async function peekFirstByte(source: AsyncIterable<Uint8Array>): Promise<{ first: string | undefined; chunks: AsyncGenerator<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let first: string | undefined;
  let offset = 0;
  outer: for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    for (const byte of next.value) {
      const bom = offset < 3 && byte === [0xef, 0xbb, 0xbf][offset];
      offset++;
      if (bom || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
      first = String.fromCharCode(byte);
      break outer;
    }
  }
  return { first, chunks: replay(seen, iterator) };
}

async function* readNdjson(lines: AsyncIterable<PhysicalLine[]>): AsyncGenerator<SourceRecord[]> {
  let index = 0;
  for await (const batch of lines) {
    const out: SourceRecord[] = [];
    for (const { text, line, tooLong } of batch) {
      if (tooLong) {
        out.push({ line, lineLength: 0, index: index++, problem: { messageId: 'too-long', data: { limit: MAX_LINE_CHARS } } });
        continue;
      }
      // Blank lines (a trailing newline, spacing) are not records.
      if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) continue;
      const parsed = parseJsonRecord(text);
      out.push({ line, lineLength: text.length, index: index++, ...('value' in parsed ? { value: parsed.value } : { problem: parsed.problem }) });
    }
    if (out.length) yield out;
  }
}

export interface OpenedRecords {
  format: InputFormat;
  records: AsyncGenerator<SourceRecord[]>;
  /** The encoding read (known once a non-ASCII byte has been seen; final when `records` is done). */
  encoding(): TextEncoding | undefined;
}

/**
 * The records of one file, in order, in batches (one await per input chunk, not per record). The format comes
 * from the first non-blank byte ({@link formatFromFirstChar}); NDJSON and CSV are split into lines as bytes and
 * decoded line by line, a JSON array is decoded as a text stream and cut at its own commas.
 */
export async function openRecords(bytes: AsyncIterable<Uint8Array>, name: string, encoding: EncodingChoice = 'auto'): Promise<OpenedRecords> {
  const { first, chunks } = await peekFirstByte(bytes);
  const format = formatFromFirstChar(first, name);
  if (format === 'json') {
    const decoded = decodeBytes(chunks, encoding);
    return { format, records: readJsonArray(decoded.chunks), encoding: () => decoded.encoding };
  }
  const decoded = decodeLines(chunks, encoding);
  return { format, records: format === 'csv' ? readCsv(decoded.lines) : readNdjson(decoded.lines), encoding: () => decoded.encoding };
}

/** Text (already decoded) → records; for callers holding strings (tests, embedders). */
export function readRecords(chunks: AsyncIterable<string>, format: InputFormat): AsyncGenerator<SourceRecord[]> {
  if (format === 'json') return readJsonArray(chunks);
  if (format === 'csv') return readCsv(splitLines(chunks));
  return readNdjson(splitLines(chunks));
}
