import { describe, expect, it } from 'vitest';
import { createLanguageService } from '../src/index.js';
import { loadedWith } from './helpers.js';

/** The same bad inputs as the CLI's table (packages/cli/test/bad-input.test.ts), through the language service. */
const service = createLanguageService({ configFor: () => loadedWith(), today: () => '2024-01-02' });
const plan = JSON.stringify({ id: 'P1', region: '320500', kind: 'skill-level-recognition', publishedOn: '2021-03-01', assessmentDates: ['2021-04-01'], organizer: { name: '苏州某公司', type: 'enterprise' }, items: [{ occupation: '车工', levels: [5] }] }, null, 2);

const cases: Array<[string, string, string, string | null]> = [
  ['empty file', 'a.plan.json', '', 'core/parse'],
  ['whitespace only', 'a.plan.json', ' \n\t\n', 'core/parse'],
  ['BOM', 'a.plan.json', '\uFEFF' + plan, null],
  ['NUL bytes', 'a.plan.json', plan.replace('"P1"', '"P\u00001"'), 'core/parse'],
  ['truncated JSON', 'a.plan.json', plan.slice(0, 80), 'core/parse'],
  ['trailing comma', 'a.plan.json', plan.replace('"P1",', '"P1",,'), 'core/parse'],
  ['comment in .json', 'a.plan.json', plan.replace('{', '{ // 注释'), 'core/parse'],
  ['duplicate keys', 'a.plan.json', plan.replace('"id": "P1",', '"id": "P1",\n  "id": "P2",'), 'core/parse'],
  ['__proto__ key', 'a.plan.json', plan.replace('{', '{ "__proto__": { "polluted": true },'), 'core/schema'],
  ['10,000-deep nesting', 'a.plan.json', '['.repeat(10000) + ']'.repeat(10000), 'core/parse'],
  ['invalid date', 'a.plan.json', plan.replace('2021-03-01', '2020-02-30'), 'core/schema'],
  ['date with a time zone', 'a.plan.json', plan.replace('"2021-03-01"', '"2021-03-01T09:00:00+08:00"'), 'core/schema'],
  ['YAML alias bomb', 'a.plan.yaml', ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcde'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcd'[i]).join(', ')}]`), 'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]'].join('\n'), 'core/parse'],
  ['lone surrogate', 'a.plan.json', plan.replace('苏州某公司', '\ud800'), null],
];

describe('bad input through the language service: a diagnostic inside the text, never an exception', () => {
  it.each(cases)('%s', async (_name, file, text, expected) => {
    const uri = `file:///ws/${file}`;
    const diagnostics = await service.validate(text, uri);
    if (expected === null) expect(diagnostics.filter((d) => String(d.code).startsWith('core/'))).toEqual([]);
    else expect(diagnostics[0]?.code).toBe(expected);
    const lines = text.split(/\r\n|\r|\n/);
    for (const d of diagnostics) {
      expect(d.range.start.line).toBeLessThan(lines.length);
      expect(d.range.end.character).toBeLessThanOrEqual(lines[d.range.end.line]!.length);
    }
    // hover and completion anywhere in a broken document answer, never throw
    for (const position of [{ line: 0, character: 0 }, { line: Math.max(0, lines.length - 1), character: 1 }]) {
      await service.hover(text, uri, position);
      await service.complete(text, uri, position);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
