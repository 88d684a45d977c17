import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { generateText } from '../scripts/generate-certificates.mjs';
import { ConfigCache } from '../src/config.js';
import { runAudit, type AuditInput, type AuditRun } from '../src/audit/pipeline.js';
import { workerFile } from '../src/audit/pool.js';
import { qualcat, repoRoot } from './harness.js';

const COUNT = 20_000;
const linter = async () => (await new ConfigCache({ asOf: '2021-06-30' }).load(join(repoRoot, 'examples/qualcat.config.json'))).linter;

/** A generated file as a lazy source that counts how much of it has been produced. */
function lazySource(format: 'ndjson' | 'csv') {
  const state = { produced: 0, pieces: 0 };
  const encode = (s: string) => (format === 'csv' ? iconv.encode(s, 'gbk') : Buffer.from(s));
  const input: AuditInput = {
    file: join(repoRoot, `generated.${format}`),
    open: () =>
      (async function* () {
        for (const piece of generateText({ count: COUNT, format, seed: 3, linesPerPiece: 250 })) {
          const bytes = encode(piece);
          state.produced += bytes.length;
          state.pieces++;
          yield bytes;
        }
      })(),
  };
  return { input, state };
}

async function audit(format: 'ndjson' | 'csv'): Promise<{ run: AuditRun; readAhead: number[]; updates: number }> {
  const { input, state } = lazySource(format);
  const readAhead: number[] = [];
  let updates = 0;
  const run = await runAudit([input], {
    linter: await linter(),
    cwd: repoRoot,
    progress: {
      // How far the source is ahead of what the pipeline has finished with, each time a chunk is done.
      update: (p) => {
        updates++;
        readAhead.push(state.produced - p.bytes);
      },
      done: () => {},
    },
  });
  return { run, readAhead, updates };
}

describe('audit streaming (memory does not depend on the file size)', () => {
  it(`${COUNT} NDJSON records flow through chunk by chunk: the source is never more than a chunk ahead`, async () => {
    const { run, readAhead, updates } = await audit('ndjson');
    expect(run.records).toBe(COUNT);
    // One update per source chunk (80 of them): the file was never read as a whole.
    expect(updates).toBe(COUNT / 250);
    expect(Math.max(...readAhead)).toBe(0);
    const rules = new Set(run.results[0]!.diagnostics.map((d) => d.ruleId));
    // The generator's planted problems are all found.
    expect([...rules].sort()).toEqual(['core/duplicate-certificate', 'core/id-number', 'national/certificate-after-exit', 'national/rush-issuance']);
  }, 30_000);

  it('the same records as GBK CSV give the same findings, one line further down (the header)', async () => {
    const [ndjson, csv] = [await audit('ndjson'), await audit('csv')];
    expect(csv.run.results[0]!.encoding).toBe('gb18030');
    expect(csv.updates).toBe(COUNT / 250);
    const key = (lineShift: number) => (d: { line: number; ruleId: string; messageId: string; pointer: string }) => `${d.line + lineShift} ${d.ruleId} ${d.messageId} ${d.pointer}`;
    expect(csv.run.results[0]!.diagnostics.map(key(-1))).toEqual(ndjson.run.results[0]!.diagnostics.map(key(0)));
  }, 60_000);
});

describe.skipIf(!workerFile())('audit in worker threads (needs the built dist/audit-worker.js)', () => {
  it('gives the very output of the single-threaded run, in input order', async () => {
    const d = mkdtempSync(join(tmpdir(), 'qualcat-workers-'));
    writeFileSync(join(d, 'a.ndjson'), [...generateText({ count: COUNT, seed: 5, broken: 0.001 })].join(''));
    writeFileSync(join(d, 'b.csv'), iconv.encode([...generateText({ count: 5000, seed: 5, format: 'csv' })].join(''), 'gbk'));
    const args = (workers: string) => ['audit', '--format', 'json', '--workers', workers, '--config', join(repoRoot, 'examples/qualcat.config.json'), '--as-of', '2021-06-30', 'a.ndjson', 'b.csv'];
    const single = await qualcat(args('0'), { cwd: d });
    const pooled = await qualcat(args('2'), { cwd: d });
    expect(single.stderr).toBe('');
    expect(pooled.stderr).toBe('');
    expect(pooled.code).toBe(single.code);
    expect(pooled.stdout).toBe(single.stdout);
    const out = JSON.parse(single.stdout) as { summary: { records: number; brokenRecords: number; byRule: Record<string, number> } };
    expect(out.summary.records).toBe(COUNT + 5000);
    expect(out.summary.brokenRecords).toBeGreaterThan(0);
    // b.csv repeats a.ndjson's numbers (same seed): duplicates across files.
    expect(out.summary.byRule['core/duplicate-certificate']).toBeGreaterThan(5000);
  }, 60_000);
});

describe('worker threads: the default', () => {
  it('none for small or unknown-size input or under 4 cores (it does not pay on 2); cores − 1, at most 3, for large input; --workers wins', async () => {
    const { chooseWorkers, WORKERS_MIN_BYTES } = await import('../src/audit/pool.js');
    expect(chooseWorkers(undefined, WORKERS_MIN_BYTES - 1, 8)).toBe(0);
    expect(chooseWorkers(undefined, undefined, 8)).toBe(0);
    expect(chooseWorkers(undefined, WORKERS_MIN_BYTES, 2)).toBe(0);
    expect(chooseWorkers(undefined, WORKERS_MIN_BYTES, 4)).toBe(3);
    expect(chooseWorkers(undefined, WORKERS_MIN_BYTES, 16)).toBe(3);
    expect(chooseWorkers(0, 1e12, 16)).toBe(0);
    expect(chooseWorkers(5, 10, 2)).toBe(5);
  });
});
