import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { applyPatchToText, applyPatchToValue, diffEdit, PatchError, type PatchOperation } from '../src/index.js';
import type { TextEdit } from '../src/index.js';

/** Applies the returned edits to the original text the way an editor does, and checks they give `result.text`. */
function patch(text: string, ops: PatchOperation[], format: 'json' | 'yaml') {
  const result = applyPatchToText(text, ops, format);
  expect(applyTextEdits(text, result.edits)).toBe(result.text);
  const value = format === 'json' ? JSON.parse(result.text) : parseYaml(result.text);
  expect(value).toEqual(applyPatchToValue(format === 'json' ? JSON.parse(text) : parseYaml(text), ops));
  return result;
}

const PLAN_JSON = `{
  "id": "ZJ-1",
  "kind": "qualification-assessment",
  "purpose": "regular",
  "registration": { "opensOn": "2020-10-16", "closesOn": "2020-10-26" },
  "assessmentDates": ["2020-11-07", "2020-12-31"],
  "items": [
    { "occupation": "车工", "levels": [5, 4, 3], "candidates": 80 },
    { "occupation": "金属热处理员", "levels": [5, 4] }
  ],
  "x-note": "保留"
}
`;

const PLAN_YAML = `# 补考计划（注释须保留）
id: ZJ-HZ-BK-2020-01
region: "330100"
kind: qualification-assessment
purpose: make-up
makeUpOf: ZJ-HZ-JD-2020-008   # 原计划
publishedOn: 2020-10-20
assessmentDates:
  - 2020-11-14
  - 2020-12-31 # 超出补考期
items:
  - occupation: 车工
    levels: [5, 4, 3]
  - occupation: 钳工
    levels: [5, 4]
# 结尾注释
`;

describe('applyPatchToValue (RFC 6902 on data)', () => {
  it('adds, replaces, removes, moves, copies and tests', () => {
    const doc = { a: { b: 1 }, list: [1, 2] };
    expect(applyPatchToValue(doc, [{ op: 'add', path: '/list/-', value: 3 }])).toEqual({ a: { b: 1 }, list: [1, 2, 3] });
    expect(applyPatchToValue(doc, [{ op: 'add', path: '/list/0', value: 0 }])).toEqual({ a: { b: 1 }, list: [0, 1, 2] });
    expect(applyPatchToValue(doc, [{ op: 'replace', path: '/a/b', value: 2 }])).toEqual({ a: { b: 2 }, list: [1, 2] });
    expect(applyPatchToValue(doc, [{ op: 'remove', path: '/list/0' }])).toEqual({ a: { b: 1 }, list: [2] });
    expect(applyPatchToValue(doc, [{ op: 'move', from: '/a/b', path: '/c' }])).toEqual({ a: {}, list: [1, 2], c: 1 });
    expect(applyPatchToValue(doc, [{ op: 'copy', from: '/a', path: '/d' }])).toEqual({ a: { b: 1 }, list: [1, 2], d: { b: 1 } });
    expect(doc).toEqual({ a: { b: 1 }, list: [1, 2] });
  });

  it('refuses what RFC 6902 refuses', () => {
    expect(() => applyPatchToValue({ a: 1 }, [{ op: 'test', path: '/a', value: 2 }])).toThrow(PatchError);
    expect(() => applyPatchToValue({ a: 1 }, [{ op: 'replace', path: '/b', value: 2 }])).toThrow(PatchError);
    expect(() => applyPatchToValue({ a: 1 }, [{ op: 'add', path: '/x/y', value: 2 }])).toThrow(PatchError);
    expect(() => applyPatchToValue({ a: [1] }, [{ op: 'add', path: '/a/5', value: 2 }])).toThrow(PatchError);
    expect(() => applyPatchToValue({ a: { b: 1 } }, [{ op: 'move', from: '/a', path: '/a/b/c' }])).toThrow(PatchError);
  });
});

describe('applyPatchToText: JSON', () => {
  it('replaces a scalar with one small edit, leaving the one-line item as it is', () => {
    const r = patch(PLAN_JSON, [{ op: 'replace', path: '/items/1/occupation', value: '金属热处理工' }], 'json');
    expect(r.edits).toHaveLength(1);
    expect(r.edits[0]!.range.start.line).toBe(8);
    expect(r.text).toContain('{ "occupation": "金属热处理工", "levels": [5, 4] }');
  });

  it('adds a member after the last one, in the style of its siblings', () => {
    const r = patch(PLAN_JSON, [{ op: 'add', path: '/candidateChoice', value: { continueOffered: true, refundOffered: true } }], 'json');
    expect(r.text).toContain('"x-note": "保留",\n  "candidateChoice": { "continueOffered": true, "refundOffered": true }\n}');
    expect(r.text.startsWith(PLAN_JSON.slice(0, PLAN_JSON.indexOf('"x-note"')))).toBe(true);
  });

  it('adds inside one-line objects and arrays on that line', () => {
    const r = patch(PLAN_JSON, [
      { op: 'add', path: '/items/1/candidates', value: 5 },
      { op: 'add', path: '/items/0/levels/-', value: 2 },
      { op: 'add', path: '/assessmentDates/0', value: '2020-11-01' },
    ], 'json');
    expect(r.text).toContain('{ "occupation": "金属热处理员", "levels": [5, 4], "candidates": 5 }');
    expect(r.text).toContain('"levels": [5, 4, 3, 2]');
    expect(r.text).toContain('["2020-11-01", "2020-11-07", "2020-12-31"]');
  });

  it('inserts array items on their own lines in multi-line arrays', () => {
    const r = patch(PLAN_JSON, [{ op: 'add', path: '/items/-', value: { occupation: '电工', levels: [5] } }], 'json');
    expect(r.text).toContain('{ "occupation": "金属热处理员", "levels": [5, 4] },\n    { "occupation": "电工", "levels": [5] }\n  ]');
  });

  it('removes members and items with their separators', () => {
    expect(patch(PLAN_JSON, [{ op: 'remove', path: '/purpose' }], 'json').text).not.toContain('purpose');
    const r = patch(PLAN_JSON, [{ op: 'remove', path: '/items/0' }], 'json');
    expect(r.text).toContain('"items": [\n    { "occupation": "金属热处理员", "levels": [5, 4] }\n  ]');
    expect(patch(PLAN_JSON, [{ op: 'remove', path: '/items/1' }], 'json').text).toContain('"candidates": 80 }\n  ]');
    expect(patch(PLAN_JSON, [{ op: 'remove', path: '/items/0/candidates' }], 'json').text).toContain('{ "occupation": "车工", "levels": [5, 4, 3] }');
  });

  it('renames a key in place (move to a sibling), keeping its position', () => {
    const r = patch('{\n  "organiser": { "name": "x" },\n  "kind": "k"\n}\n', [{ op: 'move', from: '/organiser', path: '/organizer' }], 'json');
    expect(r.text).toBe('{\n  "organizer": { "name": "x" },\n  "kind": "k"\n}\n');
    expect(r.edits[0]!.newText).toBe('z');
  });

  it('keeps tabs and CRLF line ends', () => {
    const text = '{\r\n\t"a": 1,\r\n\t"b": [\r\n\t\t1\r\n\t]\r\n}\r\n';
    const r = patch(text, [{ op: 'add', path: '/c', value: { d: [1] } }, { op: 'add', path: '/b/-', value: 2 }], 'json');
    expect(r.text).toBe('{\r\n\t"a": 1,\r\n\t"b": [\r\n\t\t1,\r\n\t\t2\r\n\t],\r\n\t"c": {\r\n\t\t"d": [\r\n\t\t\t1\r\n\t\t]\r\n\t}\r\n}\r\n');
  });

  it('fills empty containers', () => {
    expect(patch('{ "a": [], "b": {} }', [{ op: 'add', path: '/a/-', value: 1 }, { op: 'add', path: '/b/c', value: true }], 'json').text).toBe('{ "a": [1], "b": { "c": true } }');
    expect(patch('{}', [{ op: 'add', path: '/a', value: 1 }], 'json').text).toBe('{ "a": 1 }');
  });

  it('throws PatchError for a patch that does not apply', () => {
    expect(() => applyPatchToText(PLAN_JSON, [{ op: 'replace', path: '/nope', value: 1 }], 'json')).toThrow(PatchError);
    expect(() => applyPatchToText('{ "a": ', [{ op: 'add', path: '/b', value: 1 }], 'json')).toThrow(PatchError);
  });
});

describe('applyPatchToText: YAML', () => {
  it('replaces a scalar in place: one short edit, comments and spacing untouched', () => {
    const r = patch(PLAN_YAML, [{ op: 'replace', path: '/assessmentDates/1', value: '2020-12-30' }], 'yaml');
    expect(r.edits).toEqual([{ range: { start: { line: 9, character: 13 }, end: { line: 9, character: 14 } }, newText: '0' }]);
    expect(r.text).toBe(PLAN_YAML.replace('2020-12-31', '2020-12-30'));
  });

  it('keeps the quote style of the scalar it replaces', () => {
    expect(patch(PLAN_YAML, [{ op: 'replace', path: '/region', value: '330200' }], 'yaml').text).toContain('region: "330200"\n');
    expect(patch(PLAN_YAML, [{ op: 'replace', path: '/purpose', value: 'regular' }], 'yaml').text).toContain('purpose: regular\n');
    // A plain scalar that would read as a number gets quotes.
    expect(patch(PLAN_YAML, [{ op: 'replace', path: '/makeUpOf', value: '123' }], 'yaml').text).toContain('makeUpOf: "123"   # 原计划\n');
  });

  it('adds a mapping at the end of its map, as lines at the map indentation', () => {
    const r = patch(PLAN_YAML, [{ op: 'add', path: '/candidateChoice', value: { continueOffered: true, refundOffered: true } }], 'yaml');
    expect(r.text).toBe(PLAN_YAML.replace('# 结尾注释', 'candidateChoice:\n  continueOffered: true\n  refundOffered: true\n# 结尾注释'));
    expect(r.edits).toHaveLength(1);
    expect(r.edits[0]!.range.start).toEqual(r.edits[0]!.range.end);
  });

  it('adds a key to a map inside a sequence item, at its column', () => {
    const r = patch(PLAN_YAML, [{ op: 'add', path: '/items/0/candidates', value: 23 }], 'yaml');
    expect(r.text).toContain('  - occupation: 车工\n    levels: [5, 4, 3]\n    candidates: 23\n  - occupation: 钳工');
  });

  it('adds to block and flow sequences', () => {
    const r = patch(PLAN_YAML, [{ op: 'add', path: '/assessmentDates/-', value: '2020-12-20' }, { op: 'add', path: '/items/1/levels/0', value: 3 }], 'yaml');
    expect(r.text).toContain('  - 2020-12-31 # 超出补考期\n  - 2020-12-20\nitems:');
    expect(r.text).toContain('levels: [3, 5, 4]');
  });

  it('removes a pair or an item as whole lines', () => {
    const r = patch(PLAN_YAML, [{ op: 'remove', path: '/makeUpOf' }, { op: 'remove', path: '/items/0' }, { op: 'remove', path: '/items/0/levels/1' }], 'yaml');
    expect(r.text).toBe(
      PLAN_YAML.replace('makeUpOf: ZJ-HZ-JD-2020-008   # 原计划\n', '').replace('  - occupation: 车工\n    levels: [5, 4, 3]\n', '').replace('levels: [5, 4]', 'levels: [5]'),
    );
  });

  it('renames a key in place', () => {
    expect(patch('organiser:\n  name: x # c\nkind: k\n', [{ op: 'move', from: '/organiser', path: '/organizer' }], 'yaml').text).toBe('organizer:\n  name: x # c\nkind: k\n');
  });

  it('writes a value after a key that has none', () => {
    expect(patch('platform:\nkind: k\n', [{ op: 'replace', path: '/platform', value: '浙江省职业能力建设一体化平台' }], 'yaml').text).toBe('platform: 浙江省职业能力建设一体化平台\nkind: k\n');
  });

  it('falls back to the Document API where no source edit applies, keeping comments', () => {
    // A block scalar cannot be replaced in place.
    const text = '# 头注释\nnote: |\n  多行\n  文本\nkind: k # 行尾注释\n';
    const r = patch(text, [{ op: 'replace', path: '/note', value: '一行' }], 'yaml');
    expect(r.text).toContain('# 头注释');
    expect(r.text).toContain('# 行尾注释');
    expect(parseYaml(r.text)).toEqual({ note: '一行', kind: 'k' });
  });

  it('throws PatchError for a patch that does not apply', () => {
    expect(() => applyPatchToText(PLAN_YAML, [{ op: 'test', path: '/purpose', value: 'regular' }], 'yaml')).toThrow(PatchError);
    expect(() => applyPatchToText('a: [1', [{ op: 'add', path: '/b', value: 1 }], 'yaml')).toThrow(PatchError);
  });
});

describe('diffEdit', () => {
  it('is the span between the common prefix and suffix, never splitting a surrogate pair or a CRLF', () => {
    expect(diffEdit('abc', 'abc')).toBeUndefined();
    expect(diffEdit('a😀b', 'a😁b')).toEqual({ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, newText: '😁' });
    expect(diffEdit('a\r\nb', 'a\nb')).toEqual({ range: { start: { line: 0, character: 1 }, end: { line: 1, character: 0 } }, newText: '\n' });
  });
});

/** Applies LSP edits the way an editor does (offsets from line/character, later edits first). */
function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndexForTest(text);
  return [...edits]
    .sort((a, b) => index.offsetAt(b.range.start) - index.offsetAt(a.range.start))
    .reduce((t, e) => t.slice(0, index.offsetAt(e.range.start)) + e.newText + t.slice(index.offsetAt(e.range.end)), text);
}

class LineIndexForTest {
  private readonly starts = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      if (text[i] === '\n' || text[i] === '\r') this.starts.push(i + 1);
    }
  }
  offsetAt(p: { line: number; character: number }): number {
    return (this.starts[p.line] ?? 0) + p.character;
  }
}
