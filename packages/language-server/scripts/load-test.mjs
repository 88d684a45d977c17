#!/usr/bin/env node
/**
 * Load test of the language server over stdio (build first): opens N plan files (default 500), sends rapid edits
 * (every open document edited several times in quick succession), then measures the server's resident memory and
 * hover latency, closes everything and measures memory again. A measurement, not a test: it prints numbers.
 *
 *   node scripts/load-test.mjs [--files 500] [--edits 10] [--hovers 200]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
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
  return i === -1 ? fallback : Number(args[i + 1]);
};
const FILES = option('files', 500);
const EDITS = option('edits', 10);
const HOVERS = option('hovers', 200);
const SERVER = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'server.js');

const rssMb = (pid) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

const dir = mkdtempSync(join(tmpdir(), 'qualcat-load-'));
writeFileSync(join(dir, 'qualcat.config.json'), JSON.stringify({ plugins: ['@qualcat/plugin-zhejiang'] }));
const occupations = ['车工', '钳工', '电工', '铸造工', '保安员', '茶艺师', '美容师', '金属热处理员'];
const planText = (i, version) =>
  JSON.stringify(
    {
      id: `LOAD-${i}`,
      region: i % 2 ? '330100' : '320500',
      organizer: { name: `单位${i}`, type: 'assessment-center' },
      kind: 'qualification-assessment',
      publishedOn: i % 3 ? '2020-08-10' : '2020-10-15',
      assessmentDates: ['2020-09-05'],
      platform: '浙江省职业能力建设一体化平台',
      questionBank: 'national',
      title: `计划 ${i} 第 ${version} 版`,
      items: Array.from({ length: 20 }, (_, k) => ({ occupation: occupations[(i + k) % occupations.length], levels: [5, 4] })),
    },
    null,
    2,
  );

const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const published = new Map();
let waiting = null;
connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
  published.set(p.uri, p.version);
  if (waiting && waiting.check()) waiting.resolve();
});
connection.listen();
const until = (check) => (check() ? Promise.resolve() : new Promise((resolve) => (waiting = { check, resolve })));

try {
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'load' }], initializationOptions: { trusted: true } });
  connection.sendNotification(InitializedNotification.type, {});
  const startRss = rssMb(child.pid);
  const uris = [];
  let t = performance.now();
  for (let i = 0; i < FILES; i++) {
    const uri = pathToFileURL(join(dir, `p${i}.plan.json`)).href;
    uris.push(uri);
    connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'json', version: 1, text: planText(i, 1) } });
  }
  await until(() => uris.every((u) => published.get(u) === 1));
  const openMs = performance.now() - t;
  const openRss = rssMb(child.pid);

  t = performance.now();
  for (let v = 2; v <= EDITS + 1; v++) {
    for (let i = 0; i < FILES; i++) connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uris[i], version: v }, contentChanges: [{ text: planText(i, v) }] });
  }
  await until(() => uris.every((u) => published.get(u) === EDITS + 1));
  const editMs = performance.now() - t;
  const editRss = rssMb(child.pid);

  const hoverMs = [];
  for (let h = 0; h < HOVERS; h++) {
    const i = h % FILES;
    const lines = planText(i, EDITS + 1).split('\n');
    const line = lines.findIndex((l) => l.includes('"occupation"'));
    const started = performance.now();
    await connection.sendRequest(HoverRequest.type, { textDocument: { uri: uris[i] }, position: { line, character: lines[line].indexOf(':') + 4 } });
    hoverMs.push(performance.now() - started);
  }
  for (const uri of uris) connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  await new Promise((r) => setTimeout(r, 1000));
  const closedRss = rssMb(child.pid);

  console.log(`files: ${FILES}, edits per file: ${EDITS} (${FILES * EDITS} full-text changes sent back to back)`);
  console.log(`open all + diagnostics: ${Math.round(openMs)} ms; all edits settled: ${Math.round(editMs)} ms`);
  console.log(`server RSS: start ${startRss} MB, all open ${openRss} MB, after edits ${editRss} MB, all closed ${closedRss} MB`);
  console.log(`hover (${HOVERS}): median ${quantile(hoverMs, 0.5).toFixed(1)} ms, p90 ${quantile(hoverMs, 0.9).toFixed(1)} ms, max ${Math.max(...hoverMs).toFixed(1)} ms`);
  await connection.sendRequest(ShutdownRequest.type);
  connection.sendNotification(ExitNotification.type);
} finally {
  setTimeout(() => child.kill(), 2000).unref();
  rmSync(dir, { recursive: true, force: true });
}
