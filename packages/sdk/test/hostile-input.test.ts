import { describe, expect, it } from 'vitest';
import { builtinRules, Linter, parseDocument } from '../src/index.js';

const linter = new Linter({ rules: builtinRules, asOf: '2021-06-30', locale: 'en' });
const ids = (text: string, uri: string) => linter.lintText(text, uri).map((d) => `${d.ruleId}:${d.messageId}`);

describe('hostile and malformed input never throws and is located', () => {
  it('10,000-deep JSON nesting is refused before any recursive parser sees it', () => {
    expect(ids('['.repeat(10000) + ']'.repeat(10000), 'a.plan.json')).toEqual(['core/parse:too-deep']);
    expect(ids('{"a":'.repeat(10000) + '1' + '}'.repeat(10000), 'a.plan.json')).toEqual(['core/parse:too-deep']);
    const [d] = linter.lintText('{"a":'.repeat(300) + '1' + '}'.repeat(300), 'a.plan.json');
    expect(d!.range!.start.character).toBe(5 * 256);
  });

  it('10,000-deep YAML flow nesting likewise', () => {
    expect(ids('['.repeat(10000) + ']'.repeat(10000), 'a.plan.yaml')).toEqual(['core/parse:too-deep']);
  });

  it('brackets inside strings do not count as nesting', () => {
    const text = JSON.stringify({ id: '['.repeat(1000), kind: 'x' });
    expect(ids(text, 'a.plan.json').every((i) => i.startsWith('core/schema'))).toBe(true);
  });

  it('a YAML alias bomb is stopped', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcde'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcd'[i]).join(', ')}]`), 'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]'].join('\n');
    expect(ids(bomb, 'a.plan.yaml')).toEqual(['core/parse:yaml-aliases']);
  });

  it('__proto__ and constructor keys are plain keys: no prototype pollution, reported as unknown fields', () => {
    for (const [text, uri] of [
      ['{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}', 'a.plan.json'],
      ['__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n', 'a.plan.yaml'],
    ] as const) {
      const doc = parseDocument(text, uri);
      expect(Object.keys(doc.value as object)).toEqual(['__proto__', 'constructor']);
      expect(Object.getPrototypeOf(doc.value)).toBe(Object.prototype);
      const found = linter.lintParsed(doc, { kind: 'plan' });
      expect(found.filter((d) => d.messageId === 'unknown-property').map((d) => d.pointer).sort()).toEqual(['/__proto__', '/constructor']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it.each([
    ['', 'core/parse:empty'],
    ['   \n\t\n', 'core/parse:empty'],
    ['{"id": "x",', 'core/parse:syntax'],
    ['{"id": "x", // comment\n "kind": "y"}', 'core/parse:syntax'],
    ['{"id": "x",}', 'core/parse:syntax'],
    ['{"id": "x", "id": "y"}', 'core/parse:duplicate-key'],
    ['{"id": "a\u0000b"}', 'core/parse:syntax'], // a raw NUL inside a string is not JSON
  ])('JSON %j', (text, expected) => {
    const found = ids(text, 'a.plan.json');
    if (expected) expect(found).toContain(expected);
    else expect(found.every((f) => !f.startsWith('core/parse'))).toBe(true);
  });

  it('dates with time zones and impossible dates are schema errors, not crashes', () => {
    const plan = { id: 'P', kind: 'qualification-assessment', publishedOn: '2020-02-30', assessmentDates: ['2020-13-01', '2020-09-01T08:00:00+08:00'], items: [{ occupation: '车工', levels: ['5'] }] };
    const found = linter.lintText(JSON.stringify(plan), 'a.plan.json');
    expect(found.map((d) => `${d.messageId} ${d.pointer}`).sort()).toEqual(
      ['invalid-date /assessmentDates/0', 'invalid-date /assessmentDates/1', 'invalid-date /publishedOn', 'type /items/0/levels/0'].sort(),
    );
    expect(found.some((d) => d.ruleId === 'core/rule-crash')).toBe(false);
  });

  it('every range lies inside the text', () => {
    const text = '{\n  "id": "P",\n  "items": [ { "occupation": "金属热处理员", "levels": [5] } ],\n  "extra": 1\n}';
    const lines = text.split('\n');
    for (const d of linter.lintText(text, 'a.plan.json')) {
      for (const p of [d.range!.start, d.range!.end]) {
        expect(p.line).toBeLessThan(lines.length);
        expect(p.character).toBeLessThanOrEqual(lines[p.line]!.length);
      }
    }
  });
});
