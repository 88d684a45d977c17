import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { applyPatchToText, diffEdit, type PatchOperation } from '../src/index.js';

const applyFixToText = (text: string, format: 'json' | 'yaml', patch: PatchOperation[]) => applyPatchToText(text, patch, format);

const json = `{
  // not allowed in plan files, but a fix must not lose it either
  "id": "P1",
  "kind": "qualification-assessment",
  "assessmentDates": ["2020-12-01", "2020-12-31"],
  "items": [ { "occupation": "金属热处理员", "levels": [5] } ]
}
`;

describe('applyFixToText: JSON', () => {
  it('replaces a value and keeps everything else byte for byte', () => {
    const { text, edits } = applyFixToText(json, 'json', [{ op: 'replace', path: '/items/0/occupation', value: '金属热处理工' }]);
    expect(text).toBe(json.replace('金属热处理员', '金属热处理工'));
    expect(edits).toEqual([{ range: { start: { line: 5, character: 35 }, end: { line: 5, character: 36 } }, newText: '工' }]);
  });
  it('adds an object property with the file indentation', () => {
    const { text } = applyFixToText(json, 'json', [{ op: 'add', path: '/candidateChoice', value: { continueOffered: true, refundOffered: true } }]);
    expect(text).toContain('"candidateChoice": {\n    "continueOffered": true,\n    "refundOffered": true\n  }');
    expect(text.startsWith(json.slice(0, json.indexOf('"items"')))).toBe(true);
  });
  it('keeps CRLF line endings', () => {
    const crlf = json.replace(/\n/g, '\r\n');
    const { text } = applyFixToText(crlf, 'json', [{ op: 'add', path: '/purpose', value: 'make-up' }]);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
  it('renames a key (move)', () => {
    const src = '{\n\t"organiser": { "name": "甲", "type": "enterprise" },\n\t"id": "P"\n}\n';
    const { text } = applyFixToText(src, 'json', [{ op: 'move', from: '/organiser', path: '/organizer' }]);
    expect(JSON.parse(text)).toEqual({ organizer: { name: '甲', type: 'enterprise' }, id: 'P' });
    expect(text).toContain('\t"id": "P"');
  });
  it('removes', () => {
    const { text } = applyFixToText('{"a": 1, "b": 2}', 'json', [{ op: 'remove', path: '/a' }]);
    expect(JSON.parse(text)).toEqual({ b: 2 });
  });
  it('a failed test op throws', () => {
    expect(() => applyFixToText('{"a": 1}', 'json', [{ op: 'test', path: '/a', value: 2 }])).toThrow(/test failed/);
  });
});

const yaml = `# 杭州市补考计划
id: ZJ-BK-1   # 计划编号
kind: qualification-assessment
purpose: make-up
assessmentDates:
  - 2020-12-15
  - 2020-12-31  # 超出窗口
items:
  - occupation: 金属热处理员
    levels: [5, 4]
`;

describe('applyFixToText: YAML', () => {
  it('replaces a scalar in place, comments untouched', () => {
    const { text } = applyFixToText(yaml, 'yaml', [{ op: 'replace', path: '/assessmentDates/1', value: '2020-12-30' }]);
    expect(text).toBe(yaml.replace('2020-12-31  # 超出窗口', '2020-12-30  # 超出窗口'));
  });
  it('quotes a string that would not read back as itself', () => {
    const { text } = applyFixToText(yaml, 'yaml', [{ op: 'replace', path: '/id', value: 'yes: no' }]);
    expect(parseYaml(text).id).toBe('yes: no');
    expect(text).toContain('# 计划编号');
  });
  it('adds a mapping, keeping comments and the flow sequence', () => {
    const { text } = applyFixToText(yaml, 'yaml', [{ op: 'add', path: '/candidateChoice', value: { continueOffered: true, refundOffered: true } }]);
    expect(parseYaml(text).candidateChoice).toEqual({ continueOffered: true, refundOffered: true });
    expect(text).toContain('# 杭州市补考计划');
    expect(text).toContain('# 超出窗口');
    expect(text).toMatch(/levels: \[ ?5, 4 ?\]/);
  });
  it('renames a key in place', () => {
    const src = 'organiser:\n  name: 甲 # 名称\n  type: enterprise\nid: P\n';
    const { text } = applyFixToText(src, 'yaml', [{ op: 'move', from: '/organiser', path: '/organizer' }]);
    expect(text).toBe(src.replace('organiser', 'organizer'));
  });
});

describe('diffEdit', () => {
  it('keeps the common prefix and suffix', () => {
    expect(diffEdit('abcXYZdef', 'abcQdef')).toEqual({ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 6 } }, newText: 'Q' });
    expect(diffEdit('same', 'same')).toBeUndefined();
  });
});
