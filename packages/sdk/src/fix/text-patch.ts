/**
 * RFC 6902 patches applied to JSON and YAML *text*, preserving everything the patch does not touch: comments,
 * key order, quoting, indentation, flow/block style. Rules offer fixes as patches against the parsed value
 * (`Diagnostic.fixes`); an editor needs them as text edits, and so does a `--fix` that must not reformat files.
 *
 * - JSON: jsonc-parser's `modify` + `applyEdits`, with the file's own indentation and line ends.
 * - YAML: edits at the source level (the node ranges of the `yaml` package's CST-backed AST): a scalar is replaced
 *   in place keeping its quote style, a key is renamed in place, a pair or item is inserted or deleted as whole lines.
 *   Every such edit is checked by re-parsing; where none applies (aliases, block scalars, flow maps …) the `yaml`
 *   Document API (setIn/deleteIn + toString) is the fallback: comments survive it, but spacing inside flow collections
 *   and before comments may not.
 * The result is one TextEdit: the changed span between the common prefix and suffix of the old and new text.
 */
import type * as JsoncParser from 'jsonc-parser';
import type { FormattingOptions, JSONPath, Node as JsonNode } from 'jsonc-parser';
import type * as Yaml from 'yaml';
import type { Document, Node as YamlNode, Pair, YAMLSeq } from 'yaml';
import { jsoncParserModule, yamlModule } from '../parsers.js';

// The parsers are loaded on the first fix, not with the SDK (see parsers.ts).
const applyEdits: typeof JsoncParser.applyEdits = (...args) => jsoncParserModule().applyEdits(...args);
const findNodeAtLocation: typeof JsoncParser.findNodeAtLocation = (...args) => jsoncParserModule().findNodeAtLocation(...args);
const modify: typeof JsoncParser.modify = (...args) => jsoncParserModule().modify(...args);
const parseTree: typeof JsoncParser.parseTree = (...args) => jsoncParserModule().parseTree(...args);
const isAlias = ((node: unknown) => yamlModule().isAlias(node)) as typeof Yaml.isAlias;
const isMap = ((node: unknown) => yamlModule().isMap(node)) as typeof Yaml.isMap;
const isScalar = ((node: unknown) => yamlModule().isScalar(node)) as typeof Yaml.isScalar;
const isSeq = ((node: unknown) => yamlModule().isSeq(node)) as typeof Yaml.isSeq;
const parseDocument = ((...args: unknown[]) => (yamlModule().parseDocument as (...a: unknown[]) => unknown)(...args)) as typeof Yaml.parseDocument;
const stringify = ((...args: unknown[]) => (yamlModule().stringify as (...a: unknown[]) => unknown)(...args)) as typeof Yaml.stringify;
import type { PatchOperation, Range } from '../diagnostics.js';
import { LineIndex } from '../engine/document.js';

/** An LSP-shaped text edit: replace `range` (0-based, UTF-16 columns) by `newText`. */
export interface TextEdit {
  range: Range;
  newText: string;
}

export type TextFormat = 'json' | 'yaml';


export class PatchError extends Error {
  readonly code = 'QC_PATCH';
  constructor(message: string) {
    super(message);
    this.name = 'PatchError';
  }
}

export interface TextPatchResult {
  /** The patched text. */
  text: string;
  /** Edits against the original text (one edit, or none when nothing changed). */
  edits: TextEdit[];
}

// ---------------------------------------------------------------------------------------------------------------
// Pointers and plain-value patching

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PatchError(`not a JSON pointer: ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const INDEX = /^(0|[1-9]\d*)$/;

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function getAt(value: unknown, tokens: readonly string[]): { found: boolean; value: unknown } {
  let current = value;
  for (const token of tokens) {
    if (Array.isArray(current)) {
      if (!INDEX.test(token) || Number(token) >= current.length) return { found: false, value: undefined };
      current = current[Number(token)];
    } else if (current !== null && typeof current === 'object' && Object.prototype.hasOwnProperty.call(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else return { found: false, value: undefined };
  }
  return { found: true, value: current };
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies one operation to a plain value; returns the new value (the input is not changed). */
function applyOperationToValue(document: unknown, op: PatchOperation): unknown {
  const root = structuredClone(document);
  const tokens = parsePointer(op.path);
  const parentOf = (ts: string[]) => {
    const parent = getAt(root, ts.slice(0, -1));
    if (!parent.found || parent.value === null || typeof parent.value !== 'object') throw new PatchError(`no container at ${op.path}`);
    return parent.value as Record<string, unknown> | unknown[];
  };
  const add = (ts: string[], value: unknown): unknown => {
    if (ts.length === 0) return structuredClone(value);
    const parent = parentOf(ts);
    const last = ts[ts.length - 1]!;
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : INDEX.test(last) ? Number(last) : NaN;
      if (!(index <= parent.length)) throw new PatchError(`bad array index ${last} at ${op.path}`);
      parent.splice(index, 0, structuredClone(value));
    } else setOwn(parent, last, structuredClone(value));
    return root;
  };
  const remove = (ts: string[]): unknown => {
    if (ts.length === 0) throw new PatchError('cannot remove the whole document');
    if (!getAt(root, ts).found) throw new PatchError(`nothing to remove at ${op.path}`);
    const parent = parentOf(ts);
    const last = ts[ts.length - 1]!;
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
    return root;
  };
  switch (op.op) {
    case 'add':
      return add(tokens, op.value);
    case 'remove':
      return remove(tokens);
    case 'replace': {
      if (!getAt(root, tokens).found) throw new PatchError(`nothing to replace at ${op.path}`);
      if (tokens.length === 0) return structuredClone(op.value);
      const parent = parentOf(tokens);
      const last = tokens[tokens.length - 1]!;
      if (Array.isArray(parent)) parent[Number(last)] = structuredClone(op.value);
      else setOwn(parent, last, structuredClone(op.value));
      return root;
    }
    case 'move':
    case 'copy': {
      const from = parsePointer(op.from);
      const source = getAt(root, from);
      if (!source.found) throw new PatchError(`nothing to ${op.op} at ${op.from}`);
      if (op.op === 'move') {
        if (op.from === op.path) return root;
        if (op.path.startsWith(op.from + '/')) throw new PatchError(`cannot move ${op.from} into itself`);
        const value = source.value;
        remove(from);
        return add(tokens, value);
      }
      return add(tokens, source.value);
    }
    case 'test': {
      const target = getAt(root, tokens);
      if (!target.found || !deepEqual(target.value, op.value)) throw new PatchError(`test failed at ${op.path}`);
      return root;
    }
    default:
      throw new PatchError(`unknown operation ${JSON.stringify((op as { op: unknown }).op)}`);
  }
}

/** RFC 6902 on plain data: returns the patched value; throws PatchError when an operation cannot apply. */
export function applyPatchToValue(document: unknown, patch: readonly PatchOperation[]): unknown {
  return patch.reduce(applyOperationToValue, document);
}

// ---------------------------------------------------------------------------------------------------------------
// Text positions and the single minimal edit

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The one edit turning `before` into `after`: everything between their common prefix and common suffix. */
export function diffEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair or a CRLF: LSP positions cannot express either.
  while (start > 0 && (isLowSurrogate(before.charCodeAt(start)) || (before[start] === '\n' && before[start - 1] === '\r'))) start--;
  while (end > 0 && (isLowSurrogate(before.charCodeAt(before.length - end)) || (before[before.length - end] === '\n' && before[before.length - end - 1] === '\r'))) end--;
  const lines = new LineIndex(before);
  const range: Range = { start: lines.positionAt(start), end: lines.positionAt(before.length - end) };
  return { range, newText: after.slice(start, after.length - end) };
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

function jsonFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent ? Math.min(indent.length, 8) : 2, eol };
}

function jsonPath(tokens: readonly string[], root: JsonNode | undefined): JSONPath {
  // Array indices must be numbers for jsonc-parser; which tokens are indices depends on the containers.
  const path: JSONPath = [];
  let node = root;
  for (const token of tokens) {
    if (node?.type === 'array') {
      const index = token === '-' ? -1 : Number(token);
      path.push(index);
      node = index >= 0 ? node.children?.[index] : undefined;
    } else {
      path.push(token);
      node = node?.type === 'object' ? node.children?.find((p) => p.children?.[0]?.value === token)?.children?.[1] : undefined;
    }
  }
  return path;
}

/** JSON on one line, spaced the way hand-written inline objects are: `{ "a": 1, "b": [1, 2] }`. */
function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value) ?? 'null';
}

const isScalarValue = (value: unknown) => value === null || typeof value !== 'object';

function singleLine(text: string, node: JsonNode): boolean {
  return !/[\r\n]/.test(text.slice(node.offset, node.offset + node.length));
}

/**
 * Edits are made at the source, next to the siblings, in their style: one-line containers get one-line values,
 * multi-line ones a new line at the siblings' indentation. jsonc-parser's `modify` (which re-formats the lines it
 * touches, turning a neighbouring one-line `{ … }` item into many lines) is left for what has no sibling to follow:
 * empty multi-line containers and the document root.
 */
function applyJsonOperation(text: string, op: PatchOperation): string {
  const formattingOptions = jsonFormatting(text);
  const eol = formattingOptions.eol ?? '\n';
  const unit = formattingOptions.insertSpaces ? ' '.repeat(formattingOptions.tabSize ?? 2) : '\t';
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const tokens = parsePointer(op.path);
  const path = jsonPath(tokens, root);
  const modified = (p: JSONPath, value: unknown, isArrayInsertion = false) =>
    applyEdits(text, modify(text, p, value, { formattingOptions, isArrayInsertion }));
  const target = root && findNodeAtLocation(root, path);
  const container = root && tokens.length > 0 ? findNodeAtLocation(root, path.slice(0, -1)) : undefined;
  const siblings = container?.children ?? [];
  /**
   * A value in the style of its siblings: a container is written on one line when the nearest sibling container
   * of the same kind is (or when the container it goes into is on one line), else indented below `indent`.
   */
  const render = (value: unknown, index: number, indent: string) => {
    if (isScalarValue(value) || (container && singleLine(text, container))) return inlineJson(value);
    const kind = Array.isArray(value) ? 'array' : 'object';
    const valueOf = (n: JsonNode) => (n.type === 'property' ? n.children?.[1] : n);
    const sameKind = siblings
      .map((n, i) => ({ node: valueOf(n), distance: Math.abs(i - index) }))
      .filter((s) => s.node?.type === kind)
      .sort((a, b) => a.distance - b.distance)[0]?.node;
    return sameKind && singleLine(text, sameKind) ? inlineJson(value) : JSON.stringify(value, null, unit).split('\n').join(eol + indent);
  };
  const indentOf = (node: JsonNode) => {
    const start = lineStartOf(text, node.offset);
    const before = text.slice(start, node.offset);
    return /^[ \t]*$/.test(before) ? before : undefined;
  };
  const insertAmongSiblings = (entry: (indent: string) => string, index: number): string | undefined => {
    if (siblings.length === 0) return undefined;
    const oneLine = singleLine(text, container!);
    if (index < siblings.length) {
      const next = siblings[index]!;
      const indent = oneLine ? '' : indentOf(next);
      if (indent === undefined) return undefined;
      return replaceSpan(text, next.offset, next.offset, entry(indent) + (oneLine ? ', ' : ',' + eol + indent));
    }
    const previous = siblings[siblings.length - 1]!;
    const indent = oneLine ? '' : indentOf(previous);
    if (indent === undefined) return undefined;
    const end = previous.offset + previous.length;
    return replaceSpan(text, end, end, (oneLine ? ', ' : ',' + eol + indent) + entry(indent));
  };
  switch (op.op) {
    case 'test':
      return text;
    case 'replace':
      if (!target) return modified(path, op.value);
      if (isScalarValue(op.value) || singleLine(text, target)) return replaceSpan(text, target.offset, target.offset + target.length, inlineJson(op.value));
      return modified(path, op.value);
    case 'add': {
      if (!container) return modified(path, op.value);
      if (container.type === 'object') {
        if (target) return applyJsonOperation(text, { op: 'replace', path: op.path, value: op.value });
        const key = JSON.stringify(tokens[tokens.length - 1]);
        const out = insertAmongSiblings((indent) => `${key}: ${render(op.value, siblings.length, indent)}`, siblings.length);
        if (out !== undefined) return out;
        if (singleLine(text, container)) return replaceSpan(text, container.offset, container.offset + container.length, `{ ${key}: ${inlineJson(op.value)} }`);
        return modified(path, op.value);
      }
      const last = path[path.length - 1] as number;
      const index = last === -1 ? siblings.length : last;
      const out = insertAmongSiblings((indent) => render(op.value, index, indent), index);
      if (out !== undefined) return out;
      if (singleLine(text, container)) return replaceSpan(text, container.offset, container.offset + container.length, `[${inlineJson(op.value)}]`);
      return modified([...path.slice(0, -1), -1], op.value, true);
    }
    case 'remove': {
      if (!target || !container) return modified(path, undefined);
      // In an object the node to cut is the whole property (key: value); its separator goes with it.
      const cut = container.type === 'object' ? target.parent! : target;
      const index = siblings.indexOf(cut);
      if (siblings.length === 1) return modified(path, undefined);
      if (index < siblings.length - 1) return replaceSpan(text, cut.offset, siblings[index + 1]!.offset, '');
      const previous = siblings[index - 1]!;
      return replaceSpan(text, previous.offset + previous.length, cut.offset + cut.length, '');
    }
    case 'move':
    case 'copy': {
      const fromTokens = parsePointer(op.from);
      const fromNode = root && findNodeAtLocation(root, jsonPath(fromTokens, root));
      const value = getAt(parseJsonValue(text), fromTokens).value;
      if (op.op === 'move' && fromNode && isSiblingRename(fromTokens, tokens)) {
        // Rename in place: the property keeps its position and formatting.
        const keyNode = fromNode.parent?.children?.[0];
        const last = tokens[tokens.length - 1]!;
        const taken = fromNode.parent?.parent?.children?.some((p) => p.children?.[0]?.value === last);
        if (keyNode && !taken) return replaceSpan(text, keyNode.offset, keyNode.offset + keyNode.length, JSON.stringify(last));
      }
      let out = text;
      if (op.op === 'move') out = applyJsonOperation(out, { op: 'remove', path: op.from });
      return applyJsonOperation(out, { op: 'add', path: op.path, value });
    }
  }
}

function parseJsonValue(text: string): unknown {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const toValue = (node: JsonNode): unknown => {
    if (node.type === 'object') {
      const out: Record<string, unknown> = {};
      for (const p of node.children ?? []) if (p.children?.[0] && p.children[1]) setOwn(out, String(p.children[0].value), toValue(p.children[1]));
      return out;
    }
    if (node.type === 'array') return (node.children ?? []).map(toValue);
    return node.value;
  };
  return root ? toValue(root) : undefined;
}

function isSiblingRename(from: readonly string[], to: readonly string[]): boolean {
  return from.length === to.length && from.length > 0 && from.slice(0, -1).every((t, i) => t === to[i]);
}

// ---------------------------------------------------------------------------------------------------------------
// YAML

interface YamlState {
  text: string;
  doc: Document.Parsed;
}

function parseYaml(text: string): YamlState {
  return { text, doc: parseDocument(text, { keepSourceTokens: true, uniqueKeys: false }) };
}

function yamlValue(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length) throw new PatchError(`the YAML no longer parses: ${doc.errors[0]!.message.split('\n')[0]}`);
  return doc.toJS({ maxAliasCount: 100 });
}

/** The node (and the pair holding it, for map values) at a pointer; undefined when the path does not exist. */
function yamlNodeAt(doc: Document.Parsed, tokens: readonly string[]): { node: YamlNode | null; pair?: Pair<YamlNode, YamlNode | null>; parent?: YamlNode } | undefined {
  let node: YamlNode | null = doc.contents as YamlNode | null;
  let pair: Pair<YamlNode, YamlNode | null> | undefined;
  let parent: YamlNode | undefined;
  for (const token of tokens) {
    if (isMap(node)) {
      const found = [...node.items].reverse().find((p) => isScalar(p.key) && String(p.key.value) === token) as Pair<YamlNode, YamlNode | null> | undefined;
      if (!found) return undefined;
      parent = node;
      pair = found;
      node = found.value;
    } else if (isSeq(node) && INDEX.test(token) && Number(token) < node.items.length) {
      parent = node;
      pair = undefined;
      node = node.items[Number(token)] as YamlNode | null;
    } else return undefined;
  }
  return { node, ...(pair ? { pair } : {}), ...(parent ? { parent } : {}) };
}

const lineStartOf = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
function lineEndAfter(text: string, offset: number): number {
  // The offset just past the line break ending the line that contains offset-1 (or the end of the text).
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}
const onlySpaceBefore = (text: string, offset: number) => /^[ \t]*$/.test(text.slice(lineStartOf(text, offset), offset));

/** Source text of a scalar, in the quote style of the scalar it replaces where that style can hold it. */
function scalarSource(value: unknown, style?: string): string {
  if (typeof value === 'string') {
    if (style === 'QUOTE_DOUBLE') return JSON.stringify(value);
    if (style === 'QUOTE_SINGLE' && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  }
  return flowSource(value);
}

function flowSource(value: unknown): string {
  const out = stringify(value, { lineWidth: 0, collectionStyle: 'flow' }).replace(/\n$/, '');
  if (/\n/.test(out)) throw new PatchError('value needs more than one line');
  return out;
}

/** `key: value` (or `- value`) lines, indented, for insertion in a block collection. */
function blockLines(entry: unknown, indent: string, step: number, eol: string): string {
  const body = stringify(entry, { lineWidth: 0, indent: step }).replace(/\n$/, '');
  return body
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join(eol) + eol;
}

/** The file's indentation step: the smallest indentation of a content line (YAML indents with spaces only). */
function indentStep(text: string): number {
  let step = Infinity;
  for (const m of text.matchAll(/^( +)[^ #\r\n]/gm)) step = Math.min(step, m[1]!.length);
  return Number.isFinite(step) ? Math.min(step, 8) : 2;
}

const yamlEol = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

function isFlow(node: YamlNode): boolean {
  return (node as { flow?: boolean }).flow === true;
}

function replaceSpan(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** Source-level edit for one operation, or undefined when none applies (the caller falls back). */
function yamlSourceEdit(state: YamlState, op: PatchOperation): string | undefined {
  const { text, doc } = state;
  if (doc.errors.length) return undefined;
  const tokens = parsePointer(op.path);
  if (tokens.length === 0) return undefined;
  const eol = yamlEol(text);
  const step = indentStep(text);
  const last = tokens[tokens.length - 1]!;
  const parentAt = yamlNodeAt(doc, tokens.slice(0, -1));
  const container = parentAt?.node;
  if (!container || isAlias(container)) return undefined;
  const target = yamlNodeAt(doc, tokens);

  const replaceScalar = (node: YamlNode | null, pair: Pair<YamlNode, YamlNode | null> | undefined, value: unknown): string | undefined => {
    if (value !== null && typeof value === 'object') return undefined;
    if (isScalar(node) && node.range) {
      const type = node.type;
      if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') return undefined;
      const empty = node.range[0] === node.range[1] && node.value === null;
      if (!empty) return replaceSpan(text, node.range[0], node.range[1], scalarSource(value, type));
      // `key:` with no value: write it after the colon on the key's line.
      const key = pair?.key;
      if (!isScalar(key) || !key.range) return undefined;
      const colon = text.indexOf(':', key.range[1]);
      if (colon === -1) return undefined;
      return replaceSpan(text, colon + 1, colon + 1, ' ' + scalarSource(value));
    }
    return undefined;
  };

  switch (op.op) {
    case 'replace':
      if (!target) return undefined;
      return replaceScalar(target.node, target.pair, op.value);
    case 'add': {
      if (isMap(container)) {
        if (target) return replaceScalar(target.node, target.pair, op.value);
        if (isFlow(container)) return undefined;
        const pairs = container.items as Array<Pair<YamlNode, YamlNode | null>>;
        const first = pairs[0]?.key;
        const lastPair = pairs[pairs.length - 1];
        if (!isScalar(first) || !first.range || !lastPair || !isScalar(lastPair.key) || !lastPair.key.range) return undefined;
        // The column of the first key (it may share its line with the `- ` of a sequence item).
        const indent = ' '.repeat(first.range[0] - lineStartOf(text, first.range[0]));
        return insertAfter(text, endOfPair(lastPair), blockLines({ [last]: op.value }, indent, step, eol), eol);
      }
      if (isSeq(container)) {
        const items = container.items as YamlNode[];
        const index = last === '-' ? items.length : INDEX.test(last) ? Number(last) : NaN;
        if (!(index <= items.length)) return undefined;
        if (isFlow(container)) {
          const range = container.range;
          if (!range) return undefined;
          const source = flowSource(op.value);
          if (items.length === 0) {
            const close = text.lastIndexOf(']', range[1]);
            return close === -1 ? undefined : replaceSpan(text, close, close, source);
          }
          if (index < items.length) {
            const at = items[index]!.range?.[0];
            return at === undefined ? undefined : replaceSpan(text, at, at, `${source}, `);
          }
          const end = items[items.length - 1]!.range?.[1];
          return end === undefined ? undefined : replaceSpan(text, end, end, `, ${source}`);
        }
        const anchor = items[Math.min(index, items.length - 1)];
        if (!anchor?.range) return undefined;
        const dash = text.lastIndexOf('-', anchor.range[0]);
        if (dash === -1 || !onlySpaceBefore(text, dash)) return undefined;
        const indent = text.slice(lineStartOf(text, dash), dash);
        const lines = blockLines([op.value], indent, step, eol);
        if (index < items.length) return replaceSpan(text, lineStartOf(text, dash), lineStartOf(text, dash), lines);
        return insertAfter(text, nodeEnd(anchor), lines, eol);
      }
      return undefined;
    }
    case 'remove': {
      if (!target) return undefined;
      if (isMap(container) && target.pair) {
        if (isFlow(container) || container.items.length < 2) return undefined;
        const key = target.pair.key;
        if (!isScalar(key) || !key.range || !onlySpaceBefore(text, key.range[0])) return undefined;
        return replaceSpan(text, lineStartOf(text, key.range[0]), lineEndAfter(text, endOfPair(target.pair)), '');
      }
      if (isSeq(container) && target.node?.range) {
        const items = container.items as YamlNode[];
        const index = Number(last);
        if (isFlow(container)) {
          const start = target.node.range[0];
          const end = target.node.range[1];
          if (items.length === 1) return replaceSpan(text, start, end, '');
          if (index < items.length - 1) return replaceSpan(text, start, items[index + 1]!.range![0], '');
          return replaceSpan(text, items[index - 1]!.range![1], end, '');
        }
        if (items.length < 2) return undefined;
        const dash = text.lastIndexOf('-', target.node.range[0]);
        if (dash === -1 || !onlySpaceBefore(text, dash)) return undefined;
        return replaceSpan(text, lineStartOf(text, dash), lineEndAfter(text, nodeEnd(target.node)), '');
      }
      return undefined;
    }
    case 'move': {
      const from = parsePointer(op.from);
      if (!isSiblingRename(from, tokens) || !isMap(container)) return undefined;
      const source = yamlNodeAt(doc, from);
      if (!source?.pair || target) return undefined;
      const key = source.pair.key;
      if (!isScalar(key) || !key.range) return undefined;
      return replaceSpan(text, key.range[0], key.range[1], scalarSource(last, key.type));
    }
    default:
      return undefined;
  }
}

function nodeEnd(node: YamlNode): number {
  return node.range?.[2] ?? node.range?.[1] ?? 0;
}

function endOfPair(pair: Pair<YamlNode, YamlNode | null>): number {
  const value = pair.value;
  if (value?.range && !(isScalar(value) && value.range[0] === value.range[1] && value.value === null)) return nodeEnd(value);
  return (pair.key as YamlNode).range?.[1] ?? 0;
}

function insertAfter(text: string, offset: number, lines: string, eol: string): string {
  const at = lineEndAfter(text, offset);
  const needsBreak = at === text.length && text.length > 0 && !text.endsWith('\n');
  return text.slice(0, at) + (needsBreak ? eol : '') + lines + text.slice(at);
}

/** The Document API fallback: always possible for a valid operation, at the price of re-serialising. */
function yamlDocumentEdit(state: YamlState, op: PatchOperation): string {
  const { doc } = state;
  const tokens = parsePointer(op.path);
  const path = (ts: readonly string[]) => {
    const out: Array<string | number> = [];
    let node: unknown = doc.contents;
    for (const t of ts) {
      if (isSeq(node)) {
        out.push(t === '-' ? node.items.length : Number(t));
        node = node.items[Number(t)];
      } else {
        out.push(t);
        node = isMap(node) ? node.get(t, true) : undefined;
      }
    }
    return out;
  };
  const add = (ts: readonly string[], value: unknown) => {
    if (ts.length === 0) {
      doc.contents = doc.createNode(value) as never;
      return;
    }
    const p = path(ts);
    const parent = ts.length === 1 ? doc.contents : doc.getIn(p.slice(0, -1), true);
    if (isSeq(parent)) (parent as YAMLSeq).items.splice(p[p.length - 1] as number, 0, doc.createNode(value));
    else doc.setIn(p, doc.createNode(value));
  };
  switch (op.op) {
    case 'replace':
      if (tokens.length === 0) doc.contents = doc.createNode(op.value) as never;
      else doc.setIn(path(tokens), doc.createNode(op.value));
      break;
    case 'add':
      add(tokens, op.value);
      break;
    case 'remove':
      doc.deleteIn(path(tokens));
      break;
    case 'move':
    case 'copy': {
      const from = parsePointer(op.from);
      const value = getAt(doc.toJS(), from).value;
      if (op.op === 'move') doc.deleteIn(path(from));
      add(tokens, value);
      break;
    }
    case 'test':
      break;
  }
  return doc.toString({ lineWidth: 0 });
}

function applyYamlOperation(text: string, op: PatchOperation, expected: unknown): string {
  const state = parseYaml(text);
  if (op.op === 'test') return text;
  let candidate: string | undefined;
  try {
    candidate = yamlSourceEdit(state, op);
  } catch {
    candidate = undefined;
  }
  if (candidate !== undefined && sameValue(candidate, expected)) return candidate;
  const fallback = yamlDocumentEdit(parseYaml(text), op);
  if (!sameValue(fallback, expected)) throw new PatchError(`cannot apply ${op.op} ${op.path} to the YAML text`);
  return fallback;
}

function sameValue(text: string, expected: unknown): boolean {
  try {
    return deepEqual(yamlValue(text), expected);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Applies an RFC 6902 patch to JSON or YAML text. Throws PatchError when the patch does not apply to the
 * document (a failed `test`, a missing path) or the text cannot be parsed.
 */
export function applyPatchToText(text: string, patch: readonly PatchOperation[], format: TextFormat): TextPatchResult {
  let current = text;
  let value: unknown = format === 'json' ? parseStrictJson(text) : yamlValue(text);
  for (const op of patch) {
    const next = applyOperationToValue(value, op); // validates the operation against the document
    current = format === 'json' ? applyJsonOperation(current, op) : applyYamlOperation(current, op, next);
    if (format === 'json' && !deepEqual(parseJsonValue(current), next)) throw new PatchError(`cannot apply ${op.op} ${op.path} to the JSON text`);
    value = next;
  }
  const edit = diffEdit(text, current);
  return { text: current, edits: edit ? [edit] : [] };
}

function parseStrictJson(text: string): unknown {
  const errors: Array<{ error: number }> = [];
  const root = parseTree(text, errors as never, { allowTrailingComma: true, disallowComments: false });
  if (!root || errors.length) throw new PatchError('the JSON text does not parse');
  return parseJsonValue(text);
}

