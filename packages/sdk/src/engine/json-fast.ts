/**
 * The fast path for JSON documents: the value comes from V8's JSON.parse (about ten times faster than building a
 * syntax tree in JavaScript), and positions are found only for the pointers actually reported.
 *
 * - `scanJson` makes one pass over the text: the nesting check of `excessiveNestingAt` (same result) and the number of
 *   property names in it. When JSON.parse succeeds and the value holds as many properties as the text has names,
 *   no object repeats a key, so nothing is lost by JSON.parse keeping only the last one; otherwise the caller takes
 *   the slow path, which reports the duplicates.
 * - `JsonLocator` finds the span of the value (or property name) a pointer designates, scanning only the containers
 *   on the way, each once: a 5,000-item plan with a finding on every item is still scanned about once.
 */

/** `excessiveNestingAt`'s result for the text and, for valid JSON, how many property names it holds. */
export function scanJson(text: string, limit: number): { deepAt: number; keys: number } {
  let depth = 0;
  let keys = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      for (i++; i < n && text.charCodeAt(i) !== c; i++) if (text.charCodeAt(i) === 92 /* \ */ && c === 34) i++;
      if (c === 34) {
        let j = i + 1;
        let d = text.charCodeAt(j);
        while (d === 32 || d === 10 || d === 13 || d === 9) d = text.charCodeAt(++j);
        if (d === 58 /* : */) keys++;
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return { deepAt: i, keys };
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return { deepAt: -1, keys };
}

/** Own enumerable keys over every object in a JSON value (no cycles: it comes from JSON.parse). */
export function countKeys(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (v[i] !== null && typeof v[i] === 'object') stack.push(v[i]);
    } else {
      for (const k in v) {
        count++;
        const c = (v as Record<string, unknown>)[k];
        if (c !== null && typeof c === 'object') stack.push(c);
      }
    }
  }
  return count;
}

/** A span of the text: [start, end). */
export type Span = readonly [start: number, end: number];

const isWs = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Character scanners over a text JSON.parse accepted: where whitespace ends, where the string whose quote is at `i`
 * ends, where the value starting at `i` ends (containers skipped in one pass, strings by indexOf). Used here and by
 * the language server's cursor location.
 */
export function jsonSkipWs(text: string, i: number): number {
  while (i < text.length && isWs(text.charCodeAt(i))) i++;
  return i;
}

export function jsonStringEnd(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    let backslashes = 0;
    for (let b = quote - 1; text.charCodeAt(b) === 92; b--) backslashes++;
    if ((backslashes & 1) === 0) return quote + 1;
    from = quote + 1;
  }
}

export function jsonValueEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) return jsonStringEnd(text, i);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === 34) i = jsonStringEnd(text, i) - 1;
      else if (d === 123 || d === 91) depth++;
      else if ((d === 125 || d === 93) && --depth === 0) return i + 1;
    }
    return text.length;
  }
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === 44 || d === 125 || d === 93 || isWs(d)) break;
  }
  return i;
}

/**
 * Spans of values and property names in a text JSON.parse accepted. Same answers as walking jsonc-parser's tree:
 * a node's span runs from its first to its last character (quotes and brackets included).
 */
export class JsonLocator {
  /** Container start → member spans: objects [keyStart, keyEnd, valueStart, valueEnd]*, arrays [start, end]*. */
  private readonly spans = new Map<number, Int32Array>();
  /** Object start → property name → member index (the last one wins, as in the parsed value). */
  private readonly keys = new Map<number, Map<string, number>>();
  private rootSpan: Span | undefined;

  constructor(private readonly text: string) {}

  root(): Span {
    if (!this.rootSpan) {
      const start = jsonSkipWs(this.text, 0);
      this.rootSpan = [start, jsonValueEnd(this.text, start)];
    }
    return this.rootSpan;
  }

  /**
   * The span `rangeOf` reports for a pointer's tokens: the value at the pointer (falling back to the nearest
   * ancestor that exists), or with `key`, the name of the last property stepped into when there is one.
   */
  locate(tokens: readonly string[], target: 'key' | 'value'): Span {
    let node: Span = this.root();
    let keyNode: Span | undefined;
    for (const token of tokens) {
      let next: Span | undefined;
      const c = this.text.charCodeAt(node[0]);
      if (c === 123 /* { */) {
        const index = this.objectKeys(node[0]).get(token);
        const spans = this.spans.get(node[0])!;
        keyNode = index === undefined ? undefined : [spans[index * 4]!, spans[index * 4 + 1]!];
        next = index === undefined ? undefined : [spans[index * 4 + 2]!, spans[index * 4 + 3]!];
      } else if (c === 91 /* [ */ && /^\d+$/.test(token)) {
        const spans = this.arraySpans(node[0]);
        const index = Number(token);
        next = index * 2 < spans.length ? [spans[index * 2]!, spans[index * 2 + 1]!] : undefined;
        keyNode = undefined;
      }
      if (!next) break;
      node = next;
    }
    return target === 'key' && keyNode ? keyNode : node;
  }

  private objectKeys(start: number): Map<string, number> {
    let keys = this.keys.get(start);
    if (keys) return keys;
    keys = new Map();
    const spans: number[] = [];
    const text = this.text;
    let i = jsonSkipWs(this.text, start + 1);
    while (i < text.length && text.charCodeAt(i) === 34) {
      const keyEnd = jsonStringEnd(this.text, i);
      const backslash = text.indexOf('\\', i + 1);
      const name = backslash === -1 || backslash >= keyEnd ? text.slice(i + 1, keyEnd - 1) : (JSON.parse(text.slice(i, keyEnd)) as string);
      const valueStart = jsonSkipWs(this.text, jsonSkipWs(this.text, keyEnd) + 1); // past the colon
      const valueEnd = jsonValueEnd(this.text, valueStart);
      keys.set(name, spans.length / 4);
      spans.push(i, keyEnd, valueStart, valueEnd);
      i = jsonSkipWs(this.text, valueEnd);
      if (text.charCodeAt(i) !== 44 /* , */) break;
      i = jsonSkipWs(this.text, i + 1);
    }
    this.spans.set(start, Int32Array.from(spans));
    this.keys.set(start, keys);
    return keys;
  }

  private arraySpans(start: number): Int32Array {
    let spans = this.spans.get(start);
    if (spans) return spans;
    const out: number[] = [];
    const text = this.text;
    let i = jsonSkipWs(this.text, start + 1);
    if (text.charCodeAt(i) !== 93 /* ] */) {
      while (i < text.length) {
        const end = jsonValueEnd(this.text, i);
        out.push(i, end);
        i = jsonSkipWs(this.text, end);
        if (text.charCodeAt(i) !== 44 /* , */) break;
        i = jsonSkipWs(this.text, i + 1);
      }
    }
    spans = Int32Array.from(out);
    this.spans.set(start, spans);
    return spans;
  }
}
