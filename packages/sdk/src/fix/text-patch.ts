import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument as parseYaml, type Document } from 'yaml';
import type { Fix, PatchOperation } from '../diagnostics.js';
import { parsePointer } from '../diagnostics.js';
import type { DocumentFormat } from '../engine/document.js';

/** A replacement of `length` characters at `offset` (UTF-16 code units, like LSP). */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

export class FixApplicationError extends Error {
  readonly code = 'QC_FIX';
  constructor(message: string) {
    super(message);
    this.name = 'FixApplicationError';
  }
}

function formattingOf(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    insertFinalNewline: false,
  };
}

function jsonPath(pointer: string): JSONPath {
  return parsePointer(pointer).map((t) => (/^(0|[1-9]\d*)$/.test(t) ? Number(t) : t));
}

/** Applies one RFC 6902 operation to JSON text, touching only the span it changes (comments and order kept). */
function applyJsonOperation(text: string, op: PatchOperation): string {
  const formattingOptions = formattingOf(text);
  const edit = (path: JSONPath, value: unknown, options: { isArrayInsertion?: boolean } = {}): string =>
    applyEdits(text, modify(text, path, value, { formattingOptions, ...options }));
  switch (op.op) {
    case 'replace':
    case 'add': {
      const path = jsonPath(op.path);
      const last = path[path.length - 1];
      if (op.path.endsWith('/-')) {
        const parent = jsonPath(op.path.slice(0, -2));
        const node = findNodeAtLocation(parseTree(text)!, parent);
        return edit([...parent, node?.children?.length ?? 0], op.value, { isArrayInsertion: true });
      }
      const isArrayInsert = op.op === 'add' && typeof last === 'number';
      return edit(path, op.value, isArrayInsert ? { isArrayInsertion: true } : {});
    }
    case 'remove':
      return edit(jsonPath(op.path), undefined);
    case 'move':
    case 'copy': {
      const root = parseTree(text);
      const node = root && findNodeAtLocation(root, jsonPath(op.from));
      if (!node) throw new FixApplicationError(`nothing at ${op.from}`);
      const value = getNodeValue(node);
      const moved = op.op === 'move' ? applyEdits(text, modify(text, jsonPath(op.from), undefined, { formattingOptions })) : text;
      return applyEdits(moved, modify(moved, jsonPath(op.path), value, { formattingOptions }));
    }
    case 'test': {
      const root = parseTree(text);
      const node = root && findNodeAtLocation(root, jsonPath(op.path));
      if (!node || JSON.stringify(getNodeValue(node)) !== JSON.stringify(op.value)) throw new FixApplicationError(`test failed at ${op.path}`);
      return text;
    }
  }
}

/** A YAML scalar as text: plain when it reads back as the same string, else double-quoted (JSON is valid YAML). */
function yamlScalar(value: unknown): string {
  if (typeof value === 'string') {
    const plain = /^[^\s#:'"{}[\],&*!|>%@`-][^#:]*$/.test(value) && !/\s$/.test(value);
    if (plain) {
      const back = parseYaml(value).toJS();
      if (back === value) return value;
    }
    return JSON.stringify(value);
  }
  return JSON.stringify(value);
}

function yamlPath(pointer: string): Array<string | number> {
  return parsePointer(pointer).map((t) => (/^(0|[1-9]\d*)$/.test(t) ? Number(t) : t));
}

/** Applies one operation to YAML text: scalar replacements in place, structural changes through the document model. */
function applyYamlOperation(text: string, op: PatchOperation): string {
  const doc = parseYaml(text, { keepSourceTokens: true }) as Document.Parsed;
  if (op.op === 'replace' && (op.value === null || typeof op.value !== 'object')) {
    const node = doc.getIn(yamlPath(op.path), true);
    if (isScalar(node) && node.range) {
      const [start, end] = node.range;
      return text.slice(0, start) + yamlScalar(op.value) + text.slice(end);
    }
  }
  switch (op.op) {
    case 'replace':
    case 'add': {
      if (op.path.endsWith('/-')) {
        const seq = doc.getIn(yamlPath(op.path.slice(0, -2)), true);
        if (!isSeq(seq)) throw new FixApplicationError(`no list at ${op.path}`);
        seq.add(doc.createNode(op.value));
      } else {
        const path = yamlPath(op.path);
        const last = path[path.length - 1];
        const parent = doc.getIn(path.slice(0, -1), true);
        if (op.op === 'add' && typeof last === 'number' && isSeq(parent)) parent.items.splice(last, 0, doc.createNode(op.value));
        else doc.setIn(path, doc.createNode(op.value));
      }
      break;
    }
    case 'remove':
      doc.deleteIn(yamlPath(op.path));
      break;
    case 'move':
    case 'copy': {
      const value = doc.getIn(yamlPath(op.from));
      if (value === undefined) throw new FixApplicationError(`nothing at ${op.from}`);
      const from = yamlPath(op.from);
      const to = yamlPath(op.path);
      // A rename within one map keeps the key's place (and its comment).
      const parent = doc.getIn(from.slice(0, -1), true);
      if (op.op === 'move' && from.length === to.length && JSON.stringify(from.slice(0, -1)) === JSON.stringify(to.slice(0, -1)) && isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === from[from.length - 1]);
        if (pair && isScalar(pair.key) && pair.key.range) {
          const [start, end] = pair.key.range;
          return text.slice(0, start) + yamlScalar(to[to.length - 1]) + text.slice(end);
        }
      }
      if (op.op === 'move') doc.deleteIn(from);
      doc.setIn(to, doc.createNode(value));
      break;
    }
    case 'test':
      if (JSON.stringify(doc.getIn(yamlPath(op.path))) !== JSON.stringify(op.value)) throw new FixApplicationError(`test failed at ${op.path}`);
      return text;
  }
  return doc.toString({ lineWidth: 0 });
}

/** The smallest single edit turning `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { offset: start, length: endBefore - start, content: after.slice(start, endAfter) };
}

/**
 * Applies a fix's RFC 6902 patch to the TEXT of a JSON or YAML document, preserving everything outside the span it
 * changes. Returns the new text and the single edit that produces it (for editors). Throws FixApplicationError.
 */
export function applyFixToText(text: string, format: DocumentFormat, fix: Fix | readonly PatchOperation[]): { text: string; edit?: TextEdit } {
  const patch = Array.isArray(fix) ? (fix as readonly PatchOperation[]) : (fix as Fix).patch;
  let current = text;
  for (const op of patch) current = format === 'yaml' ? applyYamlOperation(current, op) : applyJsonOperation(current, op);
  const edit = minimalEdit(text, current);
  return edit ? { text: current, edit } : { text: current };
}


