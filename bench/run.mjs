#!/usr/bin/env node
/**
 * qualcat benchmarks: every figure is a ratio measured in the same run (the machines are shared and noisy), the
 * median of ≥5 rounds after a warm-up round, with min/max; both sides of a comparison run alternately.
 *
 *   node bench/run.mjs              quick mode (2,000 plans, 100,000 certificates; a few minutes on 2 cores)
 *   node bench/run.mjs --full       the sizes of the issue (10,000 plans, 1,000,000 certificates)
 *
 * Options: --rounds N (5) --only name,name (comparison ids: plans,spectral,ajv,audit,scaling,editor,startup)
 *          --plans N --certificates N --items N --seed N --out FILE (bench/results/latest.json)
 *          --qualcat PATH (the CLI's bin.js to measure; default: this checkout's) --language-server PATH --sdk PATH
 *          --cache DIR (where corpora are kept; default bench/.cache)
 *
 * Corpora are generated once per size and seed into bench/.cache (git-ignored) and reused.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, platform, release, arch } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { compare, hasGnuTime, median, runProcess } from './lib/measure.mjs';
import { bigPlan, writeCertificates, writePlanCorpus } from './lib/generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(join(here, 'package.json'));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const full = flag('full');
const rounds = Number(option('rounds', 5));
const seed = Number(option('seed', 1));
const sizes = {
  plans: Number(option('plans', full ? 10_000 : 2_000)),
  certificates: Number(option('certificates', full ? 1_000_000 : 100_000)),
  items: Number(option('items', 5_000)),
};
const only = option('only')?.split(',');
const wanted = (id) => !only || only.includes(id);
const node = process.execPath;
const qualcat = resolve(option('qualcat', join(root, 'packages', 'cli', 'dist', 'bin.js')));
const out = resolve(option('out', join(here, 'results', 'latest.json')));
const log = (line) => process.stderr.write(`${line}\n`);
const started = Date.now();

// ---------------------------------------------------------------------------------------------------------------
// corpora

const cacheDir = resolve(option('cache', join(here, '.cache')));
const GENERATOR_VERSION = 3;
function corpus(name, build) {
  const dir = join(cacheDir, `${name}-s${seed}-v${GENERATOR_VERSION}`);
  if (!existsSync(join(dir, '.done'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const t = Date.now();
    build(dir);
    writeFileSync(join(dir, '.done'), '');
    log(`  generated ${relative(root, dir)} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  return dir;
}
const config = (dir) => writeFileSync(join(dir, 'qualcat.config.json'), JSON.stringify({ plugins: ['@qualcat/plugin-zhejiang'] }, null, 2) + '\n');
const planDir = (count) => corpus(`plans-${count}`, (dir) => writePlanCorpus(dir, { count, seed }));
const certificateFiles = (count) => {
  const dir = corpus(`certificates-${count}`, (d) => {
    config(d);
    writeCertificates({ count, seed, ndjson: join(d, 'certificates.ndjson'), csv: join(d, 'certificates.csv') });
  });
  return { dir, ndjson: join(dir, 'certificates.ndjson'), csv: join(dir, 'certificates.csv') };
};
const bigPlanFile = () =>
  join(
    corpus(`big-plan-${sizes.items}`, (dir) => {
      config(dir);
      writeFileSync(join(dir, 'big.plan.json'), JSON.stringify(bigPlan({ items: sizes.items, seed }), null, 2) + '\n');
    }),
    'big.plan.json',
  );
const onePlanFile = () =>
  join(
    corpus('one-plan', (dir) => {
      config(dir);
      const plan = bigPlan({ items: 2, seed });
      writeFileSync(join(dir, 'one.plan.json'), JSON.stringify({ ...plan, id: 'ZJ-330100-JD-2020-ONE', title: '杭州市2020年第8期职业技能鉴定计划' }, null, 2) + '\n');
    }),
    'one.plan.json',
  );

// ---------------------------------------------------------------------------------------------------------------
// results

const comparisons = [];
const checks = {};
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const fmtRatio = (r, unit) => (unit === 'ms' ? `${r.toFixed(1)} ms` : unit === 'MB' ? `${r.toFixed(0)} MB` : `${r.toFixed(2)}×`);

/** Records a comparison: `ratios` (one per round), the target and which way it must hold. */
function record({ id, name, ratios, target, direction, unit, sides, note }) {
  const ratio = median(ratios);
  const met = target === null ? null : direction === 'max' ? ratio <= target : ratio >= target;
  const entry = {
    id,
    name,
    ratio: round(ratio),
    target,
    direction,
    min: round(Math.min(...ratios)),
    max: round(Math.max(...ratios)),
    runs: ratios.map(round),
    met,
    ...(unit ? { unit } : {}),
    ...(sides ? { sides } : {}),
    ...(note ? { note } : {}),
  };
  comparisons.push(entry);
  const goal = target === null ? 'no target' : `target ${direction === 'max' ? '≤' : '≥'} ${target}${unit === 'ms' ? ' ms' : unit === 'MB' ? ' MB' : '×'}`;
  log(`  → ${name}: ${fmtRatio(entry.ratio, unit)} (min ${fmtRatio(entry.min, unit)}, max ${fmtRatio(entry.max, unit)}; ${goal})${met === null ? '' : met ? ' met' : ' MISSED'}`);
  return entry;
}
const round = (x) => (x === null || !Number.isFinite(x) ? x : Math.round(x * 1000) / 1000);
const side = (label, samples) => ({
  label,
  medianMs: round(median(samples.map((s) => s.ms))),
  peakRssMB: samples[0]?.rssMB === null ? null : round(Math.max(...samples.map((s) => s.rssMB))),
});

const qualcatValidate = (dir, extra = []) => ({ command: node, args: [qualcat, 'validate', '--format', 'json', ...extra, dir], ok: [0, 1] });
const hasAudit = (() => {
  try {
    return execFileSync(node, [qualcat, '--help'], { encoding: 'utf8' }).includes('audit');
  } catch {
    return false;
  }
})();

// ---------------------------------------------------------------------------------------------------------------
// the comparisons

async function plansVsFloor() {
  const dir = planDir(sizes.plans);
  log(`plans: qualcat validate vs read + JSON.parse, ${sizes.plans} plans`);
  const { samples, ratios } = await compare({
    a: qualcatValidate(dir),
    b: { command: node, args: [join(here, 'floors', 'plans.mjs'), dir] },
    rounds,
  });
  record({
    id: 'plans',
    name: `plans: qualcat validate vs read+JSON.parse floor (${sizes.plans} files)`,
    ratios,
    target: 1.5,
    direction: 'max',
    sides: [side('qualcat validate', samples.a), side('floor: read + JSON.parse', samples.b)],
  });
}

function spectralRun(dir, outFile) {
  return {
    command: node,
    args: [require.resolve('@stoplight/spectral-cli/dist/index.js'), 'lint', `${dir}/*.plan.json`, '--ruleset', join(here, 'spectral', 'ruleset.mjs'), '--format', 'json', '--quiet', ...(outFile ? ['--output', outFile] : [])],
    env: {
      QUALCAT_BENCH_DIR: here,
      QUALCAT_BENCH_CATALOG: join(root, 'packages', 'sdk', 'data', 'catalog.json'),
      QUALCAT_BENCH_PLAN_SCHEMA: join(root, 'packages', 'sdk', 'schemas', 'plan.schema.json'),
    },
    ok: [0, 1],
  };
}

async function plansVsSpectral() {
  const dir = planDir(sizes.plans);
  log(`plans: Spectral (the same rules as a ruleset) vs qualcat, ${sizes.plans} plans`);
  // Same semantics: the number of findings per rule must agree on the corpus.
  const scratch = join(cacheDir, 'parity');
  mkdirSync(scratch, { recursive: true });
  await runProcess({ ...qualcatValidate(dir), stdout: join(scratch, 'qualcat.json') });
  await runProcess(spectralRun(dir, join(scratch, 'spectral.json')));
  const q = JSON.parse(readFileSync(join(scratch, 'qualcat.json'), 'utf8')).summary.byRule;
  const s = {};
  for (const r of JSON.parse(readFileSync(join(scratch, 'spectral.json'), 'utf8'))) s[r.code] = (s[r.code] ?? 0) + 1;
  const rules = [...new Set([...Object.keys(q), ...Object.keys(s)])].sort();
  const parity = rules.map((rule) => ({ rule, qualcat: q[rule] ?? 0, spectral: s[rule] ?? 0, same: (q[rule] ?? 0) === (s[rule] ?? 0) }));
  checks.spectralParity = { files: sizes.plans, same: parity.every((p) => p.same), rules: parity };
  const { samples, ratios } = await compare({ a: spectralRun(dir), b: qualcatValidate(dir), rounds });
  record({
    id: 'spectral',
    name: `plans: Spectral vs qualcat, same rules (${sizes.plans} files)`,
    ratios,
    target: 30,
    direction: 'min',
    sides: [side('Spectral (ruleset, schema compiled once)', samples.a), side('qualcat validate', samples.b)],
    note: checks.spectralParity.same ? 'same findings per rule' : 'FINDINGS DIFFER: see checks.spectralParity',
  });
}

async function plansVsAjv() {
  const dir = planDir(sizes.plans);
  log(`plans: qualcat vs ajv-cli (schema only), ${sizes.plans} plans`);
  const ajv = {
    command: node,
    args: [require.resolve('ajv-cli/dist/index.js'), 'validate', '--spec=draft2020', '--all-errors', '--strict=false', '-c', 'ajv-formats', '-s', join(root, 'packages', 'sdk', 'schemas', 'plan.schema.json'), '-d', `${dir}/*.plan.json`],
    cwd: here,
    ok: [0, 1],
  };
  const { samples, ratios } = await compare({ a: qualcatValidate(dir), b: ajv, rounds });
  record({
    id: 'ajv',
    name: `plans: qualcat (schema + rules) vs ajv-cli (schema only) (${sizes.plans} files)`,
    ratios,
    target: 1,
    direction: 'max',
    sides: [side('qualcat validate', samples.a), side('ajv-cli validate', samples.b)],
  });
}

const audit = (file, extra = []) => ({ command: node, args: [qualcat, 'audit', '--format', 'json', '--no-progress', ...extra, file], ok: [0, 1] });

async function auditVsFloor() {
  if (!hasAudit) return log('audit: skipped (this qualcat has no audit command)');
  const files = certificateFiles(sizes.certificates);
  const n = sizes.certificates.toLocaleString('en');
  for (const [format, file, floor, floorLabel] of [
    ['NDJSON', files.ndjson, 'ndjson.mjs', 'read lines + JSON.parse'],
    ['GBK CSV', files.csv, 'csv-gbk.mjs', 'iconv + CSV parse'],
  ]) {
    log(`audit ${format}: qualcat audit vs ${floorLabel}, ${n} records`);
    const { samples, ratios } = await compare({ a: audit(file), b: { command: node, args: [join(here, 'floors', floor), file] }, rounds });
    const sides = [side('qualcat audit', samples.a), side(`floor: ${floorLabel}`, samples.b)];
    record({ id: 'audit', name: `audit ${format}: qualcat audit vs ${floorLabel} floor (${n} records)`, ratios, target: 2, direction: 'max', sides });
    if (hasGnuTime) {
      record({ id: 'audit', name: `audit ${format}: peak RSS (${n} records)`, ratios: samples.a.map((s) => s.rssMB), target: 256, direction: 'max', unit: 'MB' });
    }
  }
}

async function auditScaling() {
  if (!hasAudit) return log('scaling: skipped (this qualcat has no audit command)');
  const big = certificateFiles(sizes.certificates);
  const small = certificateFiles(Math.round(sizes.certificates / 10));
  const n = sizes.certificates.toLocaleString('en');
  log(`scaling: audit with 1 vs 2 workers, ${n} records`);
  const workers = await compare({ a: audit(big.ndjson, ['--workers', '1']), b: audit(big.ndjson, ['--workers', '2']), rounds });
  record({
    id: 'scaling',
    name: `audit: 1 worker vs 2 workers (${n} records, ${cpus().length} cores)`,
    ratios: workers.ratios,
    target: 1.6,
    direction: 'min',
    sides: [side('--workers 1', workers.samples.a), side('--workers 2', workers.samples.b)],
  });
  log(`scaling: audit ${n} vs ${(sizes.certificates / 10).toLocaleString('en')} records`);
  const linear = await compare({ a: audit(big.ndjson), b: audit(small.ndjson), rounds, ratio: (x, y) => x.ms / (10 * y.ms) });
  record({
    id: 'scaling',
    name: `audit: cost per record at ${n} vs at a tenth of it (1 = linear)`,
    ratios: linear.ratios,
    target: 1.1,
    direction: 'max',
    sides: [side(`${n} records`, linear.samples.a), side(`${(sizes.certificates / 10).toLocaleString('en')} records`, linear.samples.b)],
  });
}

async function editor() {
  const file = bigPlanFile();
  log(`editor: language service on a ${sizes.items}-item plan`);
  const script = [join(here, 'editor.mjs'), '--plan', file, '--edits', '20'];
  if (option('language-server')) script.push('--language-server', option('language-server'));
  if (option('sdk')) script.push('--sdk', option('sdk'));
  const runs = [];
  for (let r = 0; r < rounds + 1; r++) {
    const outFile = join(cacheDir, `editor-${r}.json`);
    await runProcess({ command: node, args: script, stdout: outFile, cwd: here });
    if (r > 0) runs.push(JSON.parse(readFileSync(outFile, 'utf8')));
  }
  const per = (key) => runs.map((run) => median(run[key]));
  const diagnostics = per('diagnostics');
  record({ id: 'editor', name: `editor: diagnostics after a one-character edit (${sizes.items} items, ms)`, ratios: diagnostics, target: 50, direction: 'max', unit: 'ms' });
  record({ id: 'editor', name: 'editor: hover on an occupation (ms)', ratios: per('hover'), target: 10, direction: 'max', unit: 'ms' });
  record({ id: 'editor', name: 'editor: completion of an occupation (ms)', ratios: per('completion'), target: 10, direction: 'max', unit: 'ms' });
  record({
    id: 'editor',
    name: 'editor: diagnostics after an edit vs JSON.parse of the same text',
    ratios: runs.map((run) => median(run.diagnostics) / median(run.jsonParse)),
    target: null,
    direction: 'max',
    note: `JSON.parse median ${fmtMs(median(per('jsonParse')))}; open → diagnostics ${fmtMs(median(runs.map((run) => run.open[0])))}`,
  });
}

async function startup() {
  const file = onePlanFile();
  log('start-up: qualcat validate one.plan.json vs node -e read + JSON.parse');
  const { samples, ratios } = await compare({
    a: { ...qualcatValidate(file), cwd: dirname(file) },
    b: { command: node, args: ['-e', "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))", file] },
    rounds: Math.max(rounds, 10),
  });
  record({
    id: 'startup',
    name: 'start-up: qualcat validate one.plan.json vs node -e read+parse',
    ratios,
    target: 2.5,
    direction: 'max',
    sides: [side('qualcat validate one.plan.json', samples.a), side('node -e read + JSON.parse', samples.b)],
  });
}

// ---------------------------------------------------------------------------------------------------------------

function machine() {
  const git = (...a) => {
    try {
      return execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  };
  return {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    freeMemoryGiB: Math.round(freemem() / 2 ** 30),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    commit: git('rev-parse', '--short', 'HEAD'),
    dirty: git('status', '--porcelain')?.length ? true : false,
    mode: full ? 'full' : 'quick',
    rounds,
    sizes,
    qualcat: relative(root, qualcat) || qualcat,
    peakRss: hasGnuTime ? '/usr/bin/time %M' : 'not measured (no /usr/bin/time)',
    date: new Date().toISOString(),
  };
}

function table() {
  const rows = comparisons.map((c) => [
    c.name,
    fmtRatio(c.ratio, c.unit),
    `${fmtRatio(c.min, c.unit)} – ${fmtRatio(c.max, c.unit)}`,
    c.target === null ? '—' : `${c.direction === 'max' ? '≤' : '≥'} ${c.unit === 'ms' ? `${c.target} ms` : c.unit === 'MB' ? `${c.target} MB` : `${c.target}×`}`,
    c.met === null ? '' : c.met ? 'met' : 'MISSED',
    c.sides ? c.sides.map((s) => `${s.label} ${fmtMs(s.medianMs)}${s.peakRssMB ? ` / ${s.peakRssMB.toFixed(0)} MB` : ''}`).join(' · ') : (c.note ?? ''),
  ]);
  const header = ['comparison', 'median', 'min – max', 'target', '', 'medians (wall / peak RSS)'];
  const width = (i) => Math.max(...[header, ...rows].map((r) => [...r[i]].length));
  const line = (r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(width(i) - [...cell].length))).join(' | ');
  return [line(header), header.map((_, i) => '-'.repeat(i === header.length - 1 ? 26 : width(i))).join('-|-'), ...rows.map(line)].join('\n');
}

const m = machine();
log(`qualcat benchmarks (${m.mode}): ${sizes.plans} plans, ${sizes.certificates} certificates, a ${sizes.items}-item plan; ${rounds} rounds + 1 warm-up`);
log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, node ${m.node}, load ${m.loadAverage.join(' ')}`);
if (!existsSync(qualcat)) {
  log(`${qualcat} is missing: build first (pnpm bench does)`);
  process.exit(2);
}
const steps = { plans: plansVsFloor, spectral: plansVsSpectral, ajv: plansVsAjv, audit: auditVsFloor, scaling: auditScaling, editor, startup };
for (const [id, step] of Object.entries(steps)) if (wanted(id)) await step();

const report = { machine: { ...m, loadAverageAfter: loadavg().map((l) => Math.round(l * 100) / 100), seconds: Math.round((Date.now() - started) / 1000) }, comparisons, checks };
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
const text = [
  '',
  `qualcat benchmarks, ${m.mode} mode — ${m.cpu}, ${m.cores} cores, node ${m.node}, ${rounds} rounds after a warm-up (ratios of the same round)`,
  '',
  table(),
  '',
];
if (checks.spectralParity) {
  const p = checks.spectralParity;
  text.push(`Spectral parity on ${p.files} plans: ${p.same ? 'same number of findings for every rule' : 'DIFFERENT'}`);
  text.push('  ' + p.rules.map((r) => `${r.rule} ${r.qualcat}${r.same ? '' : ` ≠ ${r.spectral}`}`).join(', '));
  text.push('');
}
const missed = comparisons.filter((c) => c.met === false);
text.push(missed.length ? `${missed.length} target(s) missed: see bench/README.md for the profiles` : 'every target met');
text.push(`results: ${relative(process.cwd(), out) || out} (${report.machine.seconds} s)`);
process.stdout.write(text.join('\n') + '\n');
