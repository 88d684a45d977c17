// The README's "main job" on the bundled examples: the catalog summary, every example plan validated with the
// Zhejiang plugin, and the certificate samples audited. The broken examples are broken on purpose, so findings do not fail the demo;
// a usage, config or I/O failure (exit 2) does.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/dist/bin.js');
const run = (title, args) => {
  process.stdout.write(`\n\u001b[1m$ qualcat ${args.join(' ')}\u001b[0m   # ${title}\n\n`);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status === 2 || r.status === null) process.exit(r.status ?? 2);
  return r.status;
};

run('the catalog of 人社厅发〔2020〕80号, batch by batch', ['catalog', '--summary']);
run('the example plans with the Zhejiang plugin (examples/plans/broken/ holds the deliberately broken ones)', [
  'validate',
  '--config',
  'examples/qualcat.config.json',
  '--as-of',
  '2021-06-30',
  'examples/plans',
]);
run('the certificate samples (NDJSON, GBK CSV, JSON array), plans known, ID numbers masked', [
  'audit',
  '--config',
  'examples/qualcat.config.json',
  '--plans',
  'examples/plans',
  '--as-of',
  '2021-06-30',
  'examples/certificates',
]);
