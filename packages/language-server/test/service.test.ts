import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, occupationInCatalog, type LoadedConfig } from '@qualcat/sdk';
import { zhejiang } from '@qualcat/plugin-zhejiang';
import { CodeActionKind, DiagnosticSeverity, type CompletionItem, type Diagnostic, type MarkupContent } from 'vscode-languageserver-types';
import { BUNDLED_PLUGINS, createLanguageService, fileTypeOf, type DiagnosticData, type LanguageServiceOptions } from '../src/index.js';
import { applyEdits, at, loadedWith, planLookup, testProvince } from './helpers.js';

const PLAN_URI = 'file:///ws/plans/test.plan.json';
const YAML_URI = 'file:///ws/plans/test.plan.yaml';

function service(loaded: LoadedConfig = loadedWith(), extra: Partial<LanguageServiceOptions> = {}) {
  return createLanguageService({ configFor: () => loaded, today: () => '2024-01-02', ...extra });
}

const markdown = (hover: { contents: unknown } | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

const PLAN = `{
  "id": "ZJ-HZ-JD-2020-012",
  "region": "330100",
  "kind": "qualification-assessment",
  "purpose": "regular",
  "publishedOn": "2020-10-15",
  "assessmentDates": ["2020-09-20", "2020-11-07"],
  "items": [
    { "occupation": "车工", "levels": [5, 4, 3] },
    { "occupation": "金属热处理员", "levels": [5] }
  ]
}
`;

const MAKE_UP_YAML = `# 补考计划
id: TP-BK-01
region: "990100"
kind: qualification-assessment
purpose: regular   # 应为 make-up
makeUpOf: TP-JD-01
publishedOn: 2020-10-20
assessmentDates:
  - 2020-11-14
items:
  - occupation: 车工
    levels: [5, 4]
# 完
`;

describe('fileTypeOf', () => {
  it('knows plans, configs, certificates and certificate sets by name, and nothing else', () => {
    expect(fileTypeOf('file:///a/x.plan.json')).toEqual({ kind: 'plan', format: 'json' });
    expect(fileTypeOf('file:///a/x.plan.yml')).toEqual({ kind: 'plan', format: 'yaml' });
    expect(fileTypeOf('file:///a/qualcat.config.json')).toEqual({ kind: 'config', format: 'json' });
    expect(fileTypeOf('file:///a/r.cert.json')).toEqual({ kind: 'certificate', format: 'json' });
    expect(fileTypeOf('file:///a/all.ndjson')).toEqual({ kind: 'certificate-set', format: 'ndjson' });
    expect(fileTypeOf('file:///a/z.certificates.json')).toEqual({ kind: 'certificate-set', format: 'json' });
    expect(fileTypeOf('file:///a/package.json', '{ "name": "x", "version": "1.0.0" }')).toBeUndefined();
    expect(fileTypeOf('file:///a/sample.json', '[\n  { "type": "skill-level", "holder": {} }\n]')).toEqual({ kind: 'certificate-set', format: 'json' });
    expect(fileTypeOf('file:///a/draft.yaml', 'id: x\nkind: qualification-assessment\npublishedOn: 2020-01-01\n')).toEqual({ kind: 'plan', format: 'yaml' });
  });
});

describe('validate', () => {
  it('maps engine findings to LSP: exact range, severity, rule id as code with a doc link, the source in the message', async () => {
    const diagnostics = await service().validate(PLAN, PLAN_URI);
    expect(codes(diagnostics)).toEqual(['core/occupation-in-catalog']);
    const [d] = diagnostics;
    const start = at(PLAN, '"金属热处理员"');
    expect(d!.range).toEqual({ start, end: { line: start.line, character: start.character + 8 } });
    expect(d!.severity).toBe(DiagnosticSeverity.Error);
    expect(d!.source).toBe('qualcat');
    expect(d!.codeDescription?.href).toBe('https://qualcat.dev/rules/core/occupation-in-catalog');
    expect(d!.message).toContain('金属热处理工');
    expect(d!.message).toContain(`（${occupationInCatalog.meta.source.document} ${occupationInCatalog.meta.source.section}）`);
    const data = d!.data as DiagnosticData;
    expect(data).toMatchObject({ ruleId: 'core/occupation-in-catalog', messageId: 'unknown', pointer: '/items/1/occupation' });
    expect(data.fixes?.[0]?.patch).toEqual([{ op: 'replace', path: '/items/1/occupation', value: '金属热处理工' }]);
  });

  it('uses the configured docs base URL, and gives no link where there is no rule page', async () => {
    const diagnostics = await service(loadedWith(), { ruleDocsBaseUrl: 'https://example.test/r/' }).validate(MAKE_UP_YAML, YAML_URI);
    const byCode = new Map(diagnostics.map((d) => [d.code, d]));
    expect(byCode.get('testprov/needs-choice')?.codeDescription?.href).toBe('https://example.test/r/testprov/needs-choice');
    expect(byCode.get('testprov/make-up')?.codeDescription).toBeUndefined();
    expect((byCode.get('testprov/make-up')?.data as DiagnosticData).plugin).toBe('testprov');
  });

  it('finds YAML ranges through the engine and runs a province only for its region', async () => {
    const diagnostics = await service().validate(MAKE_UP_YAML, YAML_URI);
    expect(codes(diagnostics).sort()).toEqual(['testprov/make-up', 'testprov/needs-choice']);
    const makeUp = diagnostics.find((d) => d.code === 'testprov/make-up')!;
    expect(makeUp.range).toEqual({ start: at(MAKE_UP_YAML, 'regular'), end: at(MAKE_UP_YAML, 'regular', 7) });
    expect(makeUp.severity).toBe(DiagnosticSeverity.Error);
    expect(diagnostics.find((d) => d.code === 'testprov/needs-choice')!.severity).toBe(DiagnosticSeverity.Warning);
    // Outside region 99 the province is silent.
    expect(await service().validate(MAKE_UP_YAML.replace('990100', '330100'), YAML_URI)).toEqual([]);
  });

  it('reports parse and schema problems, and nothing for files that are not qualcat files', async () => {
    const broken = await service().validate('{ "id": "x", }', PLAN_URI);
    expect(new Set(codes(broken))).toEqual(new Set(['core/parse']));
    const schema = await service().validate(PLAN.replace('"region"', '"regoin"'), PLAN_URI);
    const unknown = schema.find((d) => d.code === 'core/schema')!;
    expect(unknown.range.start).toEqual(at(PLAN, '"region"'));
    // The engine's own diagnostics have pages too.
    expect(unknown.codeDescription?.href).toBe('https://qualcat.dev/rules/core/schema');
    expect(await service().validate('{ "name": "pkg" }', 'file:///ws/package.json')).toEqual([]);
  });

  it('speaks the config locale', async () => {
    const diagnostics = await service(loadedWith({ locale: 'en' })).validate(PLAN, PLAN_URI);
    expect(diagnostics[0]!.message).toMatch(/^"金属热处理员" is not in the catalog; did you mean "金属热处理工"\? \(浙人社办发〔2020〕27号 §四 一是\)$/);
  });
});

describe('hover', () => {
  it('on an occupation: group, category, batch, exit date, departments, and the plan dates against the exit', async () => {
    const hover = await service().hover(PLAN, PLAN_URI, at(PLAN, '车工'));
    const text = markdown(hover);
    expect(text).toContain('**车工**');
    expect(text).toContain('第一批');
    expect(text).toContain('2020-09-30');
    expect(text).toContain('水平评价类');
    expect(text).toMatch(/实施部门：\S+/);
    expect(text).toContain('发布日期 2020-10-15：退出后');
    expect(text).toContain('鉴定日期 2020-09-20：退出前');
    expect(hover!.range).toEqual({ start: at(PLAN, '"车工"'), end: at(PLAN, '"车工"', 4) });
  });

  it('in English, and for access-type occupations a province adds', async () => {
    const yaml = MAKE_UP_YAML.replace('occupation: 车工', 'occupation: 测试工');
    const text = markdown(await service(loadedWith(), { locale: 'en' }).hover(yaml, YAML_URI, at(yaml, '测试工', 1)));
    expect(text).toContain('access-type · never exits');
    expect(text).toContain('catalog patch of plugin testprov');
    expect(text).toContain('unaffected: never exits');
  });

  it('on an unknown occupation: the suggestions; on its diagnostic: the rule and its source sentence in Chinese', async () => {
    const text = markdown(await service().hover(PLAN, PLAN_URI, at(PLAN, '金属热处理员', 2)));
    expect(text).toContain('不在当前目录中');
    expect(text).toContain('金属热处理工');
    expect(text).toContain(`> ${occupationInCatalog.meta.source.quote}`);
    expect(text).toContain('https://qualcat.dev/rules/core/occupation-in-catalog');
  });

  it('on a field: its schema description by locale, with the label of an enum value', async () => {
    expect(markdown(await service().hover(PLAN, PLAN_URI, at(PLAN, '"kind"', 2)))).toBe('`kind` — 计划类别');
    expect(markdown(await service(loadedWith({ locale: 'en' })).hover(PLAN, PLAN_URI, at(PLAN, '"kind"', 2)))).toBe('`kind` — Plan kind');
    const value = markdown(await service().hover(PLAN, PLAN_URI, at(PLAN, 'qualification-assessment')));
    expect(value).toContain('`qualification-assessment`: 职业资格鉴定（发职业资格证书）');
    const level = markdown(await service().hover(PLAN, PLAN_URI, at(PLAN, '[5, 4, 3]', 1)));
    expect(level).toContain('`items[0].levels[0]`');
    expect(level).toContain('`5`: 五级/初级工');
  });

  it('on a region: the plugins that apply to it', async () => {
    const loaded = loadedWith({ plugins: [zhejiang] });
    const text = markdown(await service(loaded).hover(PLAN, PLAN_URI, at(PLAN, '330100', 1)));
    expect(text).toContain('浙江省杭州市');
    expect(text).toContain('zhejiang');
  });

  it('on makeUpOf: the plan it names, found in the workspace', async () => {
    const plans = planLookup([{ id: 'TP-JD-01', title: '原计划', kind: 'qualification-assessment', publishedOn: '2020-08-10', assessmentDates: ['2020-09-05'], items: [{ occupation: '车工', levels: [5] }], uri: 'file:///ws/plans/tp-jd-01.plan.json' }]);
    const text = markdown(await service(loadedWith(), { plans }).hover(MAKE_UP_YAML, YAML_URI, at(MAKE_UP_YAML, 'TP-JD-01', 1)));
    expect(text).toContain('**TP-JD-01** 原计划');
    expect(text).toContain('2020-08-10');
    expect(text).toContain('(file:///ws/plans/tp-jd-01.plan.json)');
    const missing = markdown(await service(loadedWith(), { plans: planLookup([]) }).hover(MAKE_UP_YAML, YAML_URI, at(MAKE_UP_YAML, 'TP-JD-01', 1)));
    expect(missing).toContain('工作区中找不到计划 **TP-JD-01**');
  });

  it('returns null outside qualcat files', async () => {
    expect(await service().hover('{ "a": 1 }', 'file:///ws/other.json', { line: 0, character: 3 })).toBeNull();
  });
});

describe('completion', () => {
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);

  it('offers the occupations of the active catalog inside an occupation string, with batch and exit date', async () => {
    const list = await service().complete(PLAN, PLAN_URI, at(PLAN, '车工', 1));
    const lathe = list.items.find((i) => i.label === '车工')!;
    expect(lathe.detail).toBe('第一批 · 2020-09-30 退出');
    expect(lathe.textEdit).toEqual({ range: { start: at(PLAN, '"车工"'), end: at(PLAN, '"车工"', 4) }, newText: '"车工"' });
    expect(lathe.filterText).toBe('"车工"');
    const guard = list.items.find((i) => i.label === '保安员')!;
    expect(guard.detail).toBe('准入类 · 不退出目录');
    expect(guard.labelDetails?.detail).toBe('（准入类）');
    // The province's catalog patch applies only in its region.
    expect(labels(list.items)).not.toContain('测试工');
  });

  it('in YAML, after `occupation:` with nothing typed yet; a province patch is in its region`s catalog', async () => {
    const yaml = MAKE_UP_YAML.replace('occupation: 车工', 'occupation: ');
    const list = await service().complete(yaml, YAML_URI, at(yaml, 'occupation: ', 12));
    const patched = list.items.find((i) => i.label === '测试工')!;
    expect(patched.textEdit).toMatchObject({ newText: '测试工' });
    expect(patched.detail).toBe('准入类 · 不退出目录');
    // Right after the colon (the trigger character), the value is written after a space.
    const list2 = await service().complete(yaml, YAML_URI, at(yaml, 'occupation: ', 11));
    expect(list2.items.find((i) => i.label === '车工')!.textEdit).toMatchObject({ newText: ' 车工' });
  });

  it('offers enum values with their Chinese labels, and levels with theirs', async () => {
    const kinds = await service().complete(PLAN, PLAN_URI, at(PLAN, 'qualification-assessment'));
    expect(kinds.items.map((i) => [i.label, i.detail])).toEqual([
      ['qualification-assessment', '职业资格鉴定（发职业资格证书）'],
      ['skill-level-recognition', '职业技能等级认定（发职业技能等级证书）'],
    ]);
    const levels = await service().complete(PLAN, PLAN_URI, at(PLAN, '[5, 4, 3]', 4));
    expect(levels.items.map((i) => [i.label, i.detail])).toContainEqual(['2', '二级/技师']);
    expect(levels.items.find((i) => i.label === '2')!.textEdit).toMatchObject({ newText: '2' });
  });

  it('offers region codes (as strings: quoted in YAML) and dates', async () => {
    const regions = await service(loadedWith({ plugins: [zhejiang] })).complete(MAKE_UP_YAML, YAML_URI, at(MAKE_UP_YAML, '990100', 1));
    const hangzhou = regions.items.find((i) => i.label === '330100')!;
    expect(hangzhou.detail).toBe('浙江省杭州市 · zhejiang');
    expect(hangzhou.textEdit).toMatchObject({ newText: '"330100"' });
    const dates = await service().complete(PLAN, PLAN_URI, at(PLAN, '2020-11-07', 1));
    expect(dates.items.map((i) => [i.label, i.detail])).toEqual(
      expect.arrayContaining([
        ['2024-01-02', '今天'],
        ['2020-09-30', '第一批退出日（首个退出后日期）'],
        ['2020-12-30', '第二批退出前最后一天'],
      ]),
    );
  });

  it('offers the keys an object may still take, with descriptions', async () => {
    const text = PLAN.replace('"purpose": "regular",', '"purpose": "regular",\n  "",');
    const keys = await service().complete(text, PLAN_URI, at(text, '"",', 1));
    expect(labels(keys.items)).toContain('candidateChoice');
    expect(labels(keys.items)).not.toContain('purpose');
    expect(keys.items.find((i) => i.label === 'platform')!.textEdit).toMatchObject({ newText: '"platform"' });
  });

  it('offers plan ids for makeUpOf', async () => {
    const plans = planLookup([{ id: 'TP-JD-01', kind: 'qualification-assessment', publishedOn: '2020-08-10', assessmentDates: ['2020-09-05'], items: [{ occupation: '车工', levels: [5] }] }]);
    const list = await service(loadedWith(), { plans }).complete(MAKE_UP_YAML, YAML_URI, at(MAKE_UP_YAML, 'TP-JD-01', 2));
    expect(labels(list.items)).toEqual(['TP-JD-01']);
  });

  it('in a config: rule ids as keys, severities as values, bundled plugins', async () => {
    const config = '{\n  "plugins": [""],\n  "rules": { "core/occupation-in-catalog": "warning", "": 1 }\n}\n';
    const uri = 'file:///ws/qualcat.config.json';
    const svc = service(loadedWith(), { pluginNames: Object.keys(BUNDLED_PLUGINS) });
    expect(labels((await svc.complete(config, uri, at(config, '""', 1))).items)).toEqual(['@qualcat/plugin-zhejiang']);
    const ruleKeys = labels((await svc.complete(config, uri, at(config, '"": 1', 1))).items);
    expect(ruleKeys).toContain('testprov/needs-choice');
    expect(ruleKeys).not.toContain('core/occupation-in-catalog');
    const severities = await svc.complete(config, uri, at(config, '"warning"', 1));
    expect(severities.items.map((i) => [i.label, i.detail])).toEqual([
      ['off', '关闭'],
      ['info', '提示'],
      ['warning', '警告'],
      ['error', '错误'],
    ]);
  });
});

describe('code actions', () => {
  it('turns a rule`s fix into a WorkspaceEdit that, applied, clears the finding', async () => {
    const svc = service();
    const diagnostics = await svc.validate(PLAN, PLAN_URI);
    const actions = await svc.codeActions(PLAN, PLAN_URI, diagnostics[0]!.range, diagnostics);
    expect(actions).toHaveLength(1);
    const [action] = actions;
    expect(action).toMatchObject({ title: '改为“金属热处理工”', kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [diagnostics[0]] });
    const edits = action!.edit!.changes![PLAN_URI]!;
    const fixed = applyEdits(PLAN, edits);
    expect(fixed).toBe(PLAN.replace('金属热处理员', '金属热处理工'));
    expect(await svc.validate(fixed, PLAN_URI)).toEqual([]);
  });

  it('applies YAML fixes without touching comments, one action per offered fix', async () => {
    const svc = service();
    const diagnostics = await svc.validate(MAKE_UP_YAML, YAML_URI);
    const actions = await svc.codeActions(MAKE_UP_YAML, YAML_URI, diagnostics[0]!.range, diagnostics);
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual(
      expect.arrayContaining([
        ['Add candidateChoice', true],
        ['Set purpose to make-up', false],
        ['Remove purpose', false],
      ]),
    );
    let text = MAKE_UP_YAML;
    for (const title of ['Set purpose to make-up', 'Add candidateChoice']) {
      const current = await svc.validate(text, YAML_URI);
      const action = (await svc.codeActions(text, YAML_URI, current[0]!.range, current)).find((a) => a.title === title)!;
      text = applyEdits(text, action.edit!.changes![YAML_URI]!);
    }
    expect(text).toBe(MAKE_UP_YAML.replace('purpose: regular   # 应为 make-up', 'purpose: make-up   # 应为 make-up').replace('# 完', 'candidateChoice:\n  continueOffered: true\n  refundOffered: true\n# 完'));
    expect(await svc.validate(text, YAML_URI)).toEqual([]);
  });

  it('finds the fixes again when the client dropped the diagnostic`s data', async () => {
    const svc = service();
    const [d] = await svc.validate(PLAN, PLAN_URI);
    const { data: _data, ...withoutData } = d!;
    const actions = await svc.codeActions(PLAN, PLAN_URI, d!.range, [withoutData]);
    expect(actions.map((a) => a.title)).toEqual(['改为“金属热处理工”']);
  });

  it('fixes all: the first fix of every fixable rule, as one edit', async () => {
    const svc = service();
    const actions = await svc.codeActions(MAKE_UP_YAML, YAML_URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [CodeActionKind.SourceFixAll]);
    expect(actions).toHaveLength(1);
    expect(actions[0]!.kind).toBe('source.fixAll.qualcat');
    const fixed = applyEdits(MAKE_UP_YAML, actions[0]!.edit!.changes![YAML_URI]!);
    expect(await svc.validate(fixed, YAML_URI)).toEqual([]);
    expect(await svc.codeActions(MAKE_UP_YAML, YAML_URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [CodeActionKind.QuickFix])).toEqual([]);
  });
});

describe('definition', () => {
  it('goes from makeUpOf to the plan it names', async () => {
    const plans = planLookup([{ id: 'TP-JD-01', kind: 'qualification-assessment', publishedOn: '2020-08-10', assessmentDates: ['2020-09-05'], items: [{ occupation: '车工', levels: [5] }], uri: 'file:///ws/tp.plan.json' }]);
    const location = await service(loadedWith(), { plans }).definition(MAKE_UP_YAML, YAML_URI, at(MAKE_UP_YAML, 'TP-JD-01', 3));
    expect(location?.uri).toBe('file:///ws/tp.plan.json');
    expect(await service(loadedWith(), { plans }).definition(MAKE_UP_YAML, YAML_URI, at(MAKE_UP_YAML, 'TP-BK-01'))).toBeNull();
  });
});

describe('certificates', () => {
  const record = (number: string, occupation: string) =>
    JSON.stringify({ type: 'skill-level', number, holder: { name: '王五', idNumber: '330102198603140311' }, occupation, level: 4, issuer: { name: '某协会', type: 'social-evaluation-org' }, issuedOn: '2021-03-01' });

  it('lints a single record file', async () => {
    const text = JSON.stringify(JSON.parse(record('A1', '车床工')), null, 2);
    const diagnostics = await service().validate(text, 'file:///ws/a.cert.json');
    expect(codes(diagnostics)).toEqual(['core/occupation-in-catalog']);
    expect(diagnostics[0]!.range.start).toEqual(at(text, '"车床工"'));
  });

  it('lints a JSON array record by record, with ranges and fixes in the whole file, and runs set rules', async () => {
    const text = `[\n  ${record('A1', '车工')},\n  ${record('A2', '金属热处理员')}\n]\n`;
    const uri = 'file:///ws/export.certificates.json';
    const svc = service(loadedWith({ plugins: [testProvince] }));
    const diagnostics = await svc.validate(text, uri);
    expect(codes(diagnostics).sort()).toEqual(['core/occupation-in-catalog', 'testprov/second-record']);
    const unknown = diagnostics.find((d) => d.code === 'core/occupation-in-catalog')!;
    expect(unknown.range.start).toEqual(at(text, '"金属热处理员"'));
    expect((unknown.data as DiagnosticData).pointer).toBe('/1/occupation');
    expect(diagnostics.find((d) => d.code === 'testprov/second-record')!.range.start).toEqual(at(text, '"A2"'));
    const [action] = await svc.codeActions(text, uri, unknown.range, [unknown]);
    expect(applyEdits(text, action!.edit!.changes![uri]!)).toBe(text.replace('金属热处理员', '金属热处理工'));
  });

  it('lints NDJSON line by line', async () => {
    const text = `${record('A1', '车工')}\n\n${record('A2', '金属热处理员')}\n`;
    const uri = 'file:///ws/export.ndjson';
    const svc = service();
    const diagnostics = await svc.validate(text, uri);
    const unknown = diagnostics.find((d) => d.code === 'core/occupation-in-catalog')!;
    expect(unknown.range.start).toEqual(at(text, '"金属热处理员"'));
    const [action] = await svc.codeActions(text, uri, unknown.range, [unknown]);
    expect(applyEdits(text, action!.edit!.changes![uri]!)).toBe(text.replace('金属热处理员', '金属热处理工'));
    const hover = markdown(await svc.hover(text, uri, at(text, '车工', 1)));
    expect(hover).toContain('发证日期 2021-03-01：退出后');
  });
});

describe('config files and Workspace Trust (loadConfig on real files)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qualcat-ls-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const configPath = join(dir, 'qualcat.config.json');
  const configUri = pathToFileURL(configPath).href;
  writeFileSync(
    join(dir, 'local-plugin.mjs'),
    "export default { kind: 'qualcat-plugin', origin: 'code', id: 'local', overrides: { 'core/occupation-in-catalog': 'warning' } };\n",
  );
  const CONFIG = `{
  "plugins": ["./local-plugin.mjs", "@qualcat/plugin-zhejiang", "qualcat-plugin-nowhere"],
  "rules": { "core/no-such-rule": "off", "core/occupation-in-catalog": ["error", { "nope": 1 }] }
}
`;
  writeFileSync(configPath, CONFIG);
  const planUri = pathToFileURL(join(dir, 'p.plan.json')).href;
  const load = (trusted: boolean) => loadConfig(configPath, { bundledPlugins: BUNDLED_PLUGINS, allowCodePlugins: trusted });

  it('shows config problems at the right key: unknown plugin, unknown rule id, bad options', async () => {
    const loaded = await load(true);
    const diagnostics = await service(loaded).validate(CONFIG, configUri);
    const byMessage = new Map(diagnostics.map((d) => [(d.data as DiagnosticData).messageId, d]));
    expect(byMessage.get('plugin-not-found')!.range.start).toEqual(at(CONFIG, '"qualcat-plugin-nowhere"'));
    expect(byMessage.get('unknown-rule')!.range).toEqual({ start: at(CONFIG, '"core/no-such-rule"'), end: at(CONFIG, '"core/no-such-rule"', 19) });
    expect(byMessage.get('invalid-options')!.range.start).toEqual(at(CONFIG, '["error"'));
    expect(diagnostics.every((d) => d.code === 'core/config' && d.severity === DiagnosticSeverity.Error)).toBe(true);
  });

  it('follows unsaved edits of the config: parse and schema from the text, load problems placed by pointer', async () => {
    const loaded = await load(true);
    const edited = CONFIG.replace('{\n', '{\n  "asOf": "2020-13-01",\n');
    const diagnostics = await service(loaded).validate(edited, configUri);
    expect(diagnostics.find((d) => (d.data as DiagnosticData).messageId === 'invalid-date')!.range.start).toEqual(at(edited, '"2020-13-01"'));
    expect(diagnostics.find((d) => (d.data as DiagnosticData).messageId === 'unknown-rule')!.range.start).toEqual(at(edited, '"core/no-such-rule"'));
    expect(new Set(codes(await service(loaded).validate('{ "plugins": [', configUri)))).toEqual(new Set(['core/parse']));
  });

  it('trusted: the workspace plugin runs (its override makes the rule a warning)', async () => {
    const loaded = await load(true);
    expect(loaded.plugins.map((p) => p.id)).toEqual(['local', 'zhejiang']);
    const diagnostics = await service(loaded).validate(PLAN, planUri);
    expect(diagnostics.find((d) => d.code === 'core/occupation-in-catalog')!.severity).toBe(DiagnosticSeverity.Warning);
  });

  it('untrusted: no workspace plugin code, bundled province rules still run, and the user is told why', async () => {
    const loaded = await load(false);
    expect(loaded.plugins.map((p) => p.id)).toEqual(['zhejiang']);
    const config = await service(loaded, { locale: 'en' }).validate(CONFIG, configUri);
    const untrusted = config.find((d) => (d.data as DiagnosticData).messageId === 'untrusted-code')!;
    expect(untrusted.range.start).toEqual(at(CONFIG, '"./local-plugin.mjs"'));
    // In the plan: the finding at its normal severity, and an explanation on the first line.
    const plan = PLAN.replace('"车工"', '"焊工"');
    const diagnostics = await service(loaded).validate(plan, planUri);
    const notes = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Information);
    expect(notes.map((d) => (d.data as DiagnosticData).messageId)).toEqual(['untrusted-code', 'config-problems']);
    expect(notes[0]!.message).toContain('./local-plugin.mjs');
    expect(notes[0]!.range.start).toEqual({ line: 0, character: 0 });
    // 焊工 is in the catalog through the bundled Zhejiang plugin's patch (region 330100): no finding for it.
    const occupations = diagnostics.filter((d) => d.code === 'core/occupation-in-catalog');
    expect(occupations.map((d) => (d.data as DiagnosticData).pointer)).toEqual(['/items/1/occupation']);
    expect(occupations[0]!.severity).toBe(DiagnosticSeverity.Error);
  });
});

