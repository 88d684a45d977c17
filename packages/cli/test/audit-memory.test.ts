import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateText } from '../scripts/generate-certificates.mjs';
import { ConfigCache } from '../src/config.js';
import { runAudit, type AuditInput, type AuditMemoryOptions } from '../src/audit/pipeline.js';
import { qualcat, repoRoot } from './harness.js';

// The audit keeps a bounded amount in memory: the record table pages to disk, findings past the budget go to a
// scratch file, data-set rules spill their keys. Whatever took the disk path, the report must be the very same.

const config = join(repoRoot, 'examples/qualcat.config.json');
let dir: string;
let scratchParent: string;
let savedTmp: string | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qualcat-memory-test-'));
  // Three files: broken lines, duplicates across files (same seed), GBK CSV, a clean file between them.
  writeFileSync(join(dir, 'a.ndjson'), [...generateText({ count: 3000, seed: 11, broken: 0.01, duplicates: 0.02, rush: 0.02 })].join(''));
  writeFileSync(join(dir, 'b.ndjson'), [...generateText({ count: 200, seed: 12, duplicates: 0, badIds: 0, afterExit: 0, rush: 0 })].join(''));
  writeFileSync(join(dir, 'c.csv'), iconv.encode([...generateText({ count: 1500, seed: 11, format: 'csv', broken: 0.01 })].join(''), 'gbk'));
  scratchParent = join(dir, 'scratch');
  mkdirSync(scratchParent);
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = scratchParent;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

const files = ['a.ndjson', 'b.ndjson', 'c.csv'];
const audit = (format: string, env: Record<string, string> = {}) =>
  qualcat(['audit', '--format', format, '--config', config, '--as-of', '2021-06-30', '--workers', '0', ...files], { cwd: dir, env });

describe('audit with a small memory budget (QUALCAT_AUDIT_IN_MEMORY)', () => {
  for (const format of ['json', 'stylish', 'sarif', 'html']) {
    it(`--format ${format}: the same bytes, exit code and stderr as the in-memory run; the temp folder is gone after`, async () => {
      const inMemory = await audit(format);
      const onDisk = await audit(format, { QUALCAT_AUDIT_IN_MEMORY: '40' });
      expect(inMemory.code).toBe(1);
      expect(onDisk.stderr).toBe(inMemory.stderr);
      expect(onDisk.code).toBe(inMemory.code);
      expect(onDisk.stdout.length).toBeGreaterThan(10_000);
      expect(onDisk.stdout).toBe(inMemory.stdout);
      expect(readdirSync(scratchParent)).toEqual([]);
    }, 60_000);
  }

  it('the budget is really used: with an unusable temp folder the run stops with one clear sentence, exit 2', async () => {
    process.env.TMPDIR = join(dir, 'no', 'such', 'folder');
    const r = await audit('json', { QUALCAT_AUDIT_IN_MEMORY: '40' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write the audit's temp data in .*no\/such\/folder \(ENOENT\).*TMPDIR/);
    expect(r.stderr).toContain('QC_SCRATCH');
    // the default budget needs no temp folder for this input
    expect((await audit('json')).code).toBe(1);
  }, 60_000);

  it('rejects a budget that is not a whole number', async () => {
    const r = await audit('json', { QUALCAT_AUDIT_IN_MEMORY: 'lots' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('QUALCAT_AUDIT_IN_MEMORY must be a whole number');
  });
});

describe('runAudit: what went to disk', () => {
  const inputs = (): AuditInput[] =>
    files.map((f) => ({ file: join(dir, f), open: () => (async function* () { yield readFileSync(join(dir, f)); })() }));
  const run = async (memory?: AuditMemoryOptions) => {
    const linter = (await new ConfigCache({ asOf: '2021-06-30' }).load(config)).linter;
    const r = await runAudit(inputs(), { linter, cwd: dir, stats: true, ...(memory ? { memory } : {}) });
    const findings = r.results.map((result) => [...r.findings(result)]);
    const out = { spilled: r.spilled, pagesOnDisk: r.table.pagesOnDisk, findings, counts: r.results.map((x) => ({ ...x.counts, byRule: Object.fromEntries([...x.counts.byRule].sort()) })) };
    r.close();
    return out;
  };

  it('record-table pages and findings go to disk under a small budget, and every finding comes back in line order', async () => {
    const big = await run();
    const small = await run({ maxRowsInMemory: 64, maxFindingsInMemory: 25, maxSetEntriesInMemory: 30 });
    expect(big.spilled).toBe(false);
    expect(big.pagesOnDisk).toBe(0);
    expect(small.spilled).toBe(true);
    expect(small.pagesOnDisk).toBeGreaterThan(100);
    expect(small.findings).toEqual(big.findings);
    expect(small.counts).toEqual(big.counts);
    for (const list of small.findings) {
      const lines = list.map((d) => d.line);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    }
    const rules = new Set(small.findings.flat().map((d) => d.ruleId));
    expect([...rules]).toEqual(expect.arrayContaining(['core/parse', 'core/duplicate-certificate', 'core/id-number', 'national/rush-issuance']));
    expect(readdirSync(scratchParent)).toEqual([]);
  }, 60_000);
});

describe('the report is written in pieces', () => {
  it('pump: the mask sees every chunk whole, pieces are bounded, and a slow stdout is waited for', async () => {
    const { pump, stdoutSink } = await import('../src/audit/sink.js');
    const { maskPii } = await import('../src/audit/mask.js');
    const id = '330102199001011234';
    // 20,000 lines, each quoting an ID number: ~600 KB, so ~10 pieces of 64 KB.
    const chunks = Array.from({ length: 20_000 }, (_, i) => `line ${i}: holder ${id}\n`);
    const written: string[] = [];
    let drains = 0;
    let waiting = false;
    const sink = stdoutSink({
      cwd: dir,
      env: {},
      isTTY: false,
      stderr: () => {},
      stdout: (t) => {
        expect(waiting).toBe(false);
        written.push(t);
        return written.length % 2 === 0; // every other write: "buffered, wait"
      },
      drain: async () => {
        drains++;
        waiting = true;
        await new Promise((r) => setTimeout(r, 1));
        waiting = false;
      },
    });
    await pump(chunks, sink, maskPii);
    expect(written.join('')).toBe(maskPii(chunks.join('')));
    expect(written.join('')).not.toContain(id);
    expect(written.length).toBeGreaterThan(5);
    expect(Math.max(...written.map((w) => w.length))).toBeLessThan(70 * 1024);
    expect(drains).toBe(Math.ceil(written.length / 2));
  });
});

const bin = join(repoRoot, 'packages/cli/dist/bin.js');
describe.skipIf(!existsSync(bin))('an interrupted audit leaves no temp data behind (built CLI)', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while records are still coming in: the temp folder is removed and the process dies of the signal`, async () => {
      const child = spawn(process.execPath, [bin, 'audit', '--format', 'json', '--config', config, '--as-of', '2021-06-30', '--workers', '0', '-'], {
        cwd: dir,
        env: { ...process.env, TMPDIR: scratchParent, QUALCAT_AUDIT_IN_MEMORY: '100' },
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (t) => (stderr += t));
      // Enough records for the record table to page out; stdin stays open, so the audit waits for more.
      child.stdin!.write([...generateText({ count: 2000, seed: 4 })].join(''));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, sig) => resolve({ code, signal: sig })));
      const paged = () => readdirSync(scratchParent).some((d) => existsSync(join(scratchParent, d, 'records.bin')));
      for (let waited = 0; !paged(); waited += 50) {
        if (waited > 20_000) throw new Error(`no temp data appeared; stderr: ${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      child.kill(signal);
      const { signal: died } = await exited;
      expect(died).toBe(signal);
      expect(readdirSync(scratchParent)).toEqual([]);
    }, 30_000);
  }
});

describe('a data set where every record repeats one number (a placeholder in the export)', () => {
  it('thousands of data-set findings go to disk in sorted runs and come back merged: the same report as in memory', async () => {
    const text = [...generateText({ count: 3000, seed: 21, duplicates: 0, badIds: 0, afterExit: 0, rush: 0 })].join('').replace(/"number":"\d+"/g, '"number":"000"');
    writeFileSync(join(dir, 'same.ndjson'), text);
    const linter = (await new ConfigCache({ asOf: '2021-06-30' }).load(config)).linter;
    const input: AuditInput = { file: join(dir, 'same.ndjson'), open: () => (async function* () { yield readFileSync(join(dir, 'same.ndjson')); })() };
    const collect = async (memory?: AuditMemoryOptions) => {
      const r = await runAudit([input], { linter, cwd: dir, ...(memory ? { memory } : {}) });
      const out = { spilled: r.spilled, findings: [...r.findings(r.results[0]!)], inMemory: r.results[0]!.diagnostics.length };
      r.close();
      return out;
    };
    const big = await collect();
    const small = await collect({ maxFindingsInMemory: 40 });
    expect(big.findings.filter((d) => d.ruleId === 'core/duplicate-certificate')).toHaveLength(2999);
    expect(big.spilled).toBe(false);
    // nothing but data-set findings: they alone made the store go to disk, ~75 runs of 40
    expect(small.spilled).toBe(true);
    expect(small.inMemory).toBe(0);
    expect(small.findings).toEqual(big.findings);
    const cli = (env: Record<string, string>) => qualcat(['audit', '--format', 'json', '--config', config, '--as-of', '2021-06-30', 'same.ndjson'], { cwd: dir, env });
    expect((await cli({ QUALCAT_AUDIT_IN_MEMORY: '40' })).stdout).toBe((await cli({})).stdout);
    expect(readdirSync(scratchParent)).toEqual([]);
  }, 60_000);
});
