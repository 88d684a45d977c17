import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualcat } from './harness.js';

const plan = { id: 'P1', region: '320500', kind: 'skill-level-recognition', publishedOn: '2021-03-01', assessmentDates: ['2021-04-01'], organizer: { name: '苏州某公司', type: 'enterprise' }, items: [{ occupation: '车工', levels: [5] }] };
const json = JSON.stringify(plan, null, 2);

interface Case {
  name: string;
  file?: string;
  content?: string | Buffer;
  setup?: (dir: string) => void;
  /** ruleId:messageId of the first diagnostic */
  expected: string | null;
  line?: number;
  exit: number;
}

const cases: Case[] = [
  { name: 'empty file', content: '', expected: 'core/parse:empty', exit: 1 },
  { name: 'whitespace only', content: ' \n\t\n', expected: 'core/parse:empty', exit: 1 },
  { name: 'UTF-8 BOM', content: '\uFEFF' + json, expected: null, exit: 0 },
  { name: 'UTF-16', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]), expected: 'core/parse:not-utf8', exit: 2 },
  { name: 'GBK without --encoding', content: Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xb3, 0xb5, 0xb9, 0xa4, 0x22, 0x7d]), expected: 'core/parse:not-utf8', exit: 2 },
  { name: 'NUL bytes', content: json.replace('"P1"', '"P\u00001"'), expected: 'core/parse:syntax', line: 1, exit: 1 },
  { name: 'truncated JSON', content: json.slice(0, 80), expected: 'core/parse:syntax', exit: 1 },
  { name: 'trailing comma in .json', content: json.replace('"P1",', '"P1",,'), expected: 'core/parse:syntax', line: 1, exit: 1 },
  { name: 'a comment in .json', content: json.replace('{', '{ // 注释'), expected: 'core/parse:syntax', line: 0, exit: 1 },
  { name: 'duplicate keys', content: json.replace('"id": "P1",', '"id": "P1",\n  "id": "P2",'), expected: 'core/parse:duplicate-key', line: 2, exit: 1 },
  { name: '__proto__ key', content: json.replace('{', '{ "__proto__": { "polluted": true },'), expected: 'core/schema:unknown-property', line: 0, exit: 1 },
  { name: '10,000-deep nesting', content: '['.repeat(10000) + ']'.repeat(10000), expected: 'core/parse:too-deep', exit: 1 },
  { name: 'an invalid date 2020-02-30', content: json.replace('2021-03-01', '2020-02-30'), expected: 'core/schema:invalid-date', line: 4, exit: 1 },
  { name: 'an invalid date 2020-13-01', content: json.replace('2021-04-01', '2020-13-01'), expected: 'core/schema:invalid-date', line: 6, exit: 1 },
  { name: 'a date with a time zone', content: json.replace('"2021-03-01"', '"2021-03-01T09:00:00+08:00"'), expected: 'core/schema:invalid-date', line: 4, exit: 1 },
  { name: 'numbers as strings', content: json.replace('[\n        5\n      ]', '[\n        "5"\n      ]'), expected: 'core/schema:type', exit: 1 },
  {
    name: 'a YAML alias bomb',
    file: 'bomb.plan.yaml',
    content: ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcde'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcd'[i]).join(', ')}]`), 'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]'].join('\n'),
    expected: 'core/parse:yaml-aliases',
    exit: 1,
  },
  {
    name: 'a 200 MB file: refused unread, no out-of-memory',
    setup: (dir) => {
      writeFileSync(join(dir, 'case.plan.json'), '');
      truncateSync(join(dir, 'case.plan.json'), 200 * 1024 * 1024);
    },
    expected: 'core/io:too-large',
    exit: 2,
  },
  { name: 'a folder named like a plan file is searched, not read', setup: (dir) => mkdirSync(join(dir, 'case.plan.json')), expected: 'core/io:missing', exit: 2 },
];

describe('bad input through `qualcat validate`: a clear message, its location, the right exit code', () => {
  it.each(cases)('$name', ({ file = 'case.plan.json', content, setup, expected, line, exit }) => {
    const dir = mkdtempSync(join(tmpdir(), 'qualcat-bad-'));
    if (setup) setup(dir);
    else writeFileSync(join(dir, file), content!);
    return qualcat(['validate', '--format', 'json', '--locale', 'en', '.'], { cwd: dir }).then(({ code, stdout, stderr }) => {
      expect(stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
      const out = JSON.parse(stdout) as { results: Array<{ file: string; diagnostics: Array<{ ruleId: string; messageId: string; message: string; range?: { start: { line: number } } }> }> };
      const first = out.results.flatMap((r) => r.diagnostics)[0];
      if (expected === null) expect(first).toBeUndefined();
      else {
        expect(`${first?.ruleId}:${first?.messageId}`).toBe(expected);
        expect(first!.message.length).toBeGreaterThan(10);
        if (line !== undefined) expect(first!.range?.start.line).toBe(line);
      }
      expect(code).toBe(exit);
    });
  });

  it('a symlink loop in a folder is not followed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qualcat-loop-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'ok.plan.json'), json);
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'loop'));
    const { code, stdout } = await qualcat(['validate', '--format', 'json', '.'], { cwd: dir });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { results: unknown[] }).results).toHaveLength(1);
  });

  it('a path that is gone or holds no plan is reported and the others are checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qualcat-gone-'));
    writeFileSync(join(dir, 'ok.plan.json'), json);
    mkdirSync(join(dir, 'dir.plan.json'));
    const { code, stdout } = await qualcat(['validate', '--format', 'json', 'ok.plan.json', 'dir.plan.json', 'gone.plan.json'], { cwd: dir });
    expect(code).toBe(2);
    const out = JSON.parse(stdout) as { results: Array<{ file: string; diagnostics: Array<{ messageId: string }> }> };
    expect(Object.fromEntries(out.results.map((r) => [r.file, r.diagnostics.map((d) => d.messageId)]))).toEqual({
      'dir.plan.json': ['missing'],
      'gone.plan.json': ['missing'],
      'ok.plan.json': [],
    });
  });

  it('a config cannot load plugin code from outside its folder without --allow-external-plugins', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'qualcat-outside-'));
    writeFileSync(join(outside, 'evil.js'), "import { writeFileSync } from 'node:fs'; writeFileSync(new URL('./ran', import.meta.url), 'yes'); export default {};");
    const dir = mkdtempSync(join(tmpdir(), 'qualcat-proj-'));
    writeFileSync(join(dir, 'qualcat.config.json'), JSON.stringify({ plugins: [join(outside, 'evil.js')] }));
    writeFileSync(join(dir, 'a.plan.json'), json);
    const { code, stdout } = await qualcat(['validate', '--format', 'json', '--locale', 'en', 'a.plan.json'], { cwd: dir });
    expect(code).toBe(2);
    const diag = (JSON.parse(stdout) as { results: Array<{ diagnostics: Array<{ messageId: string; pointer: string }> }> }).results[0]!.diagnostics[0];
    expect(diag).toMatchObject({ messageId: 'outside-project', pointer: '/plugins/0' });
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(outside, 'ran'))).toBe(false);
  });
});
