#!/usr/bin/env node
// What bounded set rules cost. Build first (`pnpm --filter @qualcat/sdk build`), then:
//
//   node packages/sdk/scripts/measure-set-rules.mjs budget [--records 1000000]
//     certificateSet().add() over N small records with one trivial third-party set rule, run directly (its plugin
//     trusted) vs under the time budget (records copied and frozen, 512 a watchdog), and with no set rule at all.
//   node packages/sdk/scripts/measure-set-rules.mjs spill [--records 3000000]
//     core/duplicate-certificate over N numbers (1% repeated): all in memory vs spilled past 1,000,000 (the
//     default); peak RSS, and the live heap (after a full GC) before and after finish().
//
// Each mode runs in a fresh process, alternately, --rounds times (default 3); the table shows the median.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { records: { type: 'string' }, rounds: { type: 'string', default: '3' }, mode: { type: 'string' } },
});
const part = positionals[0] ?? 'budget';
const sdk = new URL('../dist/index.js', import.meta.url).href;

if (values.mode) {
  const { Linter, definePlugin, defineRule, duplicateCertificate } = await import(sdk);
  const { certificateFixture } = await import(new URL('../dist/testing.js', import.meta.url).href);
  const count = Number(values.records);
  /** Live heap after a full GC: what the run holds, whatever V8 lets RSS grow to meanwhile. */
  const heapMb = () => {
    globalThis.gc();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  let heapBeforeFinishMb;
  const started = performance.now();
  if (part === 'budget') {
    const trivial = defineRule({
      id: 'bench/count',
      meta: {
        docs: { description: { 'zh-CN': '计数', en: 'count' } },
        source: { document: 'bench', section: '-', quote: 'bench' },
        messages: { m: { 'zh-CN': '计数', en: 'count' } },
        defaultSeverity: 'warning',
        appliesTo: ['certificate-set'],
      },
      defaultOptions: {},
      collect: () => {
        let n = 0;
        return { record: (r) => void (n += r.number.length), finish: () => void n };
      },
    });
    const plugins = values.mode === 'none' ? [] : [definePlugin({ id: 'bench', rules: [trivial] })];
    const set = new Linter({ rules: [], plugins, trustedPlugins: values.mode === 'direct' ? ['bench'] : [] }).certificateSet();
    // A pool of small records, cycled: the engine keeps none of them, so the pool does not skew the modes.
    const pool = Array.from({ length: 1000 }, (_, i) => certificateFixture({ number: `20330102${String(i).padStart(6, '0')}` }));
    for (let i = 0; i < count; i++) set.add(pool[i % 1000], i);
    set.finish();
  } else {
    const set = new Linter({ rules: [duplicateCertificate] }).certificateSet({ spill: { maxEntries: values.mode === 'memory' ? count + 1 : 1_000_000 } });
    const record = { number: '' };
    let found = 0;
    for (let i = 0; i < count; i++) {
      // 1% of the records repeat an earlier number; one object, refilled: built-in rules keep no record.
      record.number = i % 100 === 99 ? `Z${(i * 7919) % i}` : `Z${i}`;
      set.add(record, i);
    }
    heapBeforeFinishMb = heapMb();
    found = set.finish().length;
    if (found < count / 100 - 1) throw new Error(`expected ~${count / 100} duplicates, found ${found}`);
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, heapBeforeFinishMb, heapAfterFinishMb: heapMb() }));
  process.exit(0);
}

const count = Number(values.records ?? (part === 'budget' ? 1_000_000 : 3_000_000));
const modes = part === 'budget' ? ['none', 'direct', 'budgeted'] : ['memory', 'spilled'];
const rounds = Number(values.rounds);
const results = Object.fromEntries(modes.map((m) => [m, []]));
for (let round = 0; round < rounds; round++) {
  for (const mode of round % 2 ? [...modes].reverse() : modes) {
    const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), part, '--mode', mode, '--records', String(count)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    results[mode].push(JSON.parse(child.stdout));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${part}: ${count.toLocaleString('en')} records, ${rounds} rounds, median`);
for (const mode of modes) {
  const ms = median(results[mode].map((r) => r.ms));
  const rss = median(results[mode].map((r) => r.maxRssMb));
  const heap = part === 'spill' ? `  live heap before finish ${median(results[mode].map((r) => r.heapBeforeFinishMb)).toFixed(0)} MB, after ${median(results[mode].map((r) => r.heapAfterFinishMb)).toFixed(0)} MB (the findings)` : '';
  console.log(`${mode.padEnd(9)} ${ms.toFixed(0).padStart(6)} ms  ${((ms * 1e6) / count).toFixed(0).padStart(5)} ns/record  peak RSS ${rss.toFixed(0)} MB${heap}`);
}
