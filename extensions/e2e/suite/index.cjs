// @ts-check
/**
 * Runs inside VS Code's extension host (extensionTestsPath): the installed qualcat extension, driven through the
 * same commands a person uses. The runner (../run.mjs) copies this file into the harness folder beside
 * scenario.json, which says which workspace this is and what to expect. No fixed sleeps: everything waits for
 * an event or a condition, with a deadline.
 */
const assert = require('node:assert/strict');
const { existsSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');

/**
 * @typedef {{ ruleId: string, pointer: string, value?: string }} Finding
 * @typedef {{
 *   name: 'trusted' | 'untrusted', trusted: boolean, workspace: string, extensionId: string, resultsFile: string,
 *   screenshotReady: string, screenshotDone: string, files: Record<string, Finding[]>,
 *   catalog: { groups: number, occupations: Record<string, { exitDate: string | null, batch: number | null | undefined }> }
 * }} Scenario
 * @typedef {{ ready(): Promise<void>, validateWorkspace(): Promise<any>, status(): any, refreshStatus(): Promise<void>,
 *   catalog: { groups(): Promise<readonly any[]>, search(q: string): Promise<void>, searchQuery: string }, restrictedNoticeShown(): boolean }} QualcatApi
 */

/** @type {Scenario} */
const scenario = JSON.parse(readFileSync(join(__dirname, 'scenario.json'), 'utf8'));
const TEST_TIMEOUT_MS = 60_000;

/** @param {string} file workspace-relative */
const uriOf = (file) => vscode.Uri.file(join(scenario.workspace, file));

/** @param {vscode.Diagnostic} d */
const codeOf = (d) => String(typeof d.code === 'object' && d.code !== null ? d.code.value : d.code);

/** qualcat's diagnostics only (the JSON language service reports schema problems too, under its own source). */
const qualcatDiagnostics = (/** @type {vscode.Uri} */ uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'qualcat');

/**
 * Resolves when `check()` returns a value other than undefined; re-checks whenever diagnostics change (and on a
 * slow heartbeat, for state that has no event). Fails after `ms` with `describe()`.
 * @template T
 * @param {() => T | undefined} check
 * @param {() => string} describe
 * @param {number} [ms]
 * @returns {Promise<T>}
 */
function until(check, describe, ms = 30_000) {
  return new Promise((resolve, reject) => {
    /** @type {NodeJS.Timeout | undefined} */ let heartbeat;
    /** @type {NodeJS.Timeout | undefined} */ let deadline;
    /** @type {vscode.Disposable | undefined} */ let listener;
    const done = () => {
      clearInterval(heartbeat);
      clearTimeout(deadline);
      listener?.dispose();
    };
    const attempt = () => {
      try {
        const value = check();
        if (value !== undefined) {
          done();
          resolve(value);
        }
      } catch (error) {
        done();
        reject(error);
      }
    };
    listener = vscode.languages.onDidChangeDiagnostics(attempt);
    heartbeat = setInterval(attempt, 250);
    deadline = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${ms} ms waiting for ${describe()}`));
    }, ms);
    attempt();
  });
}

const sortedCodes = (/** @type {vscode.Diagnostic[]} */ ds) => ds.map(codeOf).sort();

/**
 * Waits until the file's qualcat diagnostics carry exactly the expected rule ids.
 * @param {string} file
 * @param {string[]} codes
 */
function diagnosticsOf(file, codes) {
  const uri = uriOf(file);
  const want = [...codes].sort();
  return until(
    () => {
      const ds = qualcatDiagnostics(uri);
      return JSON.stringify(sortedCodes(ds)) === JSON.stringify(want) ? ds : undefined;
    },
    () => `${file}: rule ids ${JSON.stringify(want)}, have ${JSON.stringify(sortedCodes(qualcatDiagnostics(uri)))}`,
  );
}

/**
 * The diagnostic's range covers exactly the value at its pointer (quotes aside).
 * @param {vscode.TextDocument} doc
 * @param {vscode.Diagnostic[]} diagnostics
 * @param {Finding[]} findings
 */
function assertRanges(doc, diagnostics, findings) {
  for (const finding of findings) {
    const matching = diagnostics.filter((d) => codeOf(d) === finding.ruleId);
    assert.ok(matching.length > 0, `${finding.ruleId} reported`);
    if (finding.value === undefined) continue;
    const texts = matching.map((d) => doc.getText(d.range).replace(/^["']|["']$/g, ''));
    assert.ok(texts.includes(finding.value), `${finding.ruleId} at ${finding.pointer}: range text ${JSON.stringify(texts)} should be ${JSON.stringify(finding.value)}`);
  }
}

/** @param {string} file */
async function open(file) {
  const doc = await vscode.workspace.openTextDocument(uriOf(file));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/**
 * Position inside the n-th occurrence of `text` (offset characters in).
 * @param {vscode.TextDocument} doc
 * @param {string} text
 */
function positionOf(doc, text, offset = 1) {
  const index = doc.getText().indexOf(text);
  assert.ok(index >= 0, `${JSON.stringify(text)} in ${doc.uri.fsPath}`);
  return doc.positionAt(index + offset);
}

/** @param {vscode.Hover[]} hovers */
const hoverText = (hovers) =>
  hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');

/** @returns {Promise<QualcatApi>} */
async function qualcat() {
  const extension = vscode.extensions.getExtension(scenario.extensionId);
  assert.ok(extension, `${scenario.extensionId} is installed`);
  const api = /** @type {QualcatApi} */ (await extension.activate());
  await api.ready();
  return api;
}

/**
 * Asks the runner for a screenshot of what is on screen now, and waits for it.
 * @param {{ waitFor?: string, checkText?: { selector: string } }} request
 */
async function screenshot(request) {
  rmSync(scenario.screenshotDone, { force: true });
  writeFileSync(scenario.screenshotReady, JSON.stringify(request));
  const answer = await until(
    () => (existsSync(scenario.screenshotDone) ? JSON.parse(readFileSync(scenario.screenshotDone, 'utf8')) : undefined),
    () => 'the runner to take the screenshot',
    45_000,
  );
  assert.ok(answer.ok, `screenshot: ${answer.error}`);
  return answer;
}

const BROKEN = 'plans/occupation-not-in-catalog.plan.json';
const COMBINED = 'plans/combined-post-exit-regular.plan.json';
const HANGONG = 'plans/access-type-recognition-hangong-zj.plan.yaml';
const VALID = 'plans/zj-hz-jd-2020-008.plan.json';
const AUDITED = 'plans/local-audit.plan.json';
const expectedCodes = (/** @type {string} */ file) => scenario.files[file]?.map((f) => f.ruleId) ?? [];

/** @type {Array<{ name: string, fn: () => Promise<void> }>} */
const trustedTests = [
  {
    name: 'the installed extension activates and its bundled server starts',
    fn: async () => {
      assert.equal(vscode.workspace.isTrusted, true);
      const extension = vscode.extensions.getExtension(scenario.extensionId);
      assert.ok(extension);
      // The .vsix, not a development copy from the repository.
      assert.ok(!extension.extensionPath.includes('/extensions/vscode'), extension.extensionPath);
      await qualcat();
    },
  },
  {
    name: 'a broken Zhejiang plan: rule ids and ranges of its diagnostics',
    fn: async () => {
      const doc = await open(BROKEN);
      const diagnostics = await diagnosticsOf(BROKEN, expectedCodes(BROKEN));
      assertRanges(doc, diagnostics, scenario.files[BROKEN] ?? []);
      const unknown = diagnostics.find((d) => codeOf(d) === 'core/occupation-in-catalog');
      assert.equal(unknown?.severity, vscode.DiagnosticSeverity.Error);
      assert.match(unknown?.message ?? '', /金属热处理员/);
    },
  },
  {
    name: 'hover on an occupation shows its batch and exit date',
    fn: async () => {
      const doc = await open(BROKEN);
      const hovers = /** @type {vscode.Hover[]} */ (await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, positionOf(doc, '"铸造工"', 2)));
      const text = hoverText(hovers);
      const { exitDate } = scenario.catalog.occupations['铸造工'] ?? {};
      assert.ok(exitDate, 'the SDK knows 铸造工');
      assert.match(text, /铸造工/);
      assert.ok(text.includes(exitDate), `hover mentions the exit date ${exitDate}:\n${text}`);
    },
  },
  {
    name: 'completion inside an occupation value offers catalog names',
    fn: async () => {
      const doc = await open(BROKEN);
      const list = /** @type {vscode.CompletionList} */ (
        await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, '"金属热处理员"', 3))
      );
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.some((l) => l.includes('金属热处理工')), `金属热处理工 among ${labels.length} items: ${labels.slice(0, 20).join(', ')}`);
    },
  },
  {
    name: 'the quick fix replaces the unknown occupation and its diagnostic clears',
    fn: async () => {
      const doc = await open(BROKEN);
      const [unknown] = (await diagnosticsOf(BROKEN, expectedCodes(BROKEN))).filter((d) => codeOf(d) === 'core/occupation-in-catalog');
      assert.ok(unknown);
      const actions = /** @type {vscode.CodeAction[]} */ (
        await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, unknown.range, vscode.CodeActionKind.QuickFix.value)
      );
      const fix = actions.find((a) => a.title.includes('金属热处理工') && a.edit);
      assert.ok(fix?.edit, `a fix to 金属热处理工 among ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(doc.getText(), /"occupation": "金属热处理工"/);
      await diagnosticsOf(BROKEN, expectedCodes(BROKEN).filter((c) => c !== 'core/occupation-in-catalog'));
      await doc.save();
    },
  },
  {
    name: '"qualcat: Validate workspace" fills the Problems panel for every plan, opened or not',
    fn: async () => {
      const unopened = [COMBINED, HANGONG, VALID, AUDITED];
      for (const file of unopened) {
        assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === uriOf(file).fsPath), `${file} not opened yet`);
      }
      /** @type {{ files: Array<{ uri: string }>, errors: number, warnings: number } | undefined} */
      const result = await vscode.commands.executeCommand('qualcat.validateWorkspace');
      assert.ok(result && Array.isArray(result.files), 'the command returns the server’s result');
      const validated = result.files.map((f) => vscode.Uri.parse(f.uri).fsPath);
      for (const file of [BROKEN, ...unopened]) assert.ok(validated.includes(uriOf(file).fsPath), `${file} validated (${validated.join(', ')})`);
      for (const file of unopened) {
        const diagnostics = await diagnosticsOf(file, expectedCodes(file));
        if (file.endsWith('.json')) assertRanges(await vscode.workspace.openTextDocument(uriOf(file)), diagnostics, scenario.files[file] ?? []);
      }
      // The workspace plugin's rule ran: this workspace is trusted.
      assert.deepEqual(expectedCodes(AUDITED), ['local/audit-pending']);
    },
  },
  {
    name: 'the status bar shows the active province plugin and asOf',
    fn: async () => {
      const api = await qualcat();
      await open(COMBINED);
      await api.refreshStatus();
      const status = api.status();
      assert.ok(status.plugins.includes('zhejiang'), JSON.stringify(status.plugins));
      assert.ok(status.plugins.includes('local'), 'the workspace plugin loads in a trusted workspace');
      assert.equal(status.restricted, false);
      assert.match(status.text, /zhejiang/);
      assert.match(status.text, /\d{4}-\d{2}-\d{2}/);
      assert.ok(status.asOf.length > 0 && status.text.includes(status.asOf[0]));
    },
  },
  {
    name: 'the Catalog view: groups → occupations with batch and exit date; search narrows it',
    fn: async () => {
      const api = await qualcat();
      await vscode.commands.executeCommand('qualcat.catalog.focus');
      const groups = await api.catalog.groups();
      assert.ok(groups.length >= scenario.catalog.groups, `${groups.length} groups, the table has ${scenario.catalog.groups}`);
      const all = groups.flatMap((g) => g.occupations);
      for (const [name, { exitDate, batch }] of Object.entries(scenario.catalog.occupations)) {
        const o = all.find((x) => x.name === name);
        assert.ok(o, `${name} in the catalog view`);
        assert.equal(o.exitDate, exitDate ?? undefined, `${name} exit date`);
        assert.equal(o.batch, batch ?? undefined, `${name} batch`);
      }
      await vscode.commands.executeCommand('qualcat.catalog.search', '热处理');
      const found = await api.catalog.groups();
      const names = found.flatMap((g) => g.occupations.map((/** @type {{ name: string }} */ o) => o.name));
      assert.ok(names.includes('金属热处理工') && names.includes('金属材料热处理工'), names.join(', '));
      assert.ok(found.length < groups.length);
      await vscode.commands.executeCommand('qualcat.catalog.clearSearch');
      assert.equal((await api.catalog.groups()).length, groups.length);
    },
  },
  {
    name: 'settings qualcat.locale and qualcat.asOf reach the server',
    fn: async () => {
      const api = await qualcat();
      const config = vscode.workspace.getConfiguration('qualcat');
      const messageOf = () => qualcatDiagnostics(uriOf(COMBINED)).find((d) => codeOf(d) === 'national/no-assessment-after-exit')?.message;
      await open(COMBINED);
      await diagnosticsOf(COMBINED, expectedCodes(COMBINED));
      assert.match(messageOf() ?? '', /退出目录/, 'zh-CN first (the user setting of this run)');
      const before = { locale: config.inspect('locale')?.globalValue, asOf: config.inspect('asOf')?.globalValue };
      try {
        await config.update('locale', 'en', vscode.ConfigurationTarget.Global);
        await until(() => (/left the catalog on 2020-09-30/.test(messageOf() ?? '') ? true : undefined), () => `an English message, have ${messageOf()}`);
        await config.update('asOf', '2020-10-15', vscode.ConfigurationTarget.Global);
        await until(() => (api.status().asOf.includes('2020-10-15') ? true : undefined), () => `asOf 2020-10-15 in the status, have ${api.status().text}`);
        assert.match(api.status().text, /2020-10-15/);
      } finally {
        await config.update('locale', before.locale, vscode.ConfigurationTarget.Global);
        await config.update('asOf', before.asOf, vscode.ConfigurationTarget.Global);
      }
      await until(() => (/退出目录/.test(messageOf() ?? '') && !api.status().asOf.includes('2020-10-15') ? true : undefined), () => `back to zh-CN and today, have ${messageOf()} / ${api.status().text}`);
    },
  },
  {
    name: 'screenshot: a plan with its diagnostics, the Problems panel and a hover',
    fn: async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      const doc = await open(COMBINED);
      await diagnosticsOf(COMBINED, expectedCodes(COMBINED));
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor && editor.document === doc);
      const at = positionOf(doc, '"钳工"', 2);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      await vscode.commands.executeCommand('editor.action.showHover');
      const answer = await screenshot({ waitFor: '.monaco-hover .hover-contents', checkText: { selector: '.monaco-hover .hover-contents' } });
      assert.match(answer.text, /钳工/, `the hover a person sees: ${answer.text}`);
    },
  },
];

/** @type {Array<{ name: string, fn: () => Promise<void> }>} */
const untrustedTests = [
  {
    name: 'the folder is untrusted and the extension still runs (limited support)',
    fn: async () => {
      assert.equal(vscode.workspace.isTrusted, false);
      await qualcat();
    },
  },
  {
    name: 'national rules and the bundled Zhejiang plugin still produce diagnostics',
    fn: async () => {
      const doc = await open(COMBINED);
      // Besides the expected findings, an info note on the first line says why workspace plugins are missing.
      const diagnostics = await diagnosticsOf(COMBINED, [...expectedCodes(COMBINED), 'core/config']);
      assertRanges(doc, diagnostics, scenario.files[COMBINED] ?? []);
      assert.ok(expectedCodes(COMBINED).some((c) => c.startsWith('national/')) && expectedCodes(COMBINED).some((c) => c.startsWith('zhejiang/')));
    },
  },
  {
    name: 'the workspace plugin’s rule does not run, and the plan says why',
    fn: async () => {
      await open(AUDITED);
      const [note] = await diagnosticsOf(AUDITED, ['core/config']);
      assert.ok(note);
      assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
      assert.match(note.message, /local-audit\.mjs/);
      assert.match(note.message, /不受信任|not trusted/);
    },
  },
  {
    name: 'the config marks the plugin it did not load',
    fn: async () => {
      const doc = await open('qualcat.config.json');
      const diagnostics = await until(
        () => {
          const ds = qualcatDiagnostics(doc.uri).filter((d) => codeOf(d) === 'core/config');
          return ds.length ? ds : undefined;
        },
        () => 'a core/config diagnostic on qualcat.config.json',
      );
      const texts = diagnostics.map((d) => doc.getText(d.range));
      assert.ok(texts.some((t) => t.includes('./plugins/local-audit.mjs')), JSON.stringify(texts));
      assert.ok(!qualcatDiagnostics(doc.uri).some((d) => /plugin-zhejiang/.test(doc.getText(d.range))), 'the bundled plugin loads');
    },
  },
  {
    name: 'the user is told: restricted status and a notification',
    fn: async () => {
      const api = await qualcat();
      await api.refreshStatus();
      const status = api.status();
      assert.equal(status.restricted, true);
      assert.ok(status.plugins.includes('zhejiang'), JSON.stringify(status.plugins));
      assert.ok(!status.plugins.includes('local'));
      assert.ok(status.notLoaded.some((/** @type {{ plugin: string, reason: string }} */ n) => n.plugin === './plugins/local-audit.mjs' && n.reason === 'untrusted-code'), JSON.stringify(status.notLoaded));
      assert.match(status.text, /restricted|受限/);
      assert.equal(api.restrictedNoticeShown(), true);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await open(AUDITED);
      const answer = await screenshot({ waitFor: '.notifications-toasts .notification-toast', checkText: { selector: '.notifications-toasts' } });
      assert.match(answer.text, /local-audit\.mjs/, `the notification a person sees: ${answer.text}`);
    },
  },
];

/**
 * @param {{ name: string, fn: () => Promise<void> }} test
 * @returns {Promise<{ name: string, ok: boolean, ms: number, error?: string }>}
 */
async function runOne(test) {
  const started = Date.now();
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  try {
    await Promise.race([test.fn(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT_MS} ms`)), TEST_TIMEOUT_MS)))]);
    return { name: test.name, ok: true, ms: Date.now() - started };
  } catch (error) {
    return { name: test.name, ok: false, ms: Date.now() - started, error: String(/** @type {Error} */ (error)?.stack ?? error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Called by VS Code's test runner; rejecting makes it report exit code 1. */
async function run() {
  const tests = scenario.name === 'trusted' ? trustedTests : untrustedTests;
  /** @type {Array<{ name: string, ok: boolean, ms: number, error?: string }>} */
  const results = [];
  for (const test of tests) {
    const result = await runOne(test);
    results.push(result);
    console.log(`${result.ok ? 'ok' : 'not ok'} - ${test.name}${result.error ? `\n${result.error}` : ''}`);
    writeFileSync(scenario.resultsFile, JSON.stringify({ tests: results }, null, 2));
  }
  const failed = results.filter((r) => !r.ok).length;
  if (failed) throw new Error(`${failed} of ${results.length} tests failed`);
}

module.exports = { run };
