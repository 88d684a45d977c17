// @ts-check
/**
 * The qualcat VS Code extension in a real VS Code: packages the .vsix, installs it into code-server 4.100.3
 * (VS Code 1.100.3), opens workspaces made from the examples in Debian's chromium (driven by playwright-core) and
 * runs suite/index.cjs inside VS Code's extension host, as @vscode/test-electron would. Two scenarios: a trusted
 * workspace (diagnostics, hover, completion, quick fix, Validate workspace, catalog, status bar) and an untrusted
 * one (restricted mode: national and bundled province rules run, workspace plugin code does not, the user is told).
 * Screenshots of what a person sees go to test-results/ (git-ignored).
 *
 * Needs `bash .ci/e2e-setup` once (chromium, ripgrep, libkrb5-dev, code-server). Run: `pnpm test:e2e` at the root.
 * Options: --vsix FILE (test that .vsix instead of packaging one), --only trusted|untrusted, --keep (leave the
 * temp folders for inspection).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const examples = join(repo, 'examples');
const results = join(here, 'test-results');
const codeServerEntry = join(here, '.cache/code-server/node_modules/code-server/out/node/entry.js');
const chromium = process.env.QUALCAT_E2E_CHROMIUM ?? '/usr/bin/chromium';
const EXTENSION_ID = 'qualcat.qualcat-vscode';
/** Whole scenario, from starting code-server to the suite's exit code. */
const SCENARIO_TIMEOUT_MS = 240_000;

const { values: options } = parseArgs({
  options: {
    vsix: { type: 'string' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const log = (/** @type {string} */ message) => console.log(`[e2e] ${message}`);
const seconds = (/** @type {number} */ since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function checkPrerequisites() {
  const missing = [];
  if (!existsSync(codeServerEntry)) missing.push(`code-server (${relative(repo, codeServerEntry)})`);
  if (!existsSync(chromium)) missing.push(`chromium (${chromium})`);
  if (missing.length) {
    console.error(`[e2e] missing: ${missing.join(', ')}. Run \`bash .ci/e2e-setup\` first (see ../shared/EDITOR-E2E.md).`);
    process.exit(2);
  }
}

/** `pnpm --filter qualcat-vscode package`: builds the server and the extension (turbo), then `vsce package`. */
function packageVsix() {
  const started = Date.now();
  // The pnpm running this script (npm_execpath), else the one on PATH (the root devDependency).
  const execpath = process.env.npm_execpath;
  const [command, ...prefix] = !execpath || !/pnpm/.test(execpath) ? ['pnpm'] : /\.[cm]?js$/.test(execpath) ? [process.execPath, execpath] : [execpath];
  const result = spawnSync(/** @type {string} */ (command), [...prefix, '--filter', 'qualcat-vscode', 'package'], { cwd: repo, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`packaging the extension failed (exit ${result.status ?? result.signal})`);
  const vsix = join(repo, 'extensions/vscode/qualcat-vscode.vsix');
  if (!existsSync(vsix)) throw new Error(`${vsix} was not produced`);
  log(`packaged ${relative(repo, vsix)} in ${seconds(started)}`);
  return vsix;
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Environment for code-server: its config and data stay in the temp folder, never in ~.
 * @param {string} tmp
 */
function codeServerEnv(tmp) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(tmp, 'xdg-config'),
    XDG_DATA_HOME: join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: join(tmp, 'xdg-cache'),
    // The extension host must not inherit the runner's test environment.
    NODE_OPTIONS: '',
    VSCODE_IPC_HOOK_CLI: '',
  };
}

/**
 * @param {string} tmp
 * @param {string} vsix
 */
function installExtension(tmp, vsix) {
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [codeServerEntry, '--user-data-dir', join(tmp, 'data'), '--extensions-dir', join(tmp, 'ext'), '--install-extension', vsix, '--force'],
    { env: codeServerEnv(tmp), encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`code-server --install-extension failed:\n${result.stdout}\n${result.stderr}`);
  const installed = readdirSync(join(tmp, 'ext')).filter((d) => d.startsWith(EXTENSION_ID));
  if (installed.length !== 1) throw new Error(`expected one ${EXTENSION_ID} in the extensions folder, found ${installed.join(', ') || 'none'}`);
  log(`installed ${installed[0]} in ${seconds(started)}`);
  return join(tmp, 'ext', /** @type {string} */ (installed[0]));
}

/**
 * A plan file copied into a test workspace, with its `$schema` reference removed: the examples point at
 * ../../packages/sdk/schemas, which does not exist there; the extension's jsonValidation supplies the schema.
 * @param {string} from
 * @param {string} to
 */
function copyPlan(from, to) {
  let text = readFileSync(from, 'utf8');
  text = text.replace(/^\s*"\$schema":\s*"[^"]*",\r?\n/m, '').replace(/^# yaml-language-server: \$schema=.*\r?\n/m, '');
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(to, text);
}

/** A workspace plugin: code that comes with the workspace, so restricted mode must keep it from running. */
const LOCAL_PLUGIN = `// A plugin written by the workspace's owner (test fixture): flags plans marked "x-audit": "pending".
const auditPending = {
  kind: 'qualcat-rule',
  id: 'local/audit-pending',
  meta: {
    docs: { description: { 'zh-CN': '计划尚待本单位内部审核', en: 'The plan awaits internal review' } },
    source: { document: '本单位计划审核办法（测试用）', section: '§一', quote: '鉴定计划发布前须经本单位内部审核。' },
    messages: { pending: { 'zh-CN': '计划尚待内部审核（x-audit: pending）', en: 'The plan awaits internal review (x-audit: pending)' } },
    defaultSeverity: 'warning',
    appliesTo: ['plan'],
  },
  defaultOptions: {},
  check(context) {
    if (context.target === 'plan' && context.document['x-audit'] === 'pending') context.report({ messageId: 'pending', pointer: '/x-audit' });
  },
};
export default { kind: 'qualcat-plugin', origin: 'code', id: 'local', title: 'Local audit (workspace plugin)', rules: [auditPending] };
`;

/**
 * The expected findings for an example plan (examples/plans/expected.json), each with the value at its pointer,
 * so the suite can check the range VS Code shows covers exactly that value.
 * @param {typeof import('@qualcat/sdk')} sdk
 * @param {string} file absolute path of the copy in the workspace
 * @param {Array<{ ruleId: string, pointer: string }>} findings
 */
function withValues(sdk, file, findings) {
  const parsed = sdk.parseDocument(readFileSync(file, 'utf8'), file);
  return findings.map(({ ruleId, pointer }) => {
    let value = /** @type {unknown} */ (parsed.value);
    for (const token of pointer.split('/').slice(1)) value = /** @type {any} */ (value)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')];
    return { ruleId, pointer, ...(typeof value === 'string' || typeof value === 'number' ? { value: String(value) } : {}) };
  });
}

/**
 * Builds a scenario's workspace from the examples and returns what the suite checks.
 * @param {'trusted' | 'untrusted'} name
 * @param {string} workspace
 */
async function makeWorkspace(name, workspace) {
  const sdk = await import('@qualcat/sdk');
  const expected = /** @type {Record<string, Array<{ ruleId: string, pointer: string }>>} */ (JSON.parse(readFileSync(join(examples, 'plans/expected.json'), 'utf8')));
  /** @type {Record<string, string>} workspace file → example it copies */
  const plans = {
    'plans/occupation-not-in-catalog.plan.json': 'broken/occupation-not-in-catalog.plan.json',
    'plans/combined-post-exit-regular.plan.json': 'broken/combined-post-exit-regular.plan.json',
    'plans/access-type-recognition-hangong-zj.plan.yaml': 'broken/access-type-recognition-hangong-zj.plan.yaml',
    'plans/zj-hz-jd-2020-008.plan.json': 'zj-hz-jd-2020-008.plan.json',
  };
  /** @type {Record<string, Array<{ ruleId: string, pointer: string, value?: string }>>} */
  const files = {};
  for (const [to, from] of Object.entries(plans)) {
    copyPlan(join(examples, 'plans', from), join(workspace, to));
    const findings = expected[from];
    if (!findings) throw new Error(`examples/plans/expected.json has no entry for ${from}`);
    files[to] = withValues(sdk, join(workspace, to), findings);
  }
  // A valid Zhejiang plan marked for the workspace plugin's rule.
  const audited = JSON.parse(readFileSync(join(examples, 'plans/zj-hz-jd-2020-008.plan.json'), 'utf8'));
  delete audited.$schema;
  audited.id = `${audited.id}-AUDIT`;
  audited['x-audit'] = 'pending';
  writeFileSync(join(workspace, 'plans/local-audit.plan.json'), `${JSON.stringify(audited, null, 2)}\n`);
  files['plans/local-audit.plan.json'] = name === 'trusted' ? [{ ruleId: 'local/audit-pending', pointer: '/x-audit', value: 'pending' }] : [];

  mkdirSync(join(workspace, 'plugins'), { recursive: true });
  writeFileSync(join(workspace, 'plugins/local-audit.mjs'), LOCAL_PLUGIN);
  // examples/qualcat.config.json, with its $schema dropped (the extension supplies it) and the workspace plugin
  // added. "@qualcat/plugin-zhejiang" resolves to the copy bundled in the server: the workspace has no node_modules.
  const config = JSON.parse(readFileSync(join(examples, 'qualcat.config.json'), 'utf8'));
  delete config.$schema;
  config.plugins = [...(config.plugins ?? []), './plugins/local-audit.mjs'];
  if (!config.plugins.includes('@qualcat/plugin-zhejiang')) throw new Error('examples/qualcat.config.json no longer names @qualcat/plugin-zhejiang');
  writeFileSync(join(workspace, 'qualcat.config.json'), `${JSON.stringify(config, null, 2)}\n`);

  return {
    files,
    catalog: {
      groups: sdk.loadCatalog().data.qualifications.reduce((set, q) => set.add(q.group.no), new Set()).size,
      // The hover and the catalog view must agree with the SDK on these.
      occupations: Object.fromEntries(['铸造工', '钳工', '金属热处理工'].map((o) => [o, { exitDate: sdk.exitDateOf(o), batch: sdk.findOccupation(o)?.batch }])),
    },
  };
}

/**
 * The extension under test is the installed .vsix; the development extension is only a harness carrying the suite.
 * @param {string} harness
 */
function makeHarness(harness) {
  mkdirSync(harness, { recursive: true });
  writeFileSync(
    join(harness, 'package.json'),
    `${JSON.stringify(
      {
        name: 'qualcat-e2e-harness',
        publisher: 'qualcat-e2e',
        version: '0.0.0',
        private: true,
        engines: { vscode: '^1.100.0' },
        capabilities: { untrustedWorkspaces: { supported: true }, virtualWorkspaces: false },
      },
      null,
      2,
    )}\n`,
  );
  for (const file of readdirSync(join(here, 'suite'))) cpSync(join(here, 'suite', file), join(harness, file));
}

/**
 * @param {string} tmp
 * @param {{ trusted: boolean }} scenario
 */
function writeUserSettings(tmp, scenario) {
  const user = join(tmp, 'data', 'User');
  mkdirSync(user, { recursive: true });
  const settings = {
    'telemetry.telemetryLevel': 'off',
    'json.schemaDownload.enable': false,
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.colorTheme': 'Default Light Modern',
    'chat.commandCenter.enabled': false,
    'window.commandCenter': false,
    'editor.minimap.enabled': false,
    'editor.fontSize': 15,
    // An English UI would frame every Chinese character of the plans as "ambiguous"; a Chinese user's UI does not.
    'editor.unicodeHighlight.allowedLocales': { 'zh-hans': true, 'zh-hant': true },
    'editor.hover.delay': 200,
    'files.autoSave': 'off',
    // The plans are Chinese documents: their diagnostics in Chinese (the suite switches to English and back).
    'qualcat.locale': 'zh-CN',
    // Untrusted scenario: no modal asking to trust at start (the folder simply stays in restricted mode), and the
    // banner that tells the user so.
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'always',
    'security.workspace.trust.enabled': true,
  };
  writeFileSync(join(user, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  void scenario;
}

/**
 * Waits for GET /healthz (code-server is up).
 * @param {number} port
 * @param {() => string} output
 */
async function waitForHealthz(port, output) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 30 s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * @param {import('node:child_process').ChildProcess} child
 */
async function stopProcessGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timedOut = new Promise((r) => (timer = setTimeout(() => r('timeout'), 5000)));
  const how = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (how === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * One scenario: a fresh workspace, code-server, a browser, the suite; returns the suite's per-test results.
 * @param {'trusted' | 'untrusted'} name
 * @param {{ tmp: string }} shared
 * @returns {Promise<{ name: string, tests: Array<{ name: string, ok: boolean, ms: number, error?: string }>, exitCode: number | undefined, ms: number, error?: string }>}
 */
async function runScenario(name, { tmp }) {
  const started = Date.now();
  const trusted = name === 'trusted';
  const root = join(tmp, name);
  const workspace = join(root, 'workspace');
  const harness = join(root, 'harness');
  mkdirSync(workspace, { recursive: true });
  const expectations = await makeWorkspace(name, workspace);
  makeHarness(harness);
  const scenarioFile = join(harness, 'scenario.json');
  const resultsFile = join(harness, 'results.json');
  const screenshotReady = join(harness, 'screenshot-ready');
  const screenshotDone = join(harness, 'screenshot-done');
  writeFileSync(
    scenarioFile,
    `${JSON.stringify({ name, trusted, workspace, extensionId: EXTENSION_ID, resultsFile, screenshotReady, screenshotDone, ...expectations }, null, 2)}\n`,
  );
  writeUserSettings(tmp, { trusted });
  const port = await freePort();
  writeFileSync(join(root, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  let output = '';
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let codeServer;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  /** @type {NodeJS.Timeout | undefined} */
  let deadline;
  /** @type {NodeJS.Timeout | undefined} */
  let poll;
  const consoleLines = /** @type {string[]} */ ([]);
  /** Set when the scenario is over, so the screenshot watcher stops. */
  let finished = false;
  try {
    const args = [
      codeServerEntry,
      '--config', join(root, 'config.yaml'),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--disable-proxy',
      '--user-data-dir', join(tmp, 'data'),
      '--extensions-dir', join(tmp, 'ext'),
      // Trust on: the untrusted scenario opens a folder nobody trusted (restricted mode).
      ...(trusted ? ['--disable-workspace-trust'] : []),
      workspace,
    ];
    codeServer = spawn(process.execPath, args, { cwd: root, env: codeServerEnv(tmp), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    codeServer.stdout?.on('data', (d) => (output += d));
    codeServer.stderr?.on('data', (d) => (output += d));
    await waitForHealthz(port, () => output);
    log(`${name}: code-server up on port ${port} in ${seconds(started)}`);

    const { chromium: launcher } = await import('playwright-core');
    browser = await launcher.launch({
      executablePath: chromium,
      headless: true,
      handleSIGTERM: false,
      handleSIGINT: false,
      handleSIGHUP: false,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));

    /** @type {(code: number) => void} */
    let settle = () => undefined;
    const exited = /** @type {Promise<number>} */ (new Promise((r) => (settle = r)));
    await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => settle(code));
    await page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {string[]} */ args) => consoleLines.push(`[automation ${type}] ${args.join(' ')}`));

    const remote = (/** @type {string} */ path) => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(harness)],
      ['extensionTestsPath', remote(join(harness, 'index.cjs'))],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    log(`${name}: workbench loading`);

    // Screenshot requests from the suite: it writes screenshot-ready once the editor shows what a person should
    // see, and waits for screenshot-done.
    let screenshotError = '';
    const screenshots = (async () => {
      while (!existsSync(screenshotReady)) {
        await new Promise((r) => (poll = setTimeout(r, 100)));
        if (finished) return;
      }
      try {
        const request = JSON.parse(readFileSync(screenshotReady, 'utf8'));
        if (request.waitFor) await page.locator(request.waitFor).first().waitFor({ state: 'visible', timeout: 15_000 });
        mkdirSync(results, { recursive: true });
        const file = join(results, `${name}.png`);
        await page.screenshot({ path: file });
        log(`${name}: screenshot ${relative(repo, file)}`);
        if (request.checkText) {
          const text = await page.locator(request.checkText.selector).first().innerText();
          writeFileSync(screenshotDone, JSON.stringify({ ok: true, text }));
        } else writeFileSync(screenshotDone, JSON.stringify({ ok: true }));
      } catch (error) {
        screenshotError = String(/** @type {Error} */ (error)?.message ?? error);
        writeFileSync(screenshotDone, JSON.stringify({ ok: false, error: screenshotError }));
      }
    })();

    const timeout = new Promise((_, reject) => (deadline = setTimeout(() => reject(new Error(`no result within ${SCENARIO_TIMEOUT_MS / 1000} s`)), SCENARIO_TIMEOUT_MS)));
    const exitCode = /** @type {number} */ (await Promise.race([exited, timeout]));
    finished = true;
    await screenshots;
    log(`${name}: suite exited with ${exitCode} after ${seconds(started)}`);
    const report = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { tests: [] };
    return { name, tests: report.tests, exitCode, ms: Date.now() - started, ...(screenshotError ? { error: `screenshot: ${screenshotError}` } : {}) };
  } catch (error) {
    const report = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { tests: [] };
    return { name, tests: report.tests, exitCode: undefined, ms: Date.now() - started, error: String(/** @type {Error} */ (error)?.stack ?? error) };
  } finally {
    finished = true;
    clearTimeout(deadline);
    clearTimeout(poll);
    mkdirSync(results, { recursive: true });
    writeFileSync(join(results, `${name}-browser-console.log`), `${consoleLines.join('\n')}\n`);
    writeFileSync(join(results, `${name}-code-server.log`), output);
    await browser?.close().catch(() => undefined);
    if (codeServer) await stopProcessGroup(codeServer);
    // VS Code's own logs (extension host, the qualcat output channel): kept with the results.
    const logs = join(tmp, 'data', 'logs');
    if (existsSync(logs)) cpSync(logs, join(results, `${name}-vscode-logs`), { recursive: true });
  }
}

async function main() {
  const started = Date.now();
  checkPrerequisites();
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  const vsix = options.vsix ? resolve(options.vsix) : packageVsix();
  const tmp = mkdtempSync(join(tmpdir(), 'qualcat-e2e-'));
  /** @type {Awaited<ReturnType<typeof runScenario>>[]} */
  const runs = [];
  try {
    installExtension(tmp, vsix);
    const names = /** @type {const} */ (['trusted', 'untrusted']).filter((n) => !options.only || options.only === n);
    for (const name of names) {
      // A fresh VS Code state per scenario (trust decisions, editors), the installed extension kept.
      rmSync(join(tmp, 'data'), { recursive: true, force: true });
      runs.push(await runScenario(name, { tmp }));
      rmSync(join(tmp, 'data', 'logs'), { recursive: true, force: true });
    }
  } finally {
    if (options.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }

  let passed = 0;
  let failed = 0;
  for (const run of runs) {
    console.log(`\n${run.name} workspace (${(run.ms / 1000).toFixed(1)} s)`);
    for (const test of run.tests) {
      console.log(`  ${test.ok ? '✓' : '✗'} ${test.name} (${test.ms} ms)${test.ok ? '' : `\n      ${String(test.error).split('\n').join('\n      ')}`}`);
      if (test.ok) passed++;
      else failed++;
    }
    if (run.tests.length === 0) {
      console.log('  ✗ the suite did not run');
      failed++;
    }
    if (run.error) {
      console.log(`  ✗ ${run.error}`);
      failed++;
    } else if (run.exitCode !== 0 && run.tests.every((t) => t.ok)) {
      console.log(`  ✗ VS Code reported exit code ${run.exitCode}`);
      failed++;
    }
  }
  console.log(`\nscreenshots and logs: ${relative(repo, results)}/ (${seconds(started)} in all)`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

await main();
