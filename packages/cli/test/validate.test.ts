import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualcat, repoRoot } from './harness.js';

interface JsonOutput {
  results: Array<{ file: string; diagnostics: Array<{ ruleId: string; messageId: string; pointer: string; severity: string; range?: unknown; source?: unknown; message: string; plugin?: string }> }>;
  summary: { errors: number; warnings: number };
}

const expected = JSON.parse(readFileSync(join(repoRoot, 'examples/plans/expected.json'), 'utf8')) as Record<string, Array<{ ruleId: string; pointer: string }>>;
const key = (d: { ruleId: string; pointer: string }) => `${d.ruleId} ${d.pointer}`;

describe('qualcat validate on the bundled examples (issue 3 "done means")', () => {
  it('reports exactly the findings each broken example was written to show, and nothing on the valid ones', async () => {
    const { code, stdout, stderr } = await qualcat(['validate', '--format', 'json', '--config', 'examples/qualcat.config.json', '--as-of', '2021-06-30', 'examples/plans']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as JsonOutput;
    const actual: Record<string, string[]> = {};
    for (const r of out.results) actual[relative('examples/plans', r.file)] = r.diagnostics.map(key).sort();
    const wanted = Object.fromEntries(Object.entries(expected).map(([f, ds]) => [f, ds.map(key).sort()]));
    expect(actual).toEqual(wanted);
  });

  it('every diagnostic has a range, a source and a message; Zhejiang findings name their plugin', async () => {
    const { stdout } = await qualcat(['validate', '--format', 'json', '--config', 'examples/qualcat.config.json', 'examples/plans/broken']);
    const out = JSON.parse(stdout) as JsonOutput;
    for (const d of out.results.flatMap((r) => r.diagnostics)) {
      expect(d.range).toBeDefined();
      expect(d.message.length).toBeGreaterThan(0);
      if (d.ruleId.startsWith('national/') || d.ruleId.startsWith('zhejiang/')) expect(d.source).toBeDefined();
      if (d.ruleId.startsWith('zhejiang/')) expect(d.plugin).toBe('zhejiang');
    }
  });

  it('valid plans only: exit 0 and a clean stylish report', async () => {
    const { code, stdout } = await qualcat(['validate', '--config', 'examples/qualcat.config.json', 'examples/plans/*.plan.*']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/✔ \d+ file\(s\) checked, no problems/);
  });

  it('--locale en gives English messages', async () => {
    const { stdout } = await qualcat(['validate', '--format', 'json', '--locale', 'en', '--config', 'examples/qualcat.config.json', 'examples/plans/broken/occupation-not-in-catalog.plan.json']);
    const [d] = (JSON.parse(stdout) as JsonOutput).results[0]!.diagnostics;
    expect(d!.message).toBe('"金属热处理员" is not in the catalog; did you mean "金属热处理工"?');
  });
});

describe('qualcat validate: bad input and configuration', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'qualcat-'));
  const plan = { id: 'P1', region: '320500', kind: 'skill-level-recognition', publishedOn: '2021-03-01', assessmentDates: ['2021-04-01'], organizer: { name: '苏州某公司', type: 'enterprise' }, items: [{ occupation: '车工', levels: [5] }] };

  it('a missing path: exit 2, the other files still checked', async () => {
    const d = dir();
    writeFileSync(join(d, 'ok.plan.json'), JSON.stringify(plan));
    const { code, stdout } = await qualcat(['validate', '--format', 'json', 'ok.plan.json', 'nope.plan.json'], { cwd: d });
    expect(code).toBe(2);
    const out = JSON.parse(stdout) as JsonOutput;
    expect(out.results.map((r) => [r.file, r.diagnostics.map((x) => x.messageId)])).toEqual([
      ['nope.plan.json', ['missing']],
      ['ok.plan.json', []],
    ]);
  });

  it('a GBK file is reported as not UTF-8, with no guess at its content', async () => {
    const d = dir();
    writeFileSync(join(d, 'gbk.plan.json'), Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xb3, 0xb5, 0xb9, 0xa4, 0x22, 0x7d]));
    const { code, stdout } = await qualcat(['validate', '--format', 'json', '--locale', 'en', 'gbk.plan.json'], { cwd: d });
    expect(code).toBe(2);
    const [diag] = (JSON.parse(stdout) as JsonOutput).results[0]!.diagnostics;
    expect(diag).toMatchObject({ ruleId: 'core/parse', messageId: 'not-utf8' });
  });

  it('the nearest qualcat.config.json applies; an unknown rule id there is a config error at its key (exit 2)', async () => {
    const d = dir();
    mkdirSync(join(d, 'plans'));
    writeFileSync(join(d, 'qualcat.config.json'), JSON.stringify({ plugins: [], rules: { 'national/no-such-rule': 'off' } }, null, 2));
    writeFileSync(join(d, 'plans', 'a.plan.json'), JSON.stringify(plan));
    const { code, stdout } = await qualcat(['validate', '--format', 'json', 'plans'], { cwd: d });
    expect(code).toBe(2);
    const out = JSON.parse(stdout) as JsonOutput;
    const config = out.results.find((r) => r.file === 'qualcat.config.json')!;
    expect(config.diagnostics).toEqual([expect.objectContaining({ ruleId: 'core/config', messageId: 'unknown-rule', pointer: '/rules/national~1no-such-rule', range: { start: { line: 3, character: 4 }, end: { line: 3, character: 27 } } })]);
  });

  it('a plugin that cannot be found is named, with the place it was looked for', async () => {
    const d = dir();
    writeFileSync(join(d, 'qualcat.config.json'), JSON.stringify({ plugins: ['@qualcat/plugin-atlantis'] }));
    writeFileSync(join(d, 'a.plan.json'), JSON.stringify(plan));
    const { code, stdout } = await qualcat(['validate', '--format', 'json', '--locale', 'en', 'a.plan.json'], { cwd: d });
    expect(code).toBe(2);
    const out = JSON.parse(stdout) as JsonOutput;
    expect(out.results[0]!.diagnostics[0]).toMatchObject({ ruleId: 'core/config', messageId: 'plugin-not-found', pointer: '/plugins/0' });
    expect(out.results[0]!.diagnostics[0]!.message).toContain('@qualcat/plugin-atlantis');
  });

  it('the bundled Zhejiang plugin works for a config anywhere', async () => {
    const d = dir();
    writeFileSync(join(d, 'qualcat.config.json'), JSON.stringify({ plugins: ['@qualcat/plugin-zhejiang'] }));
    writeFileSync(join(d, 'zj.plan.json'), JSON.stringify({ ...plan, region: '330100', kind: 'qualification-assessment', publishedOn: '2020-07-01', assessmentDates: ['2020-08-01'], organizer: { name: '杭州市职业技能鉴定指导中心', type: 'assessment-center' } }));
    const { code, stdout } = await qualcat(['validate', '--format', 'json', 'zj.plan.json'], { cwd: d });
    expect(code).toBe(1);
    const ids = (JSON.parse(stdout) as JsonOutput).results[0]!.diagnostics.map((x) => x.ruleId).sort();
    expect(ids).toEqual(['zhejiang/question-bank', 'zhejiang/unified-platform']);
  });

  it('bad flags are usage errors', async () => {
    expect((await qualcat(['validate', '--as-of', '2020-02-30', 'x'])).code).toBe(2);
    expect((await qualcat(['validate', '--locale', 'fr', 'x'])).stderr).toContain('--locale must be zh-CN or en');
    expect((await qualcat(['validate', '--format', 'xml', 'x'])).code).toBe(2);
  });
});
