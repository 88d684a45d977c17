#!/usr/bin/env node
/**
 * Keystroke → diagnostics latency on a 5,000-item plan, measured over stdio against dist/server.js (build first).
 *
 *   node scripts/measure-latency.mjs [--items 5000] [--keystrokes 20] [--format json|yaml]
 *
 * For each debounce setting (the default 200 ms, and 0 to see the processing alone) it opens the plan, then types
 * one character at a time (an incremental didChange, as an editor sends it), waiting after each for the
 * publishDiagnostics of that version; the time from sending the change to receiving the diagnostics is one sample.
 * Prints min / median / p90 / max per setting. A measurement, not a test: nothing here asserts a time.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadCatalog } from '@qualcat/sdk';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const ITEMS = Number(option('items', 5000));
const KEYSTROKES = Number(option('keystrokes', 20));
const FORMAT = option('format', 'json');
const SERVER = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'server.js');

function bigPlan() {
  const names = loadCatalog().occupations().map((o) => o.name);
  const items = Array.from({ length: ITEMS }, (_, i) => ({ occupation: names[i % names.length], levels: [5, 4], candidates: 10 + (i % 90) }));
  const plan = {
    id: 'PERF-2020-001',
    title: `性能测试计划（${ITEMS} 项）`,
    region: '330100',
    organizer: { name: '杭州市职业技能鉴定指导中心', type: 'assessment-center' },
    kind: 'qualification-assessment',
    publishedOn: '2020-08-10',
    registration: { opensOn: '2020-08-11', closesOn: '2020-08-20' },
    assessmentDates: ['2020-09-05'],
    platform: '浙江省职业能力建设一体化平台',
    questionBank: 'national',
    items,
  };
  if (FORMAT === 'json') return JSON.stringify(plan, null, 2) + '\n';
  const lines = Object.entries(plan)
    .filter(([k]) => k !== 'items' && k !== 'organizer' && k !== 'registration' && k !== 'assessmentDates')
    .map(([k, v]) => `${k}: ${k === 'region' ? `"${v}"` : v}`);
  lines.push('organizer:', `  name: ${plan.organizer.name}`, `  type: ${plan.organizer.type}`);
  lines.push('registration:', `  opensOn: ${plan.registration.opensOn}`, `  closesOn: ${plan.registration.closesOn}`);
  lines.push('assessmentDates:', '  - 2020-09-05', 'items:');
  for (const item of items) lines.push(`  - occupation: ${item.occupation}`, `    levels: [5, 4]`, `    candidates: ${item.candidates}`);
  return lines.join('\n') + '\n';
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { min: s[0], median: q(0.5), p90: q(0.9), max: s[s.length - 1] };
}

async function measure(debounceMs, text, dir) {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    waiting.get(p.version)?.(p);
    waiting.delete(p.version);
  });
  connection.listen();
  const uri = pathToFileURL(join(dir, `perf.plan.${FORMAT}`)).href;
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounceMs, asOf: '2024-01-02' } });
  await connection.sendNotification(InitializedNotification.type, {});

  let t0 = performance.now();
  let first = published(1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: FORMAT, version: 1, text } });
  const opened = await first;
  const openMs = performance.now() - t0;

  // Keystrokes: retype the last digit of item k's `candidates` (the text stays a valid plan).
  const samples = [];
  const needle = FORMAT === 'json' ? '"candidates": ' : 'candidates: ';
  let offset = 0;
  const lines = text.split('\n');
  for (let version = 2; version < 2 + KEYSTROKES; version++) {
    offset = text.indexOf(needle, offset + 1);
    const line = text.slice(0, offset).split('\n').length - 1;
    const character = lines[line].indexOf(needle) + needle.length + 1;
    const digit = String((Number(lines[line][character]) + 1) % 10);
    const done = published(version);
    t0 = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: digit }],
    });
    await done;
    samples.push(performance.now() - t0);
  }
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  connection.dispose();
  child.kill();
  return { openMs, diagnosticsOnOpen: opened.diagnostics.length, samples };
}

const text = bigPlan();
const dir = mkdtempSync(join(tmpdir(), 'qualcat-latency-'));
writeFileSync(join(dir, 'qualcat.config.json'), JSON.stringify({ plugins: ['@qualcat/plugin-zhejiang'] }));
try {
  console.log(`plan: ${ITEMS} items, ${FORMAT}, ${(text.length / 1024).toFixed(0)} KiB, ${text.split('\n').length} lines; node ${process.version}`);
  for (const debounceMs of [200, 0]) {
    const { openMs, diagnosticsOnOpen, samples } = await measure(debounceMs, text, dir);
    const s = stats(samples);
    const f = (n) => `${n.toFixed(0)} ms`;
    console.log(
      `debounce ${debounceMs} ms: open → diagnostics ${f(openMs)} (${diagnosticsOnOpen} diagnostics); keystroke → diagnostics over ${samples.length}: ` +
        `min ${f(s.min)}, median ${f(s.median)}, p90 ${f(s.p90)}, max ${f(s.max)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
