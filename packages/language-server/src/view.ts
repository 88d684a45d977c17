/** The part of a file the cursor is in, seen as one plan, certificate record or config. */
import { parse as parseJsonTolerant, parseTree } from 'jsonc-parser';
import { parseDocument as parseYaml } from 'yaml';
import type { FileType } from './documents.js';
import { locate, type CursorLocation } from './location.js';
import type { SchemaKind } from './schema.js';
import { TextLines } from './text.js';

export interface DocumentView {
  schemaKind: SchemaKind;
  format: 'json' | 'yaml';
  /** Offset in the file of `text` (non-zero for a record of a set). */
  base: number;
  text: string;
  location: CursorLocation;
  /** The plan/record/config under the cursor, parsed as far as it goes (half-typed text included). */
  value: unknown;
}

/** Best-effort value of text that may be mid-edit (completion runs on invalid documents). */
export function tolerantValue(text: string, format: 'json' | 'yaml'): unknown {
  try {
    if (format === 'json') return parseJsonTolerant(text, [], { allowTrailingComma: true, disallowComments: false });
    return parseYaml(text, { uniqueKeys: false }).toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/**
 * @param wholeValue the file's value when it parsed cleanly (the service has it from the lint): saves a parse.
 */
export function viewAt(text: string, type: FileType, offset: number, wholeValue?: unknown): DocumentView | undefined {
  if (type.kind !== 'certificate-set') {
    const format = type.format === 'yaml' ? 'yaml' : 'json';
    // A value parsed without problems means the text is valid JSON/YAML: the cursor can be found the fast way.
    const location = locate(text, offset, format, wholeValue !== undefined);
    if (!location) return undefined;
    return lazyValue({ schemaKind: type.kind, format, base: 0, text, location }, () => wholeValue ?? tolerantValue(text, format));
  }
  if (type.format === 'ndjson') {
    const lines = TextLines.of(text);
    const line = lines.line(lines.positionAt(offset).line);
    const location = locate(line.text, offset - line.start, 'json');
    if (!location) return undefined;
    return lazyValue({ schemaKind: 'certificate', format: 'json', base: line.start, text: line.text, location }, () => tolerantValue(line.text, 'json'));
  }
  // A JSON array of records: the record under the cursor.
  const root = parseTree(text, [], { allowTrailingComma: true });
  const record = root?.type === 'array' ? root.children?.find((c) => offset >= c.offset && offset <= c.offset + c.length) : undefined;
  if (!record) return undefined;
  const slice = text.slice(record.offset, record.offset + record.length);
  const location = locate(slice, offset - record.offset, 'json');
  if (!location) return undefined;
  return lazyValue({ schemaKind: 'certificate', format: 'json', base: record.offset, text: slice, location }, () => tolerantValue(slice, 'json'));
}

/** `value` is parsed when first asked for: most hovers and completions never need it. */
function lazyValue(view: Omit<DocumentView, 'value'>, compute: () => unknown): DocumentView {
  let value: { v: unknown } | undefined;
  return Object.defineProperty(view, 'value', {
    get: () => (value ??= { v: compute() }).v,
    enumerable: true,
  }) as DocumentView;
}
