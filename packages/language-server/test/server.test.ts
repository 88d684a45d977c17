/**
 * The server over stdio, driven by a real LSP client: initialize, open a plan, receive diagnostics, hover, complete,
 * ask for a code action, apply it, and see the diagnostics clear. Then the workspace features and Workspace Trust.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  type CompletionList,
  type Location,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node.js';
import { LspClient, PACKAGE_DIR } from './lsp-client.js';

const EXAMPLES = join(PACKAGE_DIR, '..', '..', 'examples');
const uriOf = (path: string) => pathToFileURL(path).href;

function positionOf(text: string, needle: string, delta = 0) {
  const offset = text.indexOf(needle);
  if (offset === -1) throw new Error(`"${needle}" not in text`);
  return TextDocument.create('file:///x', 'json', 1, text).positionAt(offset + delta);
}

describe('qualcat-language-server over stdio', () => {
  const root = mkdtempSync(join(tmpdir(), 'qualcat-lsp-'));
  const plans = join(root, 'plans');
  const brokenPath = join(plans, 'occupation-not-in-catalog.plan.json');
  const makeUpPath = join(plans, 'zj-hz-bk-2020-01.plan.yaml');
  const originalPath = join(plans, 'zj-hz-jd-2020-008.plan.json');
  const configPath = join(root, 'qualcat.config.json');
  let client: LspClient;

  beforeAll(async () => {
    mkdirSync(plans);
    copyFileSync(join(EXAMPLES, 'plans', 'broken', 'occupation-not-in-catalog.plan.json'), brokenPath);
    copyFileSync(join(EXAMPLES, 'plans', 'zj-hz-bk-2020-01.plan.yaml'), makeUpPath);
    copyFileSync(join(EXAMPLES, 'plans', 'zj-hz-jd-2020-008.plan.json'), originalPath);
    writeFileSync(configPath, JSON.stringify({ plugins: ['@qualcat/plugin-zhejiang'], rules: {} }, null, 2) + '\n');
    client = LspClient.start(root);
    const result = await client.initialize(uriOf(root), { trusted: true, asOf: '2024-01-02', debounceMs: 20 });
    expect(result.capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true, codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.qualcat'] } });
    expect(result.serverInfo?.name).toBe('qualcat-language-server');
  });

  afterAll(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('open → diagnostics → hover → completion → code action → apply → diagnostics clear', async () => {
    const uri = uriOf(brokenPath);
    let text = readFileSync(brokenPath, 'utf8');
    await client.open(uri, 'json', text);

    const published = await client.diagnosticsFor(uri, 1);
    const finding = published.diagnostics.find((d) => d.code === 'core/occupation-in-catalog');
    expect(finding).toBeDefined();
    const start = positionOf(text, '"金属热处理员"');
    expect(finding!.range).toEqual({ start, end: { line: start.line, character: start.character + 8 } });
    expect(finding!.severity).toBe(1);
    expect(finding!.source).toBe('qualcat');
    expect(finding!.codeDescription?.href).toBe('https://qualcat.dev/rules/core/occupation-in-catalog');
    expect(finding!.message).toContain('浙人社办发〔2020〕27号');

    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, '"铸造工"', 1) });
    const hoverText = (hover!.contents as MarkupContent).value;
    expect(hoverText).toContain('**铸造工**');
    expect(hoverText).toMatch(/2020-09-30|2020-12-31/);
    expect(hoverText).toContain('发布日期 2020-07-01：退出前');

    const completion = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, '金属热处理员', 1) })) as CompletionList;
    const suggestion = completion.items.find((i) => i.label === '金属热处理工');
    expect(suggestion?.detail).toBe('第一批 · 2020-09-30 退出');

    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: finding!.range,
      context: { diagnostics: [finding!], only: ['quickfix'] },
    });
    const action = actions!.find((a) => 'edit' in a && a.title.includes('金属热处理工'));
    expect(action).toBeDefined();
    const edits = 'edit' in action! ? action.edit!.changes![uri]! : [];
    text = TextDocument.applyEdits(TextDocument.create(uri, 'json', 1, text), edits);
    expect(text).toContain('"occupation": "金属热处理工"');

    await client.change(uri, 2, text);
    const after = await client.diagnosticsFor(uri, 2);
    expect(after.diagnostics.filter((d) => d.code === 'core/occupation-in-catalog')).toEqual([]);
  });

  it("resolves a make-up plan's makeUpOf to the plan in the workspace (not open)", async () => {
    const uri = uriOf(makeUpPath);
    const text = readFileSync(makeUpPath, 'utf8');
    await client.open(uri, 'yaml', text);
    const published = await client.diagnosticsFor(uri, 1);
    // The original is found, so the make-up plan is not a post-exit regular assessment.
    expect(published.diagnostics.filter((d) => d.code === 'national/no-assessment-after-exit')).toEqual([]);
    const location = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'ZJ-HZ-JD-2020-008', 2) })) as Location;
    expect(location.uri).toBe(uriOf(originalPath));
    expect(location.range.start.line).toBe(positionOf(readFileSync(originalPath, 'utf8'), '"ZJ-HZ-JD-2020-008"').line);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'ZJ-HZ-JD-2020-008', 2) });
    expect((hover!.contents as MarkupContent).value).toContain('zj-hz-jd-2020-008.plan.json');
  });

  it('re-validates a make-up plan when the plan it names is edited', async () => {
    const makeUpUri = uriOf(makeUpPath);
    const makeUpOfLine = positionOf(readFileSync(makeUpPath, 'utf8'), 'ZJ-HZ-JD-2020-008').line;
    const uri = uriOf(originalPath);
    const text = readFileSync(originalPath, 'utf8');
    await client.open(uri, 'json', text);
    await client.diagnosticsFor(uri, 1);

    // Renamed in the editor (not saved): the make-up plan no longer finds the plan it re-sits.
    let before = client.diagnostics.seen.length;
    await client.change(uri, 2, text.replace('"ZJ-HZ-JD-2020-008"', '"ZJ-HZ-JD-2020-008-X"'));
    const dangling = await client.diagnostics.next((p) => p.uri === makeUpUri, 'make-up plan re-validated', before);
    const finding = dangling.diagnostics.find((d) => d.code === 'national/no-assessment-after-exit');
    expect(finding?.range.start.line).toBe(makeUpOfLine);

    before = client.diagnostics.seen.length;
    await client.change(uri, 3, text);
    const restored = await client.diagnostics.next((p) => p.uri === makeUpUri, 'make-up plan re-validated again', before);
    expect(restored.diagnostics.filter((d) => d.code === 'national/no-assessment-after-exit')).toEqual([]);
  });

  it('answers qualcat/status, qualcat/catalog and qualcat/validateWorkspace', async () => {
    const status = await client.connection.sendRequest<{ trusted: boolean; configs: Array<{ uri?: string; plugins: Array<{ id: string }>; asOf: string }> }>('qualcat/status', {});
    expect(status.trusted).toBe(true);
    expect(status.configs.find((c) => c.uri === uriOf(configPath))).toMatchObject({ plugins: [{ id: 'zhejiang' }], asOf: '2024-01-02' });

    const catalog = await client.connection.sendRequest<{ groups: Array<{ no: number; occupations: Array<{ name: string; batch: number | null; exitDate: string | null }> }>; plugins: string[] }>('qualcat/catalog', { uri: uriOf(makeUpPath) });
    const all = catalog.groups.flatMap((g) => g.occupations);
    expect(all.find((o) => o.name === '车工')).toMatchObject({ batch: 1, exitDate: '2020-09-30' });
    // Region 330100: the Zhejiang patch adds 焊工 as access-type.
    expect(all.find((o) => o.name === '焊工')).toMatchObject({ batch: null, exitDate: null });
    expect(catalog.plugins).toEqual(['zhejiang']);
    const national = await client.connection.sendRequest<{ groups: Array<{ occupations: Array<{ name: string }> }> }>('qualcat/catalog', { uri: uriOf(makeUpPath), region: '320000' });
    expect(national.groups.flatMap((g) => g.occupations).some((o) => o.name === '焊工')).toBe(false);

    const result = await client.connection.sendRequest<{ files: Array<{ uri: string }>; errors: number }>('qualcat/validateWorkspace', {});
    expect(result.files.map((f) => f.uri).sort()).toEqual([brokenPath, originalPath, makeUpPath, configPath].map(uriOf).sort());
  });

  it('re-validates open documents when qualcat.config.json changes, and shows config errors at the key', async () => {
    const uri = uriOf(brokenPath);
    const text = readFileSync(brokenPath, 'utf8');
    await client.change(uri, 3, text);
    const error = (await client.diagnosticsFor(uri, 3)).diagnostics.find((d) => d.code === 'core/occupation-in-catalog');
    expect(error?.severity).toBe(1);

    const before = client.diagnostics.seen.length;
    writeFileSync(configPath, '{\n  "plugins": ["@qualcat/plugin-zhejiang"],\n  "rules": { "core/no-such-rule": "off", "core/occupation-in-catalog": "warning" }\n}\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(configPath), type: FileChangeType.Changed }] });

    const config = await client.diagnostics.next((p) => p.uri === uriOf(configPath) && p.diagnostics.length > 0, 'config diagnostics', before);
    expect(config.diagnostics.map((d) => [d.code, d.range.start])).toEqual([['core/config', { line: 2, character: 13 }]]);
    // The open plan is linted again under the new config: same text (version 3), the rule now a warning.
    const relinted = await client.diagnostics.next((p) => p.uri === uri, 'plan diagnostics after the config change', before);
    expect(relinted.version).toBe(3);
    expect(relinted.diagnostics.find((d) => d.code === 'core/occupation-in-catalog')?.severity).toBe(2);
    // The server asked to be told about file changes.
    expect(client.registrations).toHaveLength(1);
  });
});

describe('Workspace Trust', () => {
  const root = mkdtempSync(join(tmpdir(), 'qualcat-lsp-untrusted-'));
  let client: LspClient;
  afterAll(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('loads no workspace plugin code, still runs the bundled province, and says why', async () => {
    writeFileSync(join(root, 'local-plugin.mjs'), "throw new Error('workspace code must not run');\n");
    const config = '{\n  "plugins": ["./local-plugin.mjs", "@qualcat/plugin-zhejiang"]\n}\n';
    writeFileSync(join(root, 'qualcat.config.json'), config);
    const plan = JSON.stringify({ id: 'T-1', region: '330100', kind: 'qualification-assessment', publishedOn: '2021-01-05', assessmentDates: ['2021-02-01'], items: [{ occupation: '焊工', levels: [5] }, { occupation: '焊接工', levels: [5] }] }, null, 2);
    const planPath = join(root, 't.plan.json');
    writeFileSync(planPath, plan);

    client = LspClient.start(root);
    await client.initialize(uriOf(root), { trusted: false, locale: 'en', debounceMs: 0 });
    await client.open(uriOf(planPath), 'json', plan);

    const message = await client.messages.next((m) => m.message.includes('not trusted'), 'the untrusted-workspace message');
    expect(message.type).toBe(2);
    expect(message.message).toContain('./local-plugin.mjs');

    const configDiagnostics = await client.diagnosticsFor(uriOf(join(root, 'qualcat.config.json')));
    const untrusted = configDiagnostics.diagnostics.find((d) => (d.data as { messageId?: string }).messageId === 'untrusted-code')!;
    expect(untrusted.range.start).toEqual({ line: 1, character: 14 });

    const planDiagnostics = await client.diagnosticsFor(uriOf(planPath), 1);
    expect(planDiagnostics.diagnostics.find((d) => d.severity === 3)?.message).toContain('not trusted');
    // 焊工 is known through the bundled Zhejiang plugin; 焊接工 is not in any catalog.
    const unknown = planDiagnostics.diagnostics.filter((d) => d.code === 'core/occupation-in-catalog');
    expect(unknown.map((d) => d.range.start.line)).toEqual([positionOf(plan, '焊接工').line]);
    expect(client.stderr.join('')).not.toContain('workspace code must not run');
  });
});
