import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import type { Node as YamlNode } from 'yaml';
import { jsoncParserModule, yamlModule } from '../parsers.js';
import type { Diagnostic, Position, Range } from '../diagnostics.js';
import { parsePointer } from '../diagnostics.js';
import { formatMessage, type Locale, type LocalizedText } from '../messages.js';
import { countKeys, JsonLocator, scanJson } from './json-fast.js';

export type DocumentFormat = 'json' | 'yaml';

/** A document parsed once, with the one place that maps JSON pointers to ranges. */
export interface ParsedDocument {
  readonly uri: string;
  readonly text: string;
  readonly format: DocumentFormat;
  /** The parsed value; undefined when the text could not be parsed at all. */
  readonly value: unknown;
  /** `core/parse` diagnostics (syntax errors, duplicate keys), with ranges. */
  readonly parseDiagnostics: Diagnostic[];
  /** The range of the value (or, with `key`, the property name) at `pointer`; falls back to the nearest ancestor. */
  rangeOf(pointer: string, target?: 'key' | 'value'): Range;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

export const PARSE_MESSAGES = {
  syntax: { 'zh-CN': '{format} 语法错误：{detail}', en: '{format} syntax error: {detail}' },
  'duplicate-key': { 'zh-CN': '重复的键“{key}”（同一对象中只能出现一次）', en: 'Duplicate key "{key}" (a key may appear once per object)' },
  empty: { 'zh-CN': '文件为空', en: 'The file is empty' },
  'too-deep': { 'zh-CN': '嵌套层数超过 {limit} 层', en: 'Nesting deeper than {limit} levels' },
  'yaml-aliases': { 'zh-CN': 'YAML 别名展开过多（超过 {limit}），疑似“别名炸弹”', en: 'Too many YAML alias expansions (over {limit}): a possible alias bomb' },
  'not-utf8': { 'zh-CN': '文件不是 UTF-8 编码：{detail}', en: 'The file is not UTF-8: {detail}' },
} satisfies Record<string, LocalizedText>;

export type ParseMessageId = keyof typeof PARSE_MESSAGES;

/** Deeper documents are refused rather than risking the stack (10,000-deep nesting is a real input). */
export const MAX_DEPTH = 256;
export const MAX_YAML_ALIAS_COUNT = 100;

export function detectFormat(uri: string): DocumentFormat {
  return /\.ya?ml$/i.test(uri) ? 'yaml' : 'json';
}

/**
 * Offsets ↔ LSP positions (UTF-16 code units, like JavaScript strings) for one text. Line starts are computed when a
 * position is first asked for (a clean document never needs one). Shared by the parser, the text patcher and the
 * language server.
 */
export class LineIndex {
  private lineStarts: ArrayLike<number> | undefined;
  constructor(readonly text: string) {}
  protected get starts(): ArrayLike<number> {
    if (this.lineStarts) return this.lineStarts;
    const text = this.text;
    if (text.indexOf('\r') === -1) {
      // \n only (the usual case): counted, then filled into a typed array, with the native search (4× faster than
      // pushing onto an array from a character loop)
      let count = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
      const typed = new Int32Array(count);
      let k = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) typed[k++] = i + 1;
      return (this.lineStarts = typed);
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return (this.lineStarts = starts);
  }
  positionAt(offset: number): Position {
    const starts = this.starts;
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo]! };
  }
  offsetAt(p: Position): number {
    const starts = this.starts;
    if (p.line >= starts.length) return this.text.length;
    if (p.line < 0) return 0;
    const start = starts[p.line]!;
    const next = starts[p.line + 1] ?? this.text.length;
    return Math.min(start + Math.max(0, p.character), next);
  }
  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
  get lineCount(): number {
    return this.starts.length;
  }
  /** Start offset and text of a line, without its line break. */
  line(index: number): { start: number; text: string } {
    const start = this.starts[index] ?? this.text.length;
    const next = this.starts[index + 1] ?? this.text.length;
    return { start, text: this.text.slice(start, next).replace(/\r?\n$|\r$/, '') };
  }
}

function parseDiagnostic(messageId: ParseMessageId, range: Range, locale: Locale, data: Record<string, unknown> = {}): Diagnostic {
  return {
    ruleId: 'core/parse',
    messageId,
    severity: 'error',
    message: formatMessage(PARSE_MESSAGES[messageId], locale, data),
    pointer: '',
    range,
    data,
  };
}

/** Own-property assignment that treats `__proto__` and friends as plain keys (no prototype pollution). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export interface ParseOptions {
  format?: DocumentFormat;
  locale?: Locale;
}

/** Parses JSON or YAML text once; never throws. */
export function parseDocument(text: string, uri: string, options: ParseOptions = {}): ParsedDocument {
  // A byte-order mark is not content: parse it as a space, so every offset still matches the text.
  if (text.charCodeAt(0) === 0xfeff) return { ...parseDocument(' ' + text.slice(1), uri, options), text };
  const format = options.format ?? detectFormat(uri);
  const locale = options.locale ?? 'zh-CN';
  const lines = new LineIndex(text);
  const base = { uri, text, format, positionAt: (o: number) => lines.positionAt(o), offsetAt: (p: Position) => lines.offsetAt(p) };
  // /\S/ is what trim() keeps: no copy of a large text just to see that it is not blank.
  if (!/\S/.test(text)) {
    return { ...base, value: undefined, parseDiagnostics: [parseDiagnostic('empty', lines.range(0, text.length), locale)], rangeOf: () => lines.range(0, 0) };
  }
  if (format === 'yaml') {
    const deepAt = excessiveNestingAt(text);
    if (deepAt >= 0) return tooDeep(text, base, lines, locale, deepAt);
    return parseYaml(text, base, lines, locale);
  }
  // One pass for both the nesting limit (as excessiveNestingAt) and the count of property names (for the fast path).
  const scan = scanJson(text, MAX_DEPTH);
  if (scan.deepAt >= 0) return tooDeep(text, base, lines, locale, scan.deepAt);
  return parseJsonFast(text, base, lines, scan.keys) ?? parseJson(text, base, lines, locale);
}

/**
 * Valid JSON without repeated keys (the common case): JSON.parse for the value, positions found lazily for the
 * pointers reported. Anything else (syntax errors, duplicate keys) returns undefined for the slow path, which has
 * the positions of every problem. Both paths give the same value and the same ranges.
 */
function parseJsonFast(text: string, base: Base, lines: LineIndex, keys: number): ParsedDocument | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (countKeys(value) !== keys) return undefined;
  let locator: JsonLocator | undefined;
  const rangeOf = (pointer: string, target: 'key' | 'value' = 'value'): Range => {
    locator ??= new JsonLocator(text);
    const [start, end] = locator.locate(safeTokens(pointer), target);
    return lines.range(start, end);
  };
  return { ...base, value, parseDiagnostics: [], rangeOf };
}

type Base = Pick<ParsedDocument, 'uri' | 'text' | 'format' | 'positionAt' | 'offsetAt'>;

/**
 * The offset where bracket nesting first exceeds `limit`, or -1. Linear, no recursion: parsers recurse per level,
 * so a 10,000-deep document is refused here before it can overflow their stack. Quoted strings are skipped.
 */
export function excessiveNestingAt(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      for (i++; i < text.length && text.charCodeAt(i) !== c; i++) if (text.charCodeAt(i) === 92 /* \ */ && c === 34) i++;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return i;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return -1;
}

function tooDeep(text: string, base: Base, lines: LineIndex, locale: Locale, at: number): ParsedDocument {
  return {
    ...base,
    value: undefined,
    parseDiagnostics: [parseDiagnostic('too-deep', lines.range(at, at + 1), locale, { limit: MAX_DEPTH })],
    rangeOf: () => lines.range(0, 0),
  };
}

function parseJson(text: string, base: Base, lines: LineIndex, locale: Locale): ParsedDocument {
  const { parseTree, printParseErrorCode } = jsoncParserModule();
  const errors: ParseError[] = [];
  // Plan files are strict JSON: comments and trailing commas are errors, reported with their position.
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const diagnostics: Diagnostic[] = errors.map((e) =>
    parseDiagnostic('syntax', lines.range(e.offset, e.offset + Math.max(e.length, 1)), locale, {
      format: 'JSON',
      detail: printParseErrorCode(e.error),
    }),
  );
  let tooDeep = false;
  const toValue = (node: JsonNode, depth: number): unknown => {
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      return null;
    }
    switch (node.type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        const seen = new Set<string>();
        for (const prop of node.children ?? []) {
          const [keyNode, valueNode] = prop.children ?? [];
          if (!keyNode) continue;
          const key = String(keyNode.value);
          if (seen.has(key)) {
            diagnostics.push(parseDiagnostic('duplicate-key', lines.range(keyNode.offset, keyNode.offset + keyNode.length), locale, { key }));
          }
          seen.add(key);
          setOwn(out, key, valueNode ? toValue(valueNode, depth + 1) : undefined);
        }
        return out;
      }
      case 'array':
        return (node.children ?? []).map((c) => toValue(c, depth + 1));
      default:
        return node.value;
    }
  };
  const value = root ? toValue(root, 0) : undefined;
  if (tooDeep) diagnostics.push(parseDiagnostic('too-deep', lines.range(0, 0), locale, { limit: MAX_DEPTH }));

  const rangeOf = (pointer: string, target: 'key' | 'value' = 'value'): Range => {
    if (!root) return lines.range(0, 0);
    let node: JsonNode = root;
    let keyNode: JsonNode | undefined;
    for (const token of safeTokens(pointer)) {
      let next: JsonNode | undefined;
      if (node.type === 'object') {
        // The last property with that key wins, as in the parsed value.
        const prop: JsonNode | undefined = [...(node.children ?? [])].reverse().find((p) => p.children?.[0]?.value === token);
        keyNode = prop?.children?.[0];
        next = prop?.children?.[1];
      } else if (node.type === 'array' && /^\d+$/.test(token)) {
        next = node.children?.[Number(token)];
        keyNode = undefined;
      }
      if (!next) break;
      node = next;
    }
    const n = target === 'key' && keyNode ? keyNode : node;
    return lines.range(n.offset, n.offset + n.length);
  };
  return { ...base, value: tooDeep ? undefined : value, parseDiagnostics: diagnostics, rangeOf };
}

function parseYaml(text: string, base: Base, lines: LineIndex, locale: Locale): ParsedDocument {
  const { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument: parseYamlDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const [start, end] = e.pos;
    if (e.code === 'DUPLICATE_KEY') {
      diagnostics.push(parseDiagnostic('duplicate-key', lines.range(start, end), locale, { key: text.slice(start, end).trim() }));
    } else {
      diagnostics.push(parseDiagnostic('syntax', lines.range(start, Math.max(end, start + 1)), locale, { format: 'YAML', detail: e.message.split('\n')[0] }));
    }
  }
  let value: unknown;
  if (doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
      if (depthOf(value) > MAX_DEPTH) {
        diagnostics.push(parseDiagnostic('too-deep', lines.range(0, 0), locale, { limit: MAX_DEPTH }));
        value = undefined;
      }
    } catch (error) {
      const message = (error as Error).message ?? '';
      diagnostics.push(
        /alias/i.test(message)
          ? parseDiagnostic('yaml-aliases', lines.range(0, 0), locale, { limit: MAX_YAML_ALIAS_COUNT })
          : parseDiagnostic('syntax', lines.range(0, 0), locale, { format: 'YAML', detail: message }),
      );
      value = undefined;
    }
  }

  const rangeOf = (pointer: string, target: 'key' | 'value' = 'value'): Range => {
    let node: YamlNode | null = doc.contents as YamlNode | null;
    let keyNode: YamlNode | undefined;
    let lastGood: YamlNode | null = node;
    for (const token of safeTokens(pointer)) {
      if (isMap(node)) {
        const pair = [...node.items].reverse().find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === token);
        keyNode = pair?.key as YamlNode | undefined;
        node = (pair?.value as YamlNode | null) ?? null;
        // a key with no value (`platform:`) still has a place to point at
        if (!node && keyNode) {
          lastGood = keyNode;
          break;
        }
      } else if (isSeq(node) && /^\d+$/.test(token)) {
        node = (node.items[Number(token)] as YamlNode | undefined) ?? null;
        keyNode = undefined;
      } else node = null;
      if (!node) break;
      lastGood = node;
    }
    const n = target === 'key' && keyNode ? keyNode : lastGood;
    const r = n?.range;
    if (!r) return lines.range(0, 0);
    return lines.range(r[0], r[1]);
  };
  return { ...base, value, parseDiagnostics: diagnostics, rangeOf };
}

function safeTokens(pointer: string): string[] {
  try {
    return parsePointer(pointer);
  } catch {
    return [];
  }
}

function depthOf(value: unknown): number {
  // iterative, so a hostile document cannot overflow the stack here
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (d > MAX_DEPTH) return d;
    if (v && typeof v === 'object') for (const c of Object.values(v)) stack.push([c, d + 1]);
  }
  return max;
}
