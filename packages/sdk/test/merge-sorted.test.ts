import { describe, expect, it } from 'vitest';
import { mergeSorted } from '../src/index.js';

describe('mergeSorted', () => {
  it('merges sorted sources into one sorted stream; on a tie the earlier source first', () => {
    const tagged = (source: string, keys: number[]) => keys.map((k) => ({ k, source }));
    const out = [...mergeSorted([tagged('a', [1, 3, 3, 9]), [], tagged('b', [0, 3, 10]), tagged('c', [3])], (x, y) => x.k - y.k)];
    expect(out.map((x) => `${x.k}${x.source}`)).toEqual(['0b', '1a', '3a', '3a', '3b', '3c', '9a', '10b']);
  });

  it('agrees with a stable sort over hundreds of sources (lazy iterables too)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const sources = Array.from({ length: 300 }, (_, s) => Array.from({ length: Math.floor(random() * 20) }, () => ({ k: Math.floor(random() * 50), s })).sort((a, b) => a.k - b.k));
    const lazy = sources.map((list) => (function* () { yield* list; })());
    const expected = sources.flat().sort((a, b) => a.k - b.k || a.s - b.s);
    expect([...mergeSorted(lazy, (a, b) => a.k - b.k)]).toEqual(expected);
    expect([...mergeSorted([], (a: number, b: number) => a - b)]).toEqual([]);
  });
});
