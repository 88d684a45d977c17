/**
 * `JSON.stringify(value, null, 2)`, as a stream of pieces, for reports too large to hold as one string: an array
 * wrapped in {@link Streamed} is iterated as it is written, a {@link Later} value is computed when it is reached
 * (a summary counted while the findings went past). Plain values come out byte for byte as JSON.stringify's.
 */
export class Streamed<T> {
  constructor(readonly items: Iterable<T>) {}
}

export class Later<T> {
  constructor(readonly compute: () => T) {}
}

export function* prettyJson(value: unknown, indent = ''): Generator<string> {
  if (value instanceof Later) value = value.compute();
  if (value instanceof Streamed) {
    let first = true;
    for (const item of value.items as Iterable<unknown>) {
      yield `${first ? '[' : ','}\n${indent}  `;
      yield* prettyJson(item, `${indent}  `);
      first = false;
    }
    yield first ? '[]' : `\n${indent}]`;
    return;
  }
  if (Array.isArray(value) && value.some(isLazy)) {
    yield* prettyJson(new Streamed(value), indent);
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).some(isLazy)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
    yield '{';
    let k = 0;
    for (const [key, v] of entries) {
      yield `${k++ ? ',' : ''}\n${indent}  ${JSON.stringify(key)}: `;
      yield* prettyJson(v, `${indent}  `);
    }
    yield k ? `\n${indent}}` : '}';
    return;
  }
  // JSON.stringify escapes line breaks inside strings: every "\n" in its output is layout, safe to indent.
  const text = JSON.stringify(value, null, 2);
  yield indent ? text.replaceAll('\n', `\n${indent}`) : text;
}

function isLazy(value: unknown): boolean {
  if (value instanceof Streamed || value instanceof Later) return true;
  if (value === null || typeof value !== 'object') return false;
  return Array.isArray(value) ? value.some(isLazy) : Object.values(value).some(isLazy);
}
