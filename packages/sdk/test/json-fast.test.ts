import { describe, expect, it } from 'vitest';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../src/engine/document.js';
import { parsePointer, pointerOf } from '../src/diagnostics.js';
import { countKeys, scanJson } from '../src/engine/json-fast.js';
import { excessiveNestingAt, MAX_DEPTH } from '../src/engine/document.js';

/** The ranges the jsonc-parser tree gives (the slow path's algorithm), for comparison with the fast path's. */
function referenceRange(text: string, pointer: string, target: 'key' | 'value') {
  const root = parseTree(text)!;
  let node: JsonNode = root;
  let keyNode: JsonNode | undefined;
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    tokens = [];
  }
  for (const token of tokens) {
    let next: JsonNode | undefined;
    if (node.type === 'object') {
      const prop = [...(node.children ?? [])].reverse().find((p) => p.children?.[0]?.value === token);
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
  const lines = text.slice(0, n.offset).split(/\r\n|\r|\n/);
  const endLines = text.slice(0, n.offset + n.length).split(/\r\n|\r|\n/);
  return {
    start: { line: lines.length - 1, character: lines[lines.length - 1]!.length },
    end: { line: endLines.length - 1, character: endLines[endLines.length - 1]!.length },
  };
}

function pointersOf(value: unknown, prefix = ''): string[] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pointersOf(v, `${prefix}/${i}`)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pointersOf(v, prefix + pointerOf(k)));
  return out;
}

const TRICKY = [
  '{"a":1,"b":[1,2,{"c":"d"}],"e":{}}',
  '  {\r\n\t"id" : "x\\"y\\\\" ,\r\n "items":[ ]\r\n,"n":-1.5e+10, "t":true,"f":false,"z":null}\n',
  '{"a/b":{"~c":["\\u4e2d\\u6587",  "\\"]"  , "{", "}" ]}, "键": {"值": [[[]], [{}]]}}',
  '[{"x":1},{"x":2}, "s", 3, [4, [5]]]',
  '"just a string"',
  '42',
  '{"\\u0061":1,"b\\\\":{"c\\"":2}}',
  '{\n  "occupation": "车工",\n  "levels": [5, 4],\n  "note": "含 \\\\ 与 \\" 的文字"\n}',
];

const examples = (() => {
  const dir = join(__dirname, '..', '..', '..', 'examples', 'plans');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.json')) files.push(join(d, e.name));
    }
  };
  walk(dir);
  return files.map((f) => readFileSync(f, 'utf8'));
})();

describe('JSON fast path', () => {
  it('gives the value and every range the syntax tree gives', () => {
    let compared = 0;
    for (const text of [...TRICKY, ...examples]) {
      const doc = parseDocument(text, 'x.json');
      if (doc.parseDiagnostics.length) continue; // the slow path handled it
      expect(doc.value).toEqual(JSON.parse(text));
      const pointers = pointersOf(doc.value);
      const probes = [...pointers, ...pointers.map((p) => `${p}/missing`), ...pointers.map((p) => `${p}/0`), ...pointers.map((p) => `${p}/99`), 'not a pointer', '/'];
      for (const pointer of probes) {
        for (const target of ['value', 'key'] as const) {
          expect(doc.rangeOf(pointer, target), `${pointer} (${target}) in ${text.slice(0, 40)}`).toEqual(referenceRange(text, pointer, target));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('leaves duplicate keys and syntax errors to the slow path, which reports them', () => {
    const dup = parseDocument('{"a": 1, "b": {"c": 1, "c": 2}}', 'x.json');
    expect(dup.parseDiagnostics.map((d) => d.messageId)).toEqual(['duplicate-key']);
    expect(dup.value).toEqual({ a: 1, b: { c: 2 } });
    expect(parseDocument('{"a": 1,}', 'x.json').parseDiagnostics[0]?.messageId).toBe('syntax');
  });

  it('scans nesting exactly as excessiveNestingAt and counts property names', () => {
    for (const text of [...TRICKY, ...examples, '['.repeat(300), `{"a":${'['.repeat(MAX_DEPTH + 1)}`, "['[[[[' ]"]) {
      expect(scanJson(text, MAX_DEPTH).deepAt).toBe(excessiveNestingAt(text));
      if (scanJson(text, MAX_DEPTH).deepAt < 0) {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          continue;
        }
        expect(scanJson(text, MAX_DEPTH).keys).toBe(countKeys(value));
      }
    }
  });
});
