#!/usr/bin/env node
// Measures the peak memory of `qualcat audit` on generated data sets of two sizes, to show that memory does not
// grow with the file: the built CLI (dist/bin.js — run `pnpm build` first) audits each file in a child process
// under /usr/bin/time -v (peak RSS of the whole process, worker threads included), with a preload that also
// reports process.resourceUsage().maxRSS and, with --live-heap, the peak live JS heap (sampled after forced GCs).
//
//   node scripts/measure-audit-memory.mjs                       # 100,000 and 1,000,000 NDJSON records
//   node scripts/measure-audit-memory.mjs --format csv --workers 1 --live-heap
//
// Options: --count N (1000000) --baseline N (100000; 0 to skip) --format ndjson|csv (ndjson)
//          --workers N (passed to audit; default: audit decides) --live-heap --keep (keep the temp files)
//          --timeline (RSS at each tenth of the run: flat memory shows as a plateau, a leak as a slope)
//          --config FILE (default: examples/qualcat.config.json, national rules + Zhejiang)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCertificates } from './generate-certificates.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'dist', 'bin.js');

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const value = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const count = Number(value('count', 1_000_000));
const baseline = Number(value('baseline', 100_000));
const format = value('format', 'ndjson');
const workers = value('workers', undefined);
const config = value('config', join(here, '..', '..', '..', 'examples', 'qualcat.config.json'));
if (!existsSync(bin)) {
  console.error(`${bin} is missing: build the CLI first (pnpm --filter @qualcat/cli build)`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'qualcat-memory-'));
const preload = join(dir, 'report-memory.cjs');
writeFileSync(
  preload,
  `let peak = 0;
const rss = [];
if (typeof global.gc === 'function') setInterval(() => { global.gc(); peak = Math.max(peak, process.memoryUsage().heapUsed); }, 500).unref();
setInterval(() => rss.push(process.memoryUsage.rss()), 250).unref();
process.on('exit', () => process.stderr.write('\\n@@memory ' + JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, liveHeapBytes: peak, rss }) + '\\n'));
`,
);
const useTime = existsSync('/usr/bin/time');

function measure(n) {
  const file = join(dir, `certificates-${n}.${format}`);
  const t0 = performance.now();
  return (async () => {
    await writeCertificates(createWriteStream(file), { count: n, format });
    const generated = (performance.now() - t0) / 1000;
    const nodeArgs = ['-r', preload, ...(flag('live-heap') ? ['--expose-gc'] : []), bin, 'audit', '--format', 'json', '--out', join(dir, `report-${n}.json`), '--config', config, '--as-of', '2021-06-30', '--no-progress', ...(workers !== undefined ? ['--workers', workers] : []), file];
    const command = useTime ? ['/usr/bin/time', ['-v', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
    const start = performance.now();
    const r = spawnSync(command[0], command[1], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = (performance.now() - start) / 1000;
    const own = JSON.parse(/@@memory (.*)/.exec(r.stderr)?.[1] ?? '{}');
    const timeRss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
    if (r.status !== 0 && r.status !== 1) {
      console.error(r.stderr);
      throw new Error(`audit exited with ${r.status}`);
    }
    // The highest RSS sampled in each tenth of the run.
    const samples = own.rss ?? [];
    const timeline = Array.from({ length: 10 }, (_, k) => Math.max(0, ...samples.slice(Math.floor((k * samples.length) / 10), Math.floor(((k + 1) * samples.length) / 10))) / 1024 / 1024);
    return { records: n, mb: statSync(file).size / 1024 / 1024, generated, seconds, rssMb: (useTime ? timeRss : own.maxRssKb) / 1024, ownRssMb: own.maxRssKb / 1024, liveHeapMb: own.liveHeapBytes / 1024 / 1024, timeline, exit: r.status };
  })();
}

const rows = [];
try {
  for (const n of [baseline, count].filter((n) => n > 0)) {
    process.stderr.write(`generating and auditing ${n.toLocaleString('en-US')} ${format} records…\n`);
    rows.push(await measure(n));
  }
} finally {
  if (!flag('keep')) rmSync(dir, { recursive: true, force: true });
  else console.log(`files kept in ${dir}`);
}
console.log(`node ${process.version}, ${format}, workers: ${workers ?? 'auto'}, config: ${config}, peak RSS from ${useTime ? '/usr/bin/time -v' : 'process.resourceUsage()'}`);
console.log('records      file MB  audit s  records/s  peak RSS MB' + (flag('live-heap') ? '  peak live heap MB' : ''));
for (const r of rows) {
  console.log(
    [
      r.records.toLocaleString('en-US').padStart(9),
      r.mb.toFixed(1).padStart(10),
      r.seconds.toFixed(1).padStart(8),
      Math.round(r.records / r.seconds).toLocaleString('en-US').padStart(10),
      r.rssMb.toFixed(1).padStart(12),
      ...(flag('live-heap') ? [r.liveHeapMb.toFixed(1).padStart(19)] : []),
    ].join(' '),
  );
}
if (flag('timeline')) {
  console.log('\nRSS MB, highest in each tenth of the audit:');
  for (const r of rows) console.log(`${r.records.toLocaleString('en-US').padStart(10)}: ${r.timeline.map((m) => m.toFixed(0).padStart(4)).join(' ')}`);
}
