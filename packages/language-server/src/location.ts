/**
 * Where the cursor is, as a path into the document: jsonc-parser's `getLocation` for JSON (it copes with the
 * half-typed text completion sees), the `yaml` package's AST node ranges for YAML.
 */
import { excessiveNestingAt } from '@qualcat/sdk';
import { findNodeAtLocation, getLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { fastJsonLocation } from './json-location.js';

export type PathSegment = string | number;

export interface CursorLocation {
  /** Path of the value under the cursor, or of the property whose key is under the cursor. */
  path: PathSegment[];
  isAtPropertyKey: boolean;
  /** The scalar (value or key) under the cursor: its span, to be replaced by a completion, and its value. */
  node?: { start: number; end: number; value: unknown };
  /** Keys already present in the object the cursor is in (for key completion). */
  siblingKeys: string[];
}

/**
 * @param validJson the text is known to be valid JSON (the SDK parsed it without problems, so it is not too deep
 *   either): the cursor is then found without scanning the whole text before it, where that is possible.
 */
export function locate(text: string, offset: number, format: 'json' | 'yaml', validJson = false): CursorLocation | undefined {
  // The parsers below recurse per nesting level: a hostile 10,000-deep document gets no hover, not a crash.
  if (!(validJson && format === 'json') && excessiveNestingAt(text) >= 0) return undefined;
  return format === 'yaml' ? locateYaml(text, offset) : locateJson(text, offset, validJson);
}

function locateJson(text: string, offset: number, validJson: boolean): CursorLocation | undefined {
  const location = (validJson ? fastJsonLocation(text, offset) : undefined) ?? getLocation(text, offset);
  const path = [...location.path] as PathSegment[];
  const previous = location.previousNode;
  let node: CursorLocation['node'];
  if (previous && offset >= previous.offset && offset <= previous.offset + previous.length && previous.type !== 'object' && previous.type !== 'array') {
    node = { start: previous.offset, end: previous.offset + previous.length, value: previous.value };
  }
  // A key being typed: getLocation ends the path with the partial key (or '' right after `{` / `,`).
  const objectPath = location.isAtPropertyKey ? path.slice(0, -1) : path;
  const siblingKeys = (): string[] => {
    const root = parseTree(text, [], { allowTrailingComma: true });
    const container: JsonNode | undefined = root && (objectPath.length ? findNodeAtLocation(root, objectPath) : root);
    return container?.type === 'object' ? (container.children ?? []).map((p) => String(p.children?.[0]?.value ?? '')) : [];
  };
  // The sibling keys need a syntax tree of the whole text (30 ms for a 5,000-item plan): built only when key
  // completion asks for them, not for every hover and value completion.
  let keys: string[] | undefined;
  return Object.defineProperty({ path, isAtPropertyKey: location.isAtPropertyKey, ...(node ? { node } : {}) }, 'siblingKeys', {
    get: () => (keys ??= siblingKeys()),
    enumerable: true,
  }) as CursorLocation;
}

// Hover, completion and definition ask about the same text in turn: keep the last YAML tree.
let lastYaml: { text: string; doc: ReturnType<typeof parseDocument> } | undefined;

function locateYaml(text: string, offset: number): CursorLocation | undefined {
  if (lastYaml?.text !== text) lastYaml = { text, doc: parseDocument(text, { keepSourceTokens: true, uniqueKeys: false }) };
  const doc = lastYaml.doc;
  const path: PathSegment[] = [];
  let current: YamlNode | null = doc.contents as YamlNode | null;
  const lineOf = (o: number) => text.lastIndexOf('\n', o - 1);
  for (let depth = 0; depth < 256 && current; depth++) {
    if (isMap(current)) {
      const siblingKeys = current.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
      let next: YamlNode | null = null;
      for (const pair of current.items as Array<Pair<YamlNode, YamlNode | null>>) {
        const key = pair.key;
        if (!key?.range) continue;
        if (offset >= key.range[0] && offset <= key.range[1]) {
          path.push(isScalar(key) ? String(key.value) : '');
          return { path, isAtPropertyKey: true, node: { start: key.range[0], end: key.range[1], value: isScalar(key) ? key.value : undefined }, siblingKeys };
        }
        const value = pair.value;
        const emptyValue = !value || (isScalar(value) && value.value === null && value.range?.[0] === value.range?.[1]);
        if (emptyValue) {
          // `key:` with nothing after it yet: the cursor is at its value when it is on the key's line, after the colon.
          const colon = text.indexOf(':', key.range[1]);
          if (colon !== -1 && offset > colon && lineOf(offset) === lineOf(key.range[0] + 1) && !text.slice(colon + 1, offset).includes('\n')) {
            path.push(isScalar(key) ? String(key.value) : '');
            return { path, isAtPropertyKey: false, node: { start: offset, end: offset, value: null }, siblingKeys: [] };
          }
          continue;
        }
        if (value?.range && offset >= value.range[0] && offset <= value.range[1]) {
          path.push(isScalar(key) ? String(key.value) : '');
          next = value;
          break;
        }
      }
      if (!next) {
        // Between pairs, on a line of its own: a key about to be typed in this map.
        return { path: [...path, ''], isAtPropertyKey: true, siblingKeys };
      }
      current = next;
    } else if (isSeq(current)) {
      const index = current.items.findIndex((item) => {
        const r = (item as YamlNode | null)?.range;
        return r && offset >= r[0] && offset <= r[1];
      });
      if (index === -1) return { path, isAtPropertyKey: false, siblingKeys: [] };
      path.push(index);
      current = current.items[index] as YamlNode | null;
    } else if (isScalar(current)) {
      const r = current.range!;
      return { path, isAtPropertyKey: false, node: { start: r[0], end: r[1], value: current.value }, siblingKeys: [] };
    } else break;
  }
  return { path, isAtPropertyKey: false, siblingKeys: [] };
}
