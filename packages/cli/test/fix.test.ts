import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualcat, repoRoot } from './harness.js';
import { writeIfUnchanged } from '../src/fix.js';

function workspace(files: Record<string, string>) {
  const d = mkdtempSync(join(tmpdir(), 'qualcat-fix-'));
  writeFileSync(join(d, 'qualcat.config.json'), JSON.stringify({ plugins: ['@qualcat/plugin-zhejiang'] }));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}

const yamlPlan = `# 杭州市 2020 年补考计划（批次一）
id: ZJ-BK-TEST\t# 编号
region: "330100"
kind: qualification-assessment
purpose: make-up
makeUpOf: ZJ-PRE
publishedOn: 2020-10-20
assessmentDates:
  - 2020-11-14
  - 2020-12-31   # 超出补考期一天
platform: 杭州市报名系统
questionBank: municipal
items:
  - occupation: 车工
    levels: [5, 4]
`;
const prePlan = JSON.stringify({ id: 'ZJ-PRE', region: '330100', kind: 'qualification-assessment', publishedOn: '2020-07-01', assessmentDates: ['2020-08-01'], platform: '浙江省职业能力建设一体化平台', questionBank: 'national', organizer: { name: '杭州市职业技能鉴定指导中心', type: 'assessment-center' }, items: [{ occupation: '车工', levels: [5] }] }, null, 2);

describe('validate --fix', () => {
  it('--fix-dry-run prints a diff and writes nothing', async () => {
    const d = workspace({ 'bk.plan.yaml': yamlPlan, 'pre.plan.json': prePlan });
    const { stdout } = await qualcat(['validate', '--fix-dry-run', 'bk.plan.yaml'], { cwd: d });
    expect(stdout).toContain('--- a/bk.plan.yaml');
    expect(stdout).toContain('-  - 2020-12-31   # 超出补考期一天');
    expect(stdout).toContain('+  - 2020-12-30   # 超出补考期一天');
    expect(readFileSync(join(d, 'bk.plan.yaml'), 'utf8')).toBe(yamlPlan);
  });

  it('--fix applies the safe fixes, keeps comments, tabs and key order, and the file then validates clean', async () => {
    const d = workspace({ 'bk.plan.yaml': yamlPlan, 'pre.plan.json': prePlan });
    const first = await qualcat(['validate', '--fix', '--format', 'json', 'bk.plan.yaml'], { cwd: d });
    const fixed = readFileSync(join(d, 'bk.plan.yaml'), 'utf8');
    expect(fixed).toBe(
      yamlPlan.replace('2020-12-31   #', '2020-12-30   #').replace('platform: 杭州市报名系统', 'platform: 浙江省职业能力建设一体化平台').replace('questionBank: municipal', 'questionBank: provincial'),
    );
    expect(first.code).toBe(0);
    const again = await qualcat(['validate', 'bk.plan.yaml'], { cwd: d });
    expect(again.code).toBe(0);
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('JSON: CRLF and odd key order preserved outside the fixed span', async () => {
    const plan = JSON.stringify({ items: [{ levels: [5], occupation: '车工' }], platform: '宁波市系统', questionBank: 'provincial', id: 'X1', region: '330200', kind: 'qualification-assessment', publishedOn: '2020-07-01', assessmentDates: ['2020-08-01'], organizer: { type: 'assessment-center', name: '宁波中心' } }, null, '\t').replace(/\n/g, '\r\n');
    const d = workspace({ 'x.plan.json': plan });
    await qualcat(['validate', '--fix', 'x.plan.json'], { cwd: d });
    expect(readFileSync(join(d, 'x.plan.json'), 'utf8')).toBe(plan.replace('宁波市系统', '浙江省职业能力建设一体化平台'));
  });

  it('unsafe fixes (a guessed occupation) are not applied', async () => {
    const d = workspace({ 'y.plan.json': prePlan.replace('"车工"', '"金属热处理员"') });
    const { code } = await qualcat(['validate', '--fix', 'y.plan.json'], { cwd: d });
    expect(code).toBe(1);
    expect(readFileSync(join(d, 'y.plan.json'), 'utf8')).toContain('金属热处理员');
  });

  it('never writes over a file that changed after it was read', async () => {
    const d = workspace({ 'c.plan.json': prePlan });
    writeFileSync(join(d, 'c.plan.json'), prePlan + '\n');
    const outcome = await writeIfUnchanged(join(d, 'c.plan.json'), prePlan, '{}');
    expect(outcome).toEqual({ outcome: 'changed-meanwhile' });
    expect(readFileSync(join(d, 'c.plan.json'), 'utf8')).toBe(prePlan + '\n');
    expect(await writeIfUnchanged(join(d, 'c.plan.json'), prePlan + '\n', '{"id":"new"}')).toEqual({ outcome: 'written' });
    expect(readFileSync(join(d, 'c.plan.json'), 'utf8')).toBe('{"id":"new"}');
  });

  it('a file that cannot be written is reported, and the original stays intact', async () => {
    const d = workspace({});
    const missingDir = join(d, 'gone', 'x.plan.json');
    expect((await writeIfUnchanged(missingDir, 'a', 'b')).outcome).toBe('write-failed');
  });

  it('the examples stay untouched by a dry run', async () => {
    const before = readFileSync(join(repoRoot, 'examples/plans/broken/unified-platform-wrong.plan.json'), 'utf8');
    const d = mkdtempSync(join(tmpdir(), 'qualcat-fix-'));
    copyFileSync(join(repoRoot, 'examples/plans/broken/unified-platform-wrong.plan.json'), join(d, 'a.plan.json'));
    writeFileSync(join(d, 'qualcat.config.json'), JSON.stringify({ plugins: ['@qualcat/plugin-zhejiang'] }));
    const { stdout } = await qualcat(['validate', '--fix-dry-run', 'a.plan.json'], { cwd: d });
    expect(stdout).toContain('+  "platform": "浙江省职业能力建设一体化平台"');
    expect(readFileSync(join(repoRoot, 'examples/plans/broken/unified-platform-wrong.plan.json'), 'utf8')).toBe(before);
  });
});

describe('writeFileAtomic under a kill', () => {
  it('a process killed half way through writing leaves the original intact (temp file + rename)', async () => {
    const { spawn } = await import('node:child_process');
    const d = mkdtempSync(join(tmpdir(), 'qualcat-kill-'));
    const target = join(d, 'plan.plan.json');
    writeFileSync(target, prePlan);
    const writer = new URL('../dist/index.js', import.meta.url).pathname; // built before tests (turbo: test → build)
    // A child writing 400 MB through writeFileAtomic; it is killed as soon as its temp file appears.
    const script = `import { writeFileAtomic } from ${JSON.stringify(writer)}; await writeFileAtomic(${JSON.stringify(target)}, 'x'.repeat(400 * 1024 * 1024));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    const started = Date.now();
    while (Date.now() - started < 20_000 && !readdirSync(d).some((f) => f.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(readFileSync(target, 'utf8')).toBe(prePlan);
  }, 30_000);
});
