/**
 * Measuring processes: whole-process wall time (spawn to exit, measured here) and peak RSS (GNU time's %M, when
 * /usr/bin/time is there). Comparisons run their two sides alternately, round after round, so that both see the same
 * machine: the ratio of each round is what counts, its median over the rounds is the figure.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);
const scratch = mkdtempSync(join(tmpdir(), 'qualcat-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

/**
 * Runs one command. `ok` lists the acceptable exit codes (qualcat exits 1 when it finds errors, which the corpora
 * are made to contain). `stdout`: a file to write standard output to (default: discarded).
 */
export function runProcess({ command, args, cwd, env, ok = [0], stdout }) {
  return new Promise((resolve, reject) => {
    const rssFile = join(scratch, `rss-${counter++}`);
    const [cmd, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
    const out = stdout ? openSync(stdout, 'w') : 'ignore';
    let stderr = '';
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', out, 'pipe'] });
    child.stderr.on('data', (d) => {
      if (stderr.length < 20_000) stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (typeof out === 'number') closeSync(out);
      let rssMB = null;
      if (hasGnuTime && existsSync(rssFile)) {
        const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
        const kb = Number(lines[lines.length - 1]);
        if (Number.isFinite(kb)) rssMB = kb / 1024;
        // GNU time prefixes "Command exited with non-zero status N" when the command fails
      }
      if (!ok.includes(code)) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stderr.slice(-3000)}`));
        return;
      }
      resolve({ ms, rssMB, code, stderr });
    });
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

/**
 * A and B, alternately (A first in even rounds, B first in odd ones), after `warmup` rounds that are not counted.
 * Returns each side's samples and the per-round ratio `ratio(a, b)`.
 */
export async function compare({ a, b, rounds, warmup = 1, ratio = (x, y) => x.ms / y.ms, onRound }) {
  const samples = { a: [], b: [] };
  const ratios = [];
  for (let r = 0; r < warmup + rounds; r++) {
    const first = r % 2 === 0 ? a : b;
    const second = r % 2 === 0 ? b : a;
    const x = await runProcess(first);
    const y = await runProcess(second);
    const [ra, rb] = r % 2 === 0 ? [x, y] : [y, x];
    if (r < warmup) continue;
    samples.a.push(ra);
    samples.b.push(rb);
    ratios.push(ratio(ra, rb));
    onRound?.(r - warmup + 1, ra, rb);
  }
  return { samples, ratios };
}
