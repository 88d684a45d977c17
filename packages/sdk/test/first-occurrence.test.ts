import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FirstOccurrenceIndex } from '../src/index.js';

type Repeat = [key: string, index: number, firstIndex: number];

/** Keys a UTF-8 round trip or a line-based file format would get wrong, and keys that must stay apart. */
const AWKWARD = [
  'line\nbreak',
  'tab\there',
  'carriage\r\n',
  'nul\u0000inside',
  '\u0000',
  '证书编号😀',
  '😀',
  'lone \ud800 high',
  'lone \udbff high', // differs from the one above only in a lone surrogate
  'lone \ufffd replacement', // what UTF-8 would turn both of them into
  'lone \ud800 replacement',
  '\udc00',
  '\ufffd',
  ' ',
  'x'.repeat(30_000), // longer than a write buffer
  'x'.repeat(30_001),
  `${'é'.repeat(40_000)}\n`,
];

/** A seeded stream: many repeats, keys seen 3+ times, the awkward keys among ordinary ones. */
function stream(length: number, seed = 7, awkwardShare = 0.15): string[] {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const keys: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < awkwardShare) keys.push(AWKWARD[Math.floor(random() * AWKWARD.length)]!);
    else if (r < awkwardShare + 0.3 && keys.length) keys.push(keys[Math.floor(random() * keys.length)]!);
    else keys.push(`33${String(Math.floor(random() * length * 4)).padStart(11, '0')}`);
  }
  return keys;
}

/** What a plain Map finds: the reference every mode must match. */
function reference(keys: readonly string[]): Repeat[] {
  const first = new Map<string, number>();
  const out: Repeat[] = [];
  keys.forEach((key, index) => {
    const f = first.get(key);
    if (f === undefined) first.set(key, index);
    else out.push([key, index, f]);
  });
  return out;
}

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'qualcat-first-occurrence-test-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function run(keys: readonly string[], maxEntries?: number) {
  const found: Repeat[] = [];
  const index = new FirstOccurrenceIndex((key, i, first) => found.push([key, i, first]), { ...(maxEntries !== undefined ? { maxEntries } : {}), directory: folder });
  let spilledTo: string | undefined;
  keys.forEach((key, i) => {
    index.add(key, i);
    spilledTo ??= index.spillDirectory;
  });
  const beforeFinish = found.length;
  index.finish();
  return { found, beforeFinish, spilledTo, after: index.spillDirectory };
}

describe('FirstOccurrenceIndex', () => {
  const keys = stream(5000);
  const expected = reference(keys);

  it('the generated stream has what the modes must agree on', () => {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    expect(expected.length).toBeGreaterThan(1000);
    expect([...counts.values()].some((n) => n >= 3)).toBe(true);
    for (const awkward of AWKWARD) expect(counts.get(awkward) ?? 0, JSON.stringify(awkward.slice(0, 20))).toBeGreaterThanOrEqual(2);
  });

  it('in memory: every repeat reported at once, as a Map would, and no disk', () => {
    const { found, beforeFinish, spilledTo } = run(keys);
    expect(found).toEqual(expected);
    expect(beforeFinish).toBe(expected.length);
    expect(spilledTo).toBeUndefined();
    expect(readdirSync(folder)).toEqual([]);
  });

  for (const maxEntries of [0, 1, 3, 10, 1000]) {
    it(`spilled past ${maxEntries} keys: exactly the same repeats, first indexes and order; the temp folder is removed`, () => {
      const { found, beforeFinish, spilledTo, after } = run(keys, maxEntries);
      expect(spilledTo).toBeDefined();
      expect(spilledTo!.startsWith(folder)).toBe(true);
      expect(found).toEqual(expected);
      // Repeats met before the spill come from add(), the rest from finish().
      expect(beforeFinish).toBeLessThan(expected.length);
      expect(after).toBeUndefined();
      expect(existsSync(spilledTo!)).toBe(false);
      expect(readdirSync(folder)).toEqual([]);
    });
  }

  it('a partition over maxEntries is split again (100,000 keys: ~1,560 a partition, over the 1,024 never split), still exact', () => {
    const many = stream(100_000, 11, 0.001);
    const { found, spilledTo } = run(many, 10);
    expect(spilledTo).toBeDefined();
    expect(found).toEqual(reference(many));
    expect(readdirSync(folder)).toEqual([]);
    // ~4,000 partition files: seconds of file system work on a loaded CI machine
  }, 60_000);

  it('a repeat spanning the spill point points back to the record held in memory', () => {
    const found: Repeat[] = [];
    const index = new FirstOccurrenceIndex((key, i, first) => found.push([key, i, first]), { maxEntries: 3, directory: folder });
    ['a', 'b', 'a', 'c'].forEach((k, i) => index.add(k, i));
    expect(found).toEqual([['a', 2, 0]]); // in memory: at once
    expect(index.spillDirectory).toBeUndefined();
    ['d', 'b', 'a\n', 'a', 'c', 'a\n', 'a'].forEach((k, i) => index.add(k, i + 4));
    expect(index.spillDirectory).toBeDefined();
    expect(found).toHaveLength(1); // on disk: at finish
    index.finish();
    expect(found).toEqual([
      ['a', 2, 0],
      ['b', 5, 1],
      ['a', 7, 0],
      ['c', 8, 3],
      ['a\n', 9, 6],
      ['a', 10, 0],
    ]);
  });

  it('lone surrogates and U+FFFD stay different keys on disk', () => {
    const awkward = ['\ud800', '\udbff', '\ufffd', 'a\ud800', 'a\udbff', 'a\ufffd'];
    expect(run([...awkward, ...awkward], 0).found).toEqual(awkward.map((k, i) => [k, i + awkward.length, i]));
  });

  it('an unfinished spill is removed on process exit', () => {
    const before = new Set(process.listeners('exit'));
    const index = new FirstOccurrenceIndex(() => {}, { maxEntries: 1, directory: folder });
    index.add('a', 0);
    index.add('b', 1);
    const spilledTo = index.spillDirectory!;
    expect(existsSync(spilledTo)).toBe(true);
    const added = process.listeners('exit').filter((l) => !before.has(l));
    expect(added).toHaveLength(1);
    (added[0] as () => void)();
    expect(existsSync(spilledTo)).toBe(false);
    expect(process.listeners('exit').filter((l) => !before.has(l))).toEqual([]);
  });

  it('the exit hook is there only while some index is spilled', () => {
    const before = process.listeners('exit').length;
    const a = new FirstOccurrenceIndex(() => {}, { maxEntries: 0, directory: folder });
    const b = new FirstOccurrenceIndex(() => {}, { maxEntries: 0, directory: folder });
    a.add('x', 0);
    b.add('x', 0);
    expect(process.listeners('exit').length).toBe(before + 1);
    a.finish();
    expect(process.listeners('exit').length).toBe(before + 1);
    b.finish();
    expect(process.listeners('exit').length).toBe(before);
  });

  it('a folder that cannot be made: the error (with its code) is thrown by the add that spills, and after', () => {
    const file = join(folder, 'a-file');
    writeFileSync(file, '');
    const index = new FirstOccurrenceIndex(() => {}, { maxEntries: 2, directory: join(file, 'below') });
    index.add('a', 0);
    index.add('b', 1);
    expect(() => index.add('c', 2)).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    expect(() => index.add('d', 3)).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    expect(() => index.finish()).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    expect(readdirSync(folder)).toEqual(['a-file']);
  });

  it('refuses a maxEntries that is not a whole number ≥ 0', () => {
    expect(() => new FirstOccurrenceIndex(() => {}, { maxEntries: -1 })).toThrow(RangeError);
    expect(() => new FirstOccurrenceIndex(() => {}, { maxEntries: 1.5 })).toThrow(RangeError);
  });
});
