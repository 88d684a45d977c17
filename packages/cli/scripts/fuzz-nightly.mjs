// The nightly-size fuzz run: ≥100,000 cases per property, a fresh seed unless QUALCAT_FUZZ_SEED is set.
// Usage: node packages/cli/scripts/fuzz-nightly.mjs   (prints the seed; re-run a failure with that seed)
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const seed = process.env.QUALCAT_FUZZ_SEED ?? String(Date.now() % 2 ** 31);
const runs = process.env.QUALCAT_FUZZ_RUNS ?? '100000';
console.log(`fuzz: seed ${seed}, ${runs} runs per property`);
const r = spawnSync('npx', ['vitest', 'run', 'test/fuzz.test.ts', '--testTimeout=0'], {
  cwd: join(dirname(fileURLToPath(import.meta.url)), '..'),
  stdio: 'inherit',
  env: { ...process.env, QUALCAT_FUZZ_SEED: seed, QUALCAT_FUZZ_RUNS: runs },
});
process.exit(r.status ?? 1);
