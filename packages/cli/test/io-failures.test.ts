import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { repoRoot } from './harness.js';
import { openAtomicWriter } from '../src/write.js';

// Issue 7 ("Hardening"): unreadable inputs, read-only files and folders, a full disk. These run the built CLI in a
// child process. Root reads and writes through permission bits, so when the tests run as root (as CI does) the child
// runs as nobody (uid/gid 65534) and the bits apply; otherwise it runs as the current user.

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const fullDiskPreload = fileURLToPath(new URL('./full-disk-preload.mjs', import.meta.url));
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;
/**
 * How root is made to obey permission bits. Preferred: stay root but drop the capabilities that bypass them
 * (util-linux `setpriv`), which works wherever the checkout lies — even in a 0700 folder. Else run as nobody, which
 * needs the checkout and TMPDIR readable by others.
 */
const DROP_DAC = ['--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search', '--'];
const dropCaps = asRoot && spawnSync('setpriv', [...DROP_DAC, 'true']).status === 0;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  cwd: string;
  /** When we are root, run without the capabilities that bypass permission bits (or as nobody), so that they apply. */
  permissionsApply?: boolean;
  /** A shell prologue (umask, ulimit) before `exec node …`; run by bash. */
  prologue?: string;
  nodeArgs?: string[];
  env?: Record<string, string>;
}

function cli(args: string[], { cwd, permissionsApply = false, prologue, nodeArgs = [], env = {} }: RunOptions): Promise<Run> {
  const options: SpawnOptions = {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(permissionsApply && asRoot && !dropCaps ? { uid: NOBODY, gid: NOBODY } : {}),
  };
  const argv = [...nodeArgs, bin, ...args];
  let command = prologue ? ['bash', '-c', `${prologue}; exec "$0" "$@"`, process.execPath, ...argv] : [process.execPath, ...argv];
  if (permissionsApply && dropCaps) command = ['setpriv', ...DROP_DAC, ...command];
  const child = spawn(command[0]!, command.slice(1), options);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr!.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * A folder of files the child's user may read and write: mkdtemp makes it 0700 and root-owned; as root without
 * `setpriv`, it and its files are handed to nobody (the user the child then runs as).
 */
const fixtures: string[] = [];
function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'qualcat-io-'));
  fixtures.push(dir);
  chmodSync(dir, 0o755);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  if (asRoot && !dropCaps) for (const name of ['', ...Object.keys(files)]) chownSync(join(dir, name), NOBODY, NOBODY);
  return dir;
}

const tempFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
const mode = (path: string) => statSync(path).mode & 0o777;
const NO_STACK = /at .*\.[cm]?js:\d+/;

interface ValidateJson {
  results: Array<{ file: string; diagnostics: Array<{ ruleId: string; messageId: string; message: string }> }>;
}
interface AuditJson {
  results: Array<{ file: string; records: number; brokenRecords: number; diagnostics: Array<{ ruleId: string; messageId: string; message: string; line: number }> }>;
}
const ioFindings = (out: ValidateJson | AuditJson) =>
  Object.fromEntries(out.results.map((r) => [r.file, r.diagnostics.filter((d) => d.ruleId === 'core/io').map((d) => `${d.messageId}: ${d.message}`)]));

// A clean plan (no config: the national rules) and one with an invalid date, to show a file was validated.
const cleanPlan = JSON.stringify({ id: 'P1', region: '320500', kind: 'skill-level-recognition', publishedOn: '2021-03-01', assessmentDates: ['2021-04-01'], organizer: { name: '苏州某公司', type: 'enterprise' }, items: [{ occupation: '车工', levels: [5] }] }, null, 2);
const badDatePlan = cleanPlan.replace('2021-04-01', '2021-02-30');
// A Zhejiang plan whose platform --fix rewrites; `organizerName` makes it as long as a test needs.
const ZHEJIANG_CONFIG = JSON.stringify({ plugins: ['@qualcat/plugin-zhejiang'] });
const fixablePlan = (organizerName = '宁波中心') =>
  JSON.stringify({ id: 'X1', region: '330200', kind: 'qualification-assessment', publishedOn: '2020-07-01', assessmentDates: ['2020-08-01'], platform: '宁波市系统', questionBank: 'provincial', organizer: { type: 'assessment-center', name: organizerName }, items: [{ occupation: '车工', levels: [5] }] }, null, 2);
const FIXED_PLATFORM = '"platform": "浙江省职业能力建设一体化平台"';
/** About 12 KB: more than the free bytes and the file size limit below. */
const longFixablePlan = fixablePlan('宁波市职业技能鉴定指导中心'.repeat(300));
const certificateLines = readFileSync(join(repoRoot, 'examples/certificates/zhejiang-2020.ndjson'), 'utf8').split('\n').slice(0, 3);
const certificates = certificateLines.join('\n') + '\n';

/** Why the permission tests cannot run here (as root: nobody cannot run the built CLI from this checkout). */
let permissionSkip: string | undefined;
const needPermissions = (ctx: TestContext) => {
  if (permissionSkip) ctx.skip(permissionSkip);
};

beforeAll(async () => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: build the CLI first (pnpm --filter @qualcat/cli build)`);
  if (!asRoot) return;
  // nobody must be able to reach and read node, the built CLI, its dependencies and a fixture folder.
  const probe = await cli(['validate', '--format', 'json', 'clean.plan.json'], { cwd: fixture({ 'clean.plan.json': cleanPlan }), permissionsApply: true }).catch((error: Error) => ({ code: null, stderr: error.message }));
  if (probe.code !== 0) {
    permissionSkip = dropCaps
      ? `as root these tests run the CLI without CAP_DAC_OVERRIDE (setpriv), and it failed here (exit ${probe.code}: ${(probe.stderr + ('stdout' in probe ? probe.stdout : '')).replace(/\s+/g, ' ').slice(0, 200)})`
      : `as root these tests run the CLI as nobody (uid ${NOBODY}) since setpriv is missing, and nobody cannot run ${bin} in ${tmpdir()} here (exit ${probe.code}: ${(probe.stderr + ('stdout' in probe ? probe.stdout : '')).replace(/\s+/g, ' ').slice(0, 200)}); use a checkout and a TMPDIR others can read`;
  }
}, 30_000);

afterAll(() => {
  for (const dir of fixtures) rmSync(dir, { recursive: true, force: true });
});

describe('unreadable inputs: reported at the file with the system code; the other files are still checked', () => {
  it('validate: a plan file with mode 000 is core/io unreadable (EACCES), the others are validated, exit 2', async (ctx) => {
    needPermissions(ctx);
    const dir = fixture({ 'a.plan.json': cleanPlan, 'locked.plan.json': cleanPlan, 'z.plan.json': badDatePlan });
    chmodSync(join(dir, 'locked.plan.json'), 0o000);
    const { code, stdout, stderr } = await cli(['validate', '--format', 'json', '--locale', 'en', '.'], { cwd: dir, permissionsApply: true });
    expect(stderr).not.toMatch(NO_STACK);
    const out = JSON.parse(stdout) as ValidateJson;
    expect(Object.fromEntries(out.results.map((r) => [r.file, r.diagnostics.map((d) => `${d.ruleId}:${d.messageId}`)]))).toEqual({
      'a.plan.json': [],
      'locked.plan.json': ['core/io:unreadable'],
      'z.plan.json': ['core/schema:invalid-date'],
    });
    expect(ioFindings(out)['locked.plan.json']).toEqual(['unreadable: Cannot read the file: EACCES']);
    expect(code).toBe(2);
    // The default (zh-CN) stylish output names the file and the code too.
    const stylish = await cli(['validate', 'locked.plan.json'], { cwd: dir, permissionsApply: true });
    expect(stylish.stdout).toContain('locked.plan.json');
    expect(stylish.stdout).toContain('无法读取文件：EACCES');
    expect(stylish.code).toBe(2);
  });

  it('audit: an unreadable certificate file is reported (EACCES) and the readable one next to it is audited, exit 2', async (ctx) => {
    needPermissions(ctx);
    const dir = fixture({ 'a-locked.ndjson': certificates, 'b-ok.ndjson': certificates });
    chmodSync(join(dir, 'a-locked.ndjson'), 0o000);
    const { code, stdout, stderr } = await cli(['audit', '--format', 'json', '--locale', 'en', '--workers', '0', '--as-of', '2021-06-30', 'a-locked.ndjson', 'b-ok.ndjson'], { cwd: dir, permissionsApply: true });
    expect(stderr).not.toMatch(NO_STACK);
    const out = JSON.parse(stdout) as AuditJson;
    expect(ioFindings(out)).toEqual({ 'a-locked.ndjson': ['unreadable: Cannot read the file: EACCES'], 'b-ok.ndjson': [] });
    expect(out.results.find((r) => r.file === 'a-locked.ndjson')).toMatchObject({ records: 0, diagnostics: [{ line: 1 }] });
    expect(out.results.find((r) => r.file === 'b-ok.ndjson')).toMatchObject({ records: certificateLines.length, brokenRecords: 0 });
    expect(code).toBe(2);
  });
});

describe('validate --fix when the file cannot be written: the original intact, no temp file left, exit 2', () => {
  it('a read-only plan file (0444, folder writable) is respected: core/io read-only (EACCES), bytes and mode untouched; a writable one in the same run is fixed', async (ctx) => {
    needPermissions(ctx);
    const dir = fixture({ 'qualcat.config.json': ZHEJIANG_CONFIG, 'ro.plan.json': fixablePlan(), 'rw.plan.json': fixablePlan() });
    chmodSync(join(dir, 'ro.plan.json'), 0o444);
    const { code, stdout, stderr } = await cli(['validate', '--fix', '--format', 'json', '--locale', 'en', 'ro.plan.json', 'rw.plan.json'], { cwd: dir, permissionsApply: true });
    expect(stderr).not.toMatch(NO_STACK);
    expect(ioFindings(JSON.parse(stdout) as ValidateJson)).toEqual({ 'ro.plan.json': ['read-only: The file is read-only; the fixes were not written: EACCES'], 'rw.plan.json': [] });
    expect(code).toBe(2);
    expect(readFileSync(join(dir, 'ro.plan.json'), 'utf8')).toBe(fixablePlan());
    expect(mode(join(dir, 'ro.plan.json'))).toBe(0o444);
    expect(readFileSync(join(dir, 'rw.plan.json'), 'utf8')).toContain(FIXED_PLATFORM);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('a read-only folder (0555, file writable): write-failed EACCES, the original intact, no temp file', async (ctx) => {
    needPermissions(ctx);
    const dir = fixture({ 'qualcat.config.json': ZHEJIANG_CONFIG, 'x.plan.json': fixablePlan() });
    chmodSync(dir, 0o555);
    try {
      const { code, stdout, stderr } = await cli(['validate', '--fix', '--format', 'json', '--locale', 'en', 'x.plan.json'], { cwd: dir, permissionsApply: true });
      expect(stderr).not.toMatch(NO_STACK);
      expect(ioFindings(JSON.parse(stdout) as ValidateJson)).toEqual({ 'x.plan.json': ['write-failed: Could not write the fixes; the file is unchanged: EACCES'] });
      expect(code).toBe(2);
      expect(readFileSync(join(dir, 'x.plan.json'), 'utf8')).toBe(fixablePlan());
      expect(mode(join(dir, 'x.plan.json'))).toBe(0o644);
      expect(tempFiles(dir)).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('a full disk (simulated: writes fail with ENOSPC after 1,000 bytes): write-failed ENOSPC, the original byte-identical, no temp file', async () => {
    const dir = fixture({ 'qualcat.config.json': ZHEJIANG_CONFIG, 'x.plan.json': longFixablePlan });
    const { code, stdout, stderr } = await cli(['validate', '--fix', '--format', 'json', '--locale', 'en', 'x.plan.json'], {
      cwd: dir,
      nodeArgs: ['--import', fullDiskPreload],
      env: { QUALCAT_FULL_DISK_DIR: dir, QUALCAT_FULL_DISK_FREE: '1000' },
    });
    expect(stderr).not.toMatch(NO_STACK);
    expect(ioFindings(JSON.parse(stdout) as ValidateJson)).toEqual({ 'x.plan.json': ['write-failed: Could not write the fixes; the file is unchanged: ENOSPC'] });
    expect(code).toBe(2);
    expect(readFileSync(join(dir, 'x.plan.json'), 'utf8')).toBe(longFixablePlan);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('a file size limit (ulimit -f, a real EFBIG from the kernel): write-failed EFBIG, the original intact, no temp file', async (ctx) => {
    if (spawnSync('bash', ['-c', 'true']).status !== 0) ctx.skip('needs bash for ulimit -f');
    const dir = fixture({ 'qualcat.config.json': ZHEJIANG_CONFIG, 'x.plan.json': longFixablePlan });
    // bash counts ulimit -f in 1024-byte blocks (512 in POSIX mode): 2 blocks is at most 2 KB, well under the file.
    // With SIGXFSZ ignored (Node ignores it too), a write past the limit fails with EFBIG instead of killing the process.
    const { code, stdout, stderr } = await cli(['validate', '--fix', '--format', 'json', '--locale', 'en', 'x.plan.json'], { cwd: dir, prologue: 'trap "" XFSZ; ulimit -f 2' });
    expect(stderr).not.toMatch(NO_STACK);
    expect(ioFindings(JSON.parse(stdout) as ValidateJson)).toEqual({ 'x.plan.json': ['write-failed: Could not write the fixes; the file is unchanged: EFBIG'] });
    expect(code).toBe(2);
    expect(readFileSync(join(dir, 'x.plan.json'), 'utf8')).toBe(longFixablePlan);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('a fixed file keeps its mode under any umask, and its owner when root fixes another user’s file', async () => {
    const dir = fixture({ 'qualcat.config.json': ZHEJIANG_CONFIG, 'x.plan.json': fixablePlan() });
    chmodSync(join(dir, 'x.plan.json'), 0o666);
    if (asRoot) chownSync(join(dir, 'x.plan.json'), NOBODY, NOBODY); // another user's file
    const { code } = await cli(['validate', '--fix', 'x.plan.json'], { cwd: dir, prologue: 'umask 077' });
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'x.plan.json'), 'utf8')).toContain(FIXED_PLATFORM);
    expect(mode(join(dir, 'x.plan.json'))).toBe(0o666);
    if (asRoot) expect(statSync(join(dir, 'x.plan.json'))).toMatchObject({ uid: NOBODY, gid: NOBODY });
  });
});

describe('audit --out when the report cannot be written: a clear error naming the file, exit 2, the previous report intact', () => {
  const PREVIOUS = '{"previous": "report"}\n';

  it('on a full disk (simulated ENOSPC after 100 bytes)', async () => {
    const dir = fixture({ 'c.ndjson': certificates, 'report.json': PREVIOUS });
    const { code, stdout, stderr } = await cli(['audit', '--format', 'json', '--workers', '0', '--out', 'report.json', 'c.ndjson'], {
      cwd: dir,
      nodeArgs: ['--import', fullDiskPreload],
      env: { QUALCAT_FULL_DISK_DIR: dir, QUALCAT_FULL_DISK_FREE: '100' },
    });
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^qualcat: cannot write --out report\.json: ENOSPC \[QC_\w+\]\n$/);
    expect(code).toBe(2);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(PREVIOUS);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('over a read-only report (0444): refused before the audit runs, the report and its mode untouched', async (ctx) => {
    needPermissions(ctx);
    const dir = fixture({ 'c.ndjson': certificates, 'report.json': PREVIOUS });
    chmodSync(join(dir, 'report.json'), 0o444);
    const { code, stdout, stderr } = await cli(['audit', '--format', 'json', '--workers', '0', '--out', 'report.json', 'c.ndjson'], { cwd: dir, permissionsApply: true });
    expect(stdout).toBe('');
    expect(stderr).toBe('qualcat: cannot write --out report.json: the file is read-only (EACCES) [QC_IO]\n');
    expect(code).toBe(2);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(PREVIOUS);
    expect(mode(join(dir, 'report.json'))).toBe(0o444);
    expect(tempFiles(dir)).toEqual([]);
  });
});

describe('openAtomicWriter: nothing visible before commit, nothing left after abort', () => {
  it('pieces become the file at commit; abort leaves the original and no temp file', async () => {
    const dir = fixture({});
    const target = join(dir, 'report.json');
    writeFileSync(target, 'previous');
    const aborted = await openAtomicWriter(target);
    await aborted.write('half a rep');
    await aborted.abort();
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(tempFiles(dir)).toEqual([]);
    const committed = await openAtomicWriter(target);
    await committed.write('new ');
    await committed.write('report');
    expect(readFileSync(target, 'utf8')).toBe('previous');
    await committed.commit();
    expect(readFileSync(target, 'utf8')).toBe('new report');
    expect(tempFiles(dir)).toEqual([]);
  });
});
